/**
 * Shrinking a violating schedule: first fewer clients, then fewer steps and fewer switches between
 * clients (delta debugging over the choice sequence), then the shortest prefix that already
 * violates. Every candidate is a real run; only candidates that still violate are kept.
 */
import { type Chooser } from "./strategies.js";
import { type ScheduleRun } from "../engine/controlled/types.js";
export type Runner = (clients: number[], chooser: Chooser, stopAfter?: number) => Promise<ScheduleRun>;
export interface ShrinkResult {
    run: ScheduleRun;
    runs: number;
}
export declare function shrink(first: ScheduleRun, run: Runner, maxRuns?: number, seed?: number): Promise<ShrinkResult>;
