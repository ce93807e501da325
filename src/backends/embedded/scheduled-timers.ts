/**
 * Scheduled functions on convex-test are timers: `ctx.scheduler.runAfter` inserts a
 * `_scheduled_functions` row and calls `setTimeout` to run it when due. To settle a trial without
 * waiting minutes (the embedded backend) or to make each scheduled run a step of its own (explore),
 * race-check must know which timers those are. The scheduler calls of every function pass through
 * `asScheduling` (see modules.ts), and the `setTimeout` made inside one is handed to the current
 * sink instead of the event loop's.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { TimerSink } from "../in-process.js";

/** The scheduler call in progress: which function it schedules. */
interface SchedulingCall {
  path: string;
}

const scheduling = new AsyncLocalStorage<SchedulingCall>();

/** Runs one `ctx.scheduler.runAfter` / `runAt` so the timer it sets is recognised. */
export function asScheduling<T>(path: string, fn: () => T): T {
  return scheduling.run({ path }, fn);
}

let sink: TimerSink | undefined;
let installed = false;
const realSetTimeout = globalThis.setTimeout;

/**
 * Routes scheduled functions' timers to `next` (undefined: back to the event loop). Every other
 * timer of the process keeps the real `setTimeout`.
 */
export function setTimerSink(next: TimerSink | undefined): void {
  sink = next;
  if (installed) return;
  installed = true;
  const patched = function setTimeout(callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) {
    const call = scheduling.getStore();
    if (!call || !sink || typeof callback !== "function") {
      return realSetTimeout(callback as () => void, ms, ...args);
    }
    const delay = Math.max(0, Number(ms) || 0);
    // The scheduled function runs as its own request, never inside the call that scheduled it.
    const run = () => scheduling.exit(() => callback(...args));
    return sink({ path: call.path, dueAt: Date.now() + delay, run });
  };
  // Node's timers carry extra statics (promisify support): keep them on the replacement.
  Object.assign(patched, realSetTimeout);
  globalThis.setTimeout = patched as typeof globalThis.setTimeout;
}

/**
 * The embedded deployment's clock: real time plus an offset that only grows. Scheduled functions
 * are kept on real timers, and also here by due time, so `advanceTo` can run them early: the
 * functions see `Date.now()` at the time they were due, as on a deployment that waited.
 */
export class VirtualClock {
  private offset = 0;
  private readonly timers = new Map<number, { path: string; dueAt: number; run: () => void; handle: NodeJS.Timeout }>();
  private seq = 0;
  private readonly realNow = Date.now.bind(Date);

  install(): void {
    Date.now = () => this.realNow() + this.offset;
    setTimerSink((timer) => {
      const id = ++this.seq;
      const fire = () => {
        if (!this.timers.delete(id)) return;
        timer.run();
      };
      const handle = realSetTimeout(fire, Math.max(0, timer.dueAt - Date.now()));
      this.timers.set(id, { path: timer.path, dueAt: timer.dueAt, run: fire, handle });
      return handle;
    });
  }

  now(): number {
    return Date.now();
  }

  /** Every scheduled function not yet started, of the app and of its components alike. */
  pending(): { path: string; dueAt: number }[] {
    return [...this.timers.values()].map(({ path, dueAt }) => ({ path, dueAt }));
  }

  /** Moves the clock to `ms` (never back) and runs, in due order, every scheduled function due by then. */
  advanceTo(ms: number): void {
    const now = Date.now();
    if (ms > now) this.offset += ms - now;
    const due = [...this.timers.values()].filter((t) => t.dueAt <= Date.now()).sort((a, b) => a.dueAt - b.dueAt);
    for (const t of due) {
      clearTimeout(t.handle);
      t.run();
    }
  }

  /** Drops every scheduled function not yet run: the deployment they belonged to is gone. */
  clear(): void {
    for (const t of this.timers.values()) clearTimeout(t.handle);
    this.timers.clear();
  }
}
