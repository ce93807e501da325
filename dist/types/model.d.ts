/**
 * The words every part of race-check shares: operations and their history, verdicts and how they
 * combine, function references. A leaf: it imports nothing else of ours (an eslint rule holds it),
 * so config, backends, engine, explore and report can all depend on it and on nothing more central.
 */
import type { FunctionReference } from "convex/server";
/** A Convex function: `"module:function"` or a generated `api` / `internal` reference. */
export type FunctionRef = string | FunctionReference<"query" | "mutation" | "action", "public" | "internal">;
/**
 * Jepsen's three outcomes: ok (it happened), fail (the deployment said it did not), unknown (a
 * timeout, a lost connection, a failure after a write went through: it may or may not have).
 */
export type Outcome = "ok" | "fail" | "unknown";
/** One call a simulated user made inside its operation (a flow may make several). */
export interface Call {
    /** Convex function path ("ledgerItems:addToLedger"), or the HTTP path of an HTTP action. */
    path: string;
    /** query, mutation, action, function (kind decided by the deployment) or http. */
    endpoint: string;
    /** ms since the trial's operations began (stress) or the step count (explore). */
    start: number;
    end: number;
    outcome: Outcome;
    /**
     * Set on an unknown call that has finished all the same (an action that answered with an
     * error): whatever it wrote is in place already, nothing of it lands after the check looks.
     */
    ended?: true;
}
export interface Operation {
    client: number;
    start: number;
    end: number;
    outcome: Outcome;
    value?: unknown;
    error?: string;
    calls: Call[];
    /**
     * Set on an unknown operation that finished (it threw, after a write or an unknown call): unlike
     * one that timed out or is still in flight, nothing of it lands after the check looks.
     */
    ended?: true;
}
/** A trial's verdict: one stress round or one explore schedule. */
export type TrialVerdict = "ok" | "violation" | "unknown" | "error";
/**
 * What a scenario, a run or a combination of runs says. race: a violation was seen. ok: none, and
 * every trial was decided. inconclusive: none seen, but some trials could not be decided. error:
 * the check could not run (or proved nothing).
 */
export type RunVerdict = "race" | "ok" | "inconclusive" | "error";
/**
 * The one way verdicts combine (scenarios into a run, stress with explore, shards into one).
 * Nothing combined proves nothing: an empty list is an error, never OK.
 */
export declare function joinVerdicts(verdicts: Iterable<RunVerdict>): RunVerdict;
/** What an invariant says of one trial. */
export interface InvariantResult {
    /** true: holds; false: violated; "unknown": cannot be decided from what was observed. */
    ok: boolean | "unknown";
    observed?: number;
    limit?: number;
    message: string;
}
/** Scheduled work the settle step saw due later than its horizon: reported, never waited for. */
export interface PendingWork {
    /** The scheduled function, e.g. "emails:send". */
    path: string;
    /** ms after the settle step looked. */
    dueInMs: number;
}
export type RunMode = "stress" | "explore";
