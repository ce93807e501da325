import type { TimerSink } from "../in-process.js";
/** Runs one `ctx.scheduler.runAfter` / `runAt` so the timer it sets is recognised. */
export declare function asScheduling<T>(path: string, fn: () => T): T;
/**
 * Routes scheduled functions' timers to `next` (undefined: back to the event loop). Every other
 * timer of the process keeps the real `setTimeout`.
 */
export declare function setTimerSink(next: TimerSink | undefined): void;
/**
 * The embedded deployment's clock: real time plus an offset that only grows. Scheduled functions
 * are kept on real timers, and also here by due time, so `advanceTo` can run them early: the
 * functions see `Date.now()` at the time they were due, as on a deployment that waited.
 */
export declare class VirtualClock {
    private offset;
    private readonly timers;
    private seq;
    private readonly realNow;
    install(): void;
    now(): number;
    /** Every scheduled function not yet started, of the app and of its components alike. */
    pending(): {
        path: string;
        dueAt: number;
    }[];
    /** Moves the clock to `ms` (never back) and runs, in due order, every scheduled function due by then. */
    advanceTo(ms: number): void;
    /** Drops every scheduled function not yet run: the deployment they belonged to is gone. */
    clear(): void;
}
