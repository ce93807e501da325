/**
 * A scenario's trials summed up, the same way in both modes: counts, rates, intervals, the bound a
 * clean run proves, scheduled work left beyond the horizon, and the verdict (see verdict.ts).
 */
import type { ResolvedScenario } from "../config/scenario.js";
import type { RunMode } from "../model.js";
import type { ScenarioResult } from "./result.js";
import type { TrialResult } from "./trial.js";
import { ScenarioTally } from "./verdict.js";
import type { LogBatch } from "../backends/types.js";
/** The fields every scenario result has, whichever driver produced it. */
export type ScenarioSummary = Pick<ScenarioResult, "name" | "mode" | "verdict" | "headline" | "clients" | "rounds" | "violations" | "unknown" | "errors" | "detectionRate" | "interval" | "upperBound" | "worst" | "functions" | "pending" | "logs" | "operations" | "error" | "durationMs">;
/**
 * Full histories kept per scenario besides the sample: the first violating, unknown or failed
 * rounds. Every other round keeps only its summary, so a 10,000-round nightly run stays small.
 */
export declare const KEPT_HISTORIES = 10;
export declare class TrialLog {
    readonly tally: ScenarioTally;
    private readonly pending;
    private readonly functions;
    private readonly logs;
    constructor(functions: Iterable<string>);
    /** The functions' console lines of a trial (the full text goes to the caller's log sink). */
    addLogs(batch: LogBatch): void;
    add(trial: TrialResult): void;
    summary(mode: RunMode, name: string, clients: number, opts: {
        cutShort?: string;
        durationMs: number;
        noun?: string;
    }): ScenarioSummary;
}
/** A scenario that could not run (or finish): verdict error, with the backend's last words. */
export declare function failedScenario(scenario: ResolvedScenario, message: string, logTail?: string, mode?: RunMode): ScenarioResult;
