/**
 * The trial: setup → each simulated user's operation → the history → settle → invariant →
 * verdict. A stress round and an explore schedule are both trials; they differ only in their
 * driver (the timed HTTP fire, or the controlled scheduler), never in what a history means.
 */
import type { Args, SetupValue } from "../config/types.js";
import type { Operation } from "../model.js";
import type { ResolvedScenario } from "../config/scenario.js";
import type { SettleResult } from "./settle.js";
import { type TrialDecision } from "./verdict.js";
import { ConfigError, errorMessage } from "../errors.js";
export interface TrialDriver {
    /** Setup, invariant reads and custom checks: admin rights, internal functions allowed. */
    readonly admin: unknown;
    /** Every simulated user's operation, released together; one history entry per user. */
    operate(setup: SetupValue): Promise<Operation[]>;
    /** Waits until no scheduled work runs or falls due within the scenario's horizon. */
    settle(): Promise<SettleResult>;
}
export interface TrialResult extends TrialDecision {
    setup: SetupValue;
    history: Operation[];
    settled: SettleResult;
    durationMs: number;
}
/** The trial could not be set up at all (as opposed to an invariant failing). */
export declare class SetupError extends Error {
}
/**
 * A setup that fails on a scenario's first trial is a mistake in the config or the function, not
 * a finding: bad input (exit 2), in stress and explore alike. A later trial's is an error result.
 */
export declare function setupConfigError(scenario: string, setupError: string): ConfigError;
export declare function runTrial(scenario: ResolvedScenario, driver: TrialDriver, setupCall?: {
    path: string;
    args: Args;
} | undefined): Promise<TrialResult>;
/** An admin call that never answers must not hang the run: past `ms` it fails. */
export declare function bounded<T>(work: Promise<T>, ms: number, what: string): Promise<T>;
export { errorMessage };
/** A value as the JSON report holds it: bigints as strings, undefined as null, cycles as text. */
export declare function jsonSafe(value: unknown): unknown;
