/**
 * What the settle step reads of a deployment: its scheduled functions that have not finished, and
 * its clock. On the real backend this is the system function the dashboard's "Schedules" page
 * reads with the admin key (`_system/frontend/paginatedScheduledJobs` in get-convex/convex-backend,
 * npm-packages/system-udfs): rows of `_scheduled_jobs`, which holds only pending and running jobs,
 * `nextTs` in nanoseconds. The embedded backend serves the same function, so one reader serves all.
 */
import type { ConvexHttpClient } from "convex/browser";
export interface ScheduledJob {
    /** The scheduled function, e.g. "emails:send". */
    path: string;
    state: "pending" | "inProgress";
    /** When it is (or was) due, ms since the epoch on the deployment's clock. */
    dueAt: number;
}
export interface ScheduledJobs {
    /** Scheduled functions not finished yet: pending or running. */
    list(): Promise<ScheduledJob[]>;
    /** The deployment's clock, ms since the epoch. */
    now(): Promise<number>;
    /**
     * Moves the deployment's clock to `ms` (never back), running what falls due: only a deployment
     * that owns its clock can (the embedded backend); work minutes out then runs without waiting.
     */
    advanceTo?(ms: number): Promise<void>;
    /** How often to look again while work runs: a local deployment answers in microseconds. */
    pollMs?: number;
}
export declare const SCHEDULED_JOBS_FUNCTION = "_system/frontend/paginatedScheduledJobs";
/** The deployment's components (`_system/frontend/components.ts`): each has its own scheduled jobs. */
export declare const COMPONENTS_FUNCTION = "_system/frontend/components:list";
/** The system function read with the admin client; the clock is this machine's unless given. */
export declare function systemScheduledJobs(admin: ConvexHttpClient, clock?: Pick<ScheduledJobs, "now" | "advanceTo">): ScheduledJobs;
/**
 * The deployment's answer for a system function it does not have. The real backend words it as its
 * module lookup does (`Couldn't find system module '"frontend/components.js"'.`, or `Couldn't find
 * "list" in module "_system/frontend/components.js".`, what the dashboard itself takes for an
 * out-of-date local deployment); the embedded backend as for any unknown function (`Could not find
 * public function for '...'.`). Nothing else means "no such function".
 */
export declare function isFunctionNotFound(e: unknown): boolean;
