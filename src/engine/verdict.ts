/**
 * The one mapping from what a trial observed to its verdict, and from a scenario's trials to the
 * scenario's verdict. Stress rounds and explore schedules both go through here, so the same
 * history can never mean two different things.
 */
import type { InvariantResult, Operation, RunVerdict, TrialVerdict } from "../model.js";
import type { SettleResult } from "./settle.js";

export interface TrialDecision {
  verdict: TrialVerdict;
  message: string;
  observed?: number;
  limit?: number;
}

/** An invariant that could not be evaluated at all (it threw, or its read timed out). */
export interface InvariantError {
  ok: "error";
  message: string;
}

export function decideTrial(
  history: readonly Operation[],
  invariant: InvariantResult | InvariantError,
  settled: SettleResult,
): TrialDecision {
  const measured = {
    ...(invariant.ok !== "error" && invariant.observed !== undefined && { observed: invariant.observed }),
    ...(invariant.ok !== "error" && invariant.limit !== undefined && { limit: invariant.limit }),
  };
  if (invariant.ok === "error") return { verdict: "error", message: invariant.message };
  // State read while scheduled work may still change it is not the trial's end state: neither a
  // violation nor a pass can be claimed from it.
  if (!settled.quiet) {
    return {
      verdict: "unknown",
      message: `${invariant.message}; ${settled.reason ?? "scheduled work did not settle"}`,
      ...measured,
    };
  }
  if (invariant.ok === false) return { verdict: "violation", message: invariant.message, ...measured };
  // A trial in which every operation was refused exercised nothing (a wrong function, bad
  // arguments, a user not signed in, a setup that leaves no room): whatever holds, it proves nothing.
  const refused = history.length > 0 && history.every((op) => op.outcome === "fail");
  if (refused) {
    return {
      verdict: "unknown",
      message: `every operation failed, so the trial tested nothing (client ${history[0].client}: ${history[0].error ?? "failed"})`,
      ...measured,
    };
  }
  if (invariant.ok === "unknown") return { verdict: "unknown", message: invariant.message, ...measured };
  return { verdict: "ok", message: invariant.message, ...measured };
}

/** A scenario's operations by outcome, the first refusal's words and the first unknown one's. */
export interface OperationCounts {
  ok: number;
  fail: number;
  unknown: number;
  firstFailure?: string;
  firstUnknown?: string;
}

/** What a scenario keeps of each trial: enough to decide, never the whole history. */
export interface TrialTallyInput extends TrialDecision {
  history: readonly Operation[];
}

/**
 * A scenario's trials, counted as they come (a nightly run has 100,000 of them), and the one rule
 * that turns the counts into the scenario's verdict.
 */
export class ScenarioTally {
  trials = 0;
  violations = 0;
  unknown = 0;
  errors = 0;
  private opsOk = 0;
  private opsUnknown = 0;
  private opsFail = 0;
  private firstFailure?: string;
  private firstUnknownOp?: string;
  private firstError?: string;
  private firstUnknown?: string;
  private lastOk?: string;
  worst?: TrialDecision;

  add(t: TrialTallyInput): void {
    this.trials++;
    for (const op of t.history) {
      if (op.outcome === "ok") this.opsOk++;
      else if (op.outcome === "unknown") {
        this.opsUnknown++;
        this.firstUnknownOp ??= `client ${op.client}: ${op.error ?? "unknown"}`;
      } else {
        this.opsFail++;
        this.firstFailure ??= `client ${op.client}: ${op.error ?? "failed"}`;
      }
    }
    if (t.verdict === "violation") {
      this.violations++;
      if (!this.worst || excess(t) > excess(this.worst)) this.worst = t;
    } else if (t.verdict === "unknown") {
      this.unknown++;
      this.firstUnknown ??= t.message;
    } else if (t.verdict === "error") {
      this.errors++;
      this.firstError ??= t.message;
    } else {
      this.lastOk = t.message;
    }
  }

  /** What the verdict rule knows of the operations, for a report (and for shards to be summed). */
  get operations(): OperationCounts {
    return {
      ok: this.opsOk,
      fail: this.opsFail,
      unknown: this.opsUnknown,
      ...(this.firstFailure !== undefined && { firstFailure: this.firstFailure }),
      ...(this.firstUnknownOp !== undefined && { firstUnknown: this.firstUnknownOp }),
    };
  }

  /**
   * Operations counted elsewhere: merged shards bring their trials as round summaries, without
   * histories, and their operation counts beside them.
   */
  addOperations(o: OperationCounts): void {
    this.opsOk += o.ok;
    this.opsFail += o.fail;
    this.opsUnknown += o.unknown;
    this.firstFailure ??= o.firstFailure;
    this.firstUnknownOp ??= o.firstUnknown;
  }

  /** Trials that ended in ok or a violation: the denominator of every rate. */
  get decided(): number {
    return this.trials - this.unknown - this.errors;
  }

  /**
   * race beats everything (a race seen stays a race); then a check that broke (`cutShort`: the
   * scenario could not finish; or a trial that errored); then a scenario that proved nothing
   * (no operation ever succeeded); then undecided trials; only then OK.
   */
  verdict(cutShort?: string, noun = "trials"): { verdict: RunVerdict; headline: string } {
    if (this.violations > 0) return { verdict: "race", headline: this.worst!.message };
    if (cutShort !== undefined) return { verdict: "error", headline: cutShort };
    if (this.errors > 0) return { verdict: "error", headline: this.firstError! };
    if (this.trials === 0) return { verdict: "error", headline: "no trial completed" };
    if (this.opsOk === 0) {
      return this.opsUnknown > 0
        ? {
            verdict: "inconclusive",
            // Unknown: timed out, lost, or failed after a write may have gone through (an action).
            headline: `no operation succeeded: ${this.opsUnknown} ended unknown, so nothing was tested (${this.firstUnknownOp ?? "timed out or lost"})`,
          }
        : { verdict: "error", headline: `every operation failed: ${this.firstFailure ?? "no operation ran"}` };
    }
    if (this.unknown > 0) {
      return {
        verdict: "inconclusive",
        headline: `${this.unknown}/${this.trials - this.errors} ${noun} undecided, no violation seen: ${this.firstUnknown}`,
      };
    }
    return { verdict: "ok", headline: this.lastOk ?? "" };
  }
}

function excess(t: TrialDecision): number {
  return (t.observed ?? 0) - (t.limit ?? 0);
}
