import type { RunningBackend } from "../../backends/types.js";
import { BackendError } from "../../backends/types.js";
import type { ResolvedScenario } from "../../config/scenario.js";
import type { ScenarioResult } from "../result.js";
import { KEPT_HISTORIES } from "../summary.js";
export { KEPT_HISTORIES };
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
    /** Only rounds `from`..`to` of the scenario's rounds (one shard's part); default all of them. */
    range?: {
        from: number;
        to: number;
    };
    onProgress?: (p: Progress) => void;
    /** Receives every line the functions logged, per scenario (the report keeps a count and the first lines). */
    onLogs?: (scenario: string, lines: string[]) => void;
    /** Stops between rounds (and waits) when aborted (SIGINT): the rounds so far are still reported. */
    signal?: AbortSignal;
}
/** Runs one scenario's rounds and sums them up. */
export declare function runScenario({ backend, scenario, seed, range, onProgress, onLogs, signal, }: RunScenarioOptions): Promise<ScenarioResult>;
/** The backend went away mid-scenario: the rounds run so far travel with the error. */
export declare class ScenarioCutShort extends BackendError {
    readonly partial: ScenarioResult;
    constructor(message: string, partial: ScenarioResult);
}
