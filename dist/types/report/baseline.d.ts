/**
 * Gating on what is new: how each scenario stands against what the config expects of it
 * (`expect: "race"`) and against a baseline report (the base branch's), and which of them fail
 * the check under `fail-on`. One module for the CLI and the action, so both decide alike.
 */
import type { RunResult, RunVerdict } from "../engine/result.js";
export type FailOn = "race" | "new-race" | "never";
export declare const FAIL_ON: readonly FailOn[];
/**
 * - race: races now, not expected, and there is no baseline to compare with
 * - new: races now, not expected, and did not race in the baseline
 * - still: races now and raced in the baseline, not expected
 * - known: races now, and the config expects it
 * - fixed: raced in the baseline, decided clean now
 * - may-be-fixed: the config expects a race, and this run decided it clean
 * - none: nothing to say (clean before and now, or undecided, or could not run)
 */
export type Standing = "race" | "new" | "still" | "known" | "fixed" | "may-be-fixed" | "none";
export interface ScenarioStanding {
    name: string;
    standing: Standing;
    /** The scenario's verdict with the interleaving search's joined in. */
    verdict: RunVerdict;
}
export interface Comparison {
    /** What the run was compared with: a file, or the commit of the base branch's report. */
    baseline?: {
        label: string;
        startedAt?: string;
    };
    scenarios: ScenarioStanding[];
}
/** Each scenario's verdict, the search's (run.explore) joined in: a race either found is a race. */
export declare function scenarioVerdicts(run: RunResult): Map<string, RunVerdict>;
/** How every scenario of `run` stands; `baseline` is the base branch's report, when there is one. */
export declare function compareRuns(run: RunResult, baseline?: {
    run: RunResult;
    label: string;
    startedAt?: string;
}): Comparison;
export declare function named(cmp: Comparison, ...standings: Standing[]): string[];
/**
 * The scenarios whose race fails the check. `new-race` without a baseline counts every race that
 * is not expected as new: with nothing to compare with, no race can be shown to be old.
 */
export declare function failingRaces(cmp: Comparison, failOn: FailOn): string[];
/**
 * What the check says, for an exit code: race when a race fails it; else the run's verdict with
 * every race that does not fail it (known, old, or not gated) counted as decided.
 */
export declare function checkVerdict(cmp: Comparison, failOn: FailOn): RunVerdict;
/**
 * A report read back (`--baseline FILE`, the action's `baseline`): JSON of a race-check report with
 * its scenarios' names and verdicts. Anything else is one line naming where it came from.
 */
export declare function parseReport(text: string, where: string): RunResult;
