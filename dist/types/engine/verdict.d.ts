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
export declare function decideTrial(history: readonly Operation[], invariant: InvariantResult | InvariantError, settled: SettleResult): TrialDecision;
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
export declare class ScenarioTally {
    trials: number;
    violations: number;
    unknown: number;
    errors: number;
    private opsOk;
    private opsUnknown;
    private opsFail;
    private firstFailure?;
    private firstUnknownOp?;
    private firstError?;
    private firstUnknown?;
    private lastOk?;
    worst?: TrialDecision;
    add(t: TrialTallyInput): void;
    /** What the verdict rule knows of the operations, for a report (and for shards to be summed). */
    get operations(): OperationCounts;
    /**
     * Operations counted elsewhere: merged shards bring their trials as round summaries, without
     * histories, and their operation counts beside them.
     */
    addOperations(o: OperationCounts): void;
    /** Trials that ended in ok or a violation: the denominator of every rate. */
    get decided(): number;
    /**
     * race beats everything (a race seen stays a race); then a check that broke (`cutShort`: the
     * scenario could not finish; or a trial that errored); then a scenario that proved nothing
     * (no operation ever succeeded); then undecided trials; only then OK.
     */
    verdict(cutShort?: string, noun?: string): {
        verdict: RunVerdict;
        headline: string;
    };
}
