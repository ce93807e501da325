import type { RunResult, ScenarioResult } from "../engine/result.js";
export declare const VERDICT_LABEL: Record<ScenarioResult["verdict"], string>;
export declare const VERDICT_ICON: Record<ScenarioResult["verdict"], string>;
export declare function pct(x: number): string;
export declare function ms(x: number | undefined): string;
/**
 * "5 round(s) left emails:send pending (due in 60 s)": scheduled work due beyond the settle
 * horizon was never waited for, so the invariant never saw its effect.
 */
export declare function pendingLine(s: ScenarioResult): string | undefined;
/** "detected in 20/20 rounds (100%, 95% CI 84–100%)" or the bound a clean run proves. */
export declare function rateLine(s: ScenarioResult): string;
/** The exact command that re-runs one scenario with this run's seed and sizes. */
export declare function reproduceCommand(run: RunResult, s: ScenarioResult): string;
/**
 * "fire spread p50 0.21 ms, max 0.48 ms (server arrival stamps)". A backend that reports no
 * arrival times gets the spread of the client's sends, and the line says so.
 */
export declare function spreadLine(s: ScenarioResult): string | undefined;
