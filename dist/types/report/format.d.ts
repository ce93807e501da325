import type { RunResult, ScenarioResult } from "../engine/result.js";
import type { Comparison } from "./baseline.js";
export declare const VERDICT_LABEL: Record<ScenarioResult["verdict"], string>;
export declare const VERDICT_ICON: Record<ScenarioResult["verdict"], string>;
export declare function pct(x: number): string;
/**
 * An upper bound as a percentage, rounded up so that "< x %" stays true:
 * 0.0323 % is "< 0.033 %", never "< 0.032 %" (nor "< 0.0 %").
 */
export declare function pctBound(x: number): string;
export declare function ms(x: number | undefined): string;
/**
 * "5 round(s) left emails:send pending (due in 60 s)": scheduled work due beyond the settle
 * horizon was never waited for, so the invariant never saw its effect.
 */
export declare function pendingLine(s: ScenarioResult): string | undefined;
/** "12 log lines (2 from scheduled functions that threw), in race-check-report.log". */
export declare function logsLine(s: ScenarioResult): string | undefined;
/** "detected in 20/20 rounds (100%, 95% CI 84–100%)" or the bound a clean run proves. */
export declare function rateLine(s: ScenarioResult): string;
/**
 * The exact command that re-runs one scenario with this run's seed and sizes. A shard's rounds are
 * re-run by its own command (the same plan needs the same selection); in a merged report, by the
 * command of the shard that ran the scenario's first violating round.
 */
export declare function reproduceCommand(run: RunResult, s: ScenarioResult): string;
/** Its words, unquoted. A shard's, or a merged run's scenario's, is the command of its shard. */
export declare function reproduceArgs(run: RunResult, s: ScenarioResult): string[];
/**
 * A command as lines that fit `width` (a PR comment's code block scrolls sideways past ~80),
 * joined by shell line continuations. A flag stays with its value; a value too long for any line
 * (a replay token) goes on a line of its own, so only it can overflow.
 */
export declare function wrapCommand(args: string[], width?: number): string[];
/** "seed 42", "seed 42, shard 2/4 (shard seed 1234)" or "4 shards merged, seed 42". */
export declare function seedLabel(run: RunResult): string;
/** "rounds 11–20 of 20 (shard 2/4)" for a shard's part of a scenario. */
export declare function shardRoundsLine(run: RunResult, s: ScenarioResult): string | undefined;
/**
 * "fire spread p50 0.21 ms, max 0.48 ms (server arrival stamps)". A backend that reports no
 * arrival times gets the spread of the client's sends, and the line says so.
 */
export declare function spreadLine(s: ScenarioResult): string | undefined;
/**
 * What the comparison says of one section's scenario, or undefined: race notes only where this
 * section saw the race, "fixed" notes only where it decided the scenario clean (a race only the
 * search found leaves the stress section's OK unannotated). `short`: a table cell's tag.
 */
export declare function standingNote(cmp: Comparison | undefined, s: ScenarioResult, short?: boolean): string | undefined;
/**
 * "Against the baseline abc1234: 1 new race (X); 2 still racing; 1 fixed (Y)." plus the known
 * races and those that may be fixed; undefined when there is nothing of the kind to say.
 */
export declare function comparisonLine(cmp: Comparison): string | undefined;
