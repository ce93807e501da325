import type { RunningBackend } from "../../backends/types.js";
import { BackendError } from "../../backends/types.js";
import type { ResolvedScenario } from "../../config/scenario.js";
import type { ScenarioResult } from "../result.js";
/**
 * Full histories kept per scenario besides the sample: the first violating, unknown or failed
 * rounds. Every other round keeps only its summary, so a 10,000-round nightly run stays small.
 */
export declare const KEPT_HISTORIES = 10;
export interface Progress {
    scenario: string;
    round: number;
    rounds: number;
    violations: number;
}
export interface RunScenarioOptions {
    backend: RunningBackend;
    scenario: ResolvedScenario;
    seed: number;
    onProgress?: (p: Progress) => void;
    /** Stops between rounds (and waits) when aborted (SIGINT): the rounds so far are still reported. */
    signal?: AbortSignal;
}
/** Runs one scenario's rounds and sums them up. */
export declare function runScenario({ backend, scenario, seed, onProgress, signal, }: RunScenarioOptions): Promise<ScenarioResult>;
/** The backend went away mid-scenario: the rounds run so far travel with the error. */
export declare class ScenarioCutShort extends BackendError {
    readonly partial: ScenarioResult;
    constructor(message: string, partial: ScenarioResult);
}
/** A scenario that could not run (or finish): verdict error, with the backend's last words. */
export declare function failedScenario(scenario: ResolvedScenario, message: string, logTail?: string, mode?: "stress" | "explore"): ScenarioResult;
