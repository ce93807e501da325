import type { InProcessBackend } from "../../backends/in-process.js";
import type { ResolvedScenario } from "../../config/scenario.js";
import type { ScheduleRun } from "./types.js";
/** Picks the next task at each step (see src/explore/strategies.ts). */
export interface Chooser {
    choose(enabled: number[], step: number): number;
}
export interface ScheduleInput {
    deployment: InProcessBackend;
    scenario: ResolvedScenario;
    /** Client indices taking part (a shrunk counterexample may keep e.g. clients 0 and 3). */
    clients: number[];
    chooser: Chooser;
    /** Seeds Math.random and the clock inside the schedule. */
    seed: number;
    /** Stop after this many steps; tasks still running count as in flight (unknown). */
    stopAfter?: number;
    stepTimeoutMs?: number;
    /** Ends the schedule between two steps (SIGINT): it is then undecided. */
    signal?: AbortSignal;
}
/**
 * Steps one schedule may take: scheduled work that keeps scheduling more (a heartbeat) ends at
 * the horizon, so only a runaway reaches this, and it is an error, never a verdict.
 */
export declare const MAX_STEPS = 20000;
export declare function runSchedule(input: ScheduleInput): Promise<ScheduleRun>;
