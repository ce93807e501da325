import type { RaceCheckConfig } from "./config/types.js";
import type { RunResult } from "./engine/result.js";
import { type RunOptions } from "./run.js";
export interface StressTestOptions {
    rounds?: number;
    delayBetweenRounds?: number;
    /** Name of the scenario to run; all when omitted. */
    scenario?: string;
}
/**
 * The call the original BerryFun load-testing README promised:
 * `await runStressTest({ rounds: 20, delayBetweenRounds: 1000, scenario: "Session Capacity Race" }, config)`.
 * `config` is a race-check config; backend options (projectDir, backend, url, adminKey) may ride along.
 */
export declare function runStressTest(options: StressTestOptions, config: RaceCheckConfig & Pick<RunOptions, "projectDir" | "backend" | "url" | "adminKey" | "allowRemote" | "seed">): Promise<RunResult>;
