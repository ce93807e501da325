/**
 * Scheduling points of the embedded backend.
 *
 * On the real backend every `ctx.runQuery` / `ctx.runMutation` / `ctx.runAction` / scheduler call
 * from an action is a round trip to the function runner: other requests run while it is in flight.
 * convex-test resolves these calls with microtasks only, so a whole action would finish before the
 * next request is even read and no action could ever interleave with another. Each such call
 * therefore passes a scheduling point before it runs and after it returns.
 *
 * The default point models that round trip: the call waits `callLatencyMs` (1 ms unless
 * configured; a real backend's round trip is a few ms) and the reply one turn of the event loop.
 * Every request that arrives meanwhile takes its turn — the same places the real backend can
 * interleave. A controlled scheduler (systematic exploration) can replace it to decide the order.
 */
import type { Scheduler, SchedulingPoint } from "../in-process.js";
export declare const DEFAULT_CALL_LATENCY_MS = 1;
export declare function roundTrip(callLatencyMs?: number): Scheduler;
export declare function setScheduler(scheduler: Scheduler | undefined): void;
export declare function schedulingPoint(point: SchedulingPoint): Promise<void>;
