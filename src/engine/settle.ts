/**
 * The settle step: a trial ends when the deployment is quiet, not when the clients' calls return.
 * Work the clients scheduled (`ctx.scheduler.runAfter` / `runAt`) may still be pending or running,
 * and an invariant read then sees a state that is not the trial's end: a correct scheduled
 * increment looks like a lost update, a race inside scheduled work has not happened yet.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { PendingWork } from "../model.js";
import type { ScheduledJobs } from "../backends/scheduled-jobs.js";
import { withDeadline } from "./deadline.js";

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

export const QUIET: SettleResult = { quiet: true, pending: [], durationMs: 0 };

export async function settle(jobs: ScheduledJobs, opts: SettleOptions): Promise<SettleResult> {
  const began = performance.now();
  const elapsed = () => performance.now() - began;
  const notQuiet = (reason: string): SettleResult => ({ quiet: false, reason, pending: [], durationMs: elapsed() });
  try {
    const read = (left: number) => Math.min(left, opts.readTimeoutMs ?? left);
    const start = await bounded(jobs.now(), read(opts.timeoutMs));
    const horizonEnd = start + opts.horizonMs;
    for (;;) {
      const left = opts.timeoutMs - elapsed();
      if (left <= 0 || opts.signal?.aborted) {
        return notQuiet(
          opts.signal?.aborted
            ? "interrupted while scheduled work was running"
            : `scheduled work still running after ${Math.round(opts.timeoutMs / 1000)} s (settle timeout)`,
        );
      }
      const open = await bounded(jobs.list(), read(left));
      const due = open.filter((j) => j.state === "inProgress" || j.dueAt <= horizonEnd);
      if (due.length === 0) {
        const now = await bounded(jobs.now(), read(left));
        return {
          quiet: true,
          pending: open.map((j) => ({ path: j.path, dueInMs: Math.max(0, j.dueAt - now) })),
          durationMs: elapsed(),
        };
      }
      // Nothing running and the next job not yet due: a deployment that owns its clock jumps to it.
      const running = due.some((j) => j.state === "inProgress");
      const next = Math.min(...due.map((j) => j.dueAt));
      if (jobs.advanceTo && !running) {
        await bounded(jobs.advanceTo(next), read(left));
        // One poll's pause still: the work that fell due needs the event loop to start.
      }
      await sleep(Math.min(jobs.pollMs ?? opts.pollMs ?? 20, Math.max(1, left)), undefined, {
        signal: opts.signal,
      }).catch(() => {});
    }
  } catch (e) {
    return notQuiet(`scheduled work could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A read that never answers must not hold the trial: it ends as "not quiet". */
function bounded<T>(work: Promise<T>, ms: number): Promise<T> {
  return withDeadline(work, ms, () => new Error(`no answer within ${Math.round(ms)} ms`));
}
