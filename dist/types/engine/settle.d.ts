import type { PendingWork } from "../model.js";
import type { ScheduledJobs } from "../backends/scheduled-jobs.js";
export interface SettleResult {
    /** No scheduled function running and none due within the horizon. */
    quiet: boolean;
    /** Why the deployment was not seen quiet (a timeout, a state that could not be read). */
    reason?: string;
    /** Work due later than the horizon: listed in the report, never waited for. */
    pending: PendingWork[];
    durationMs: number;
}
export interface SettleOptions {
    /** Work due within this many ms of the operations' end is waited for (or run early). */
    horizonMs: number;
    /** The longest the step may take; past it the trial is unknown, never OK. */
    timeoutMs: number;
    /** Between two reads of a deployment that cannot move its clock. */
    pollMs?: number;
    /** The longest one read may take (a deployment blocked by a call that never returns). */
    readTimeoutMs?: number;
    signal?: AbortSignal;
}
export declare const QUIET: SettleResult;
export declare function settle(jobs: ScheduledJobs, opts: SettleOptions): Promise<SettleResult>;
