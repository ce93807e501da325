import type { RunResult, ScenarioResult } from "../engine/result.js";
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
/** "seed 42", "seed 42, shard 2/4 (shard seed 1234)" or "4 shards merged, seed 42". */
export declare function seedLabel(run: RunResult): string;
/** "rounds 11–20 of 20 (shard 2/4)" for a shard's part of a scenario. */
export declare function shardRoundsLine(run: RunResult, s: ScenarioResult): string | undefined;
/**
 * "fire spread p50 0.21 ms, max 0.48 ms (server arrival stamps)". A backend that reports no
 * arrival times gets the spread of the client's sends, and the line says so.
 */
export declare function spreadLine(s: ScenarioResult): string | undefined;
