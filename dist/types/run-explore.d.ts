/**
 * `race-check explore`: search each scenario's schedules (explore/strategies.ts), shrink what violates
 * (explore/shrink.ts), and make it replayable (explore/token.ts). Each schedule is a trial of the controlled
 * driver; the verdicts and the summary are the engine's, as in stress mode.
 */
import { type PrepareOptions } from "./config/prepare.js";
import type { ResolvedScenario } from "./config/scenario.js";
import { type RunResult, type ScenarioResult, type StrategyName } from "./engine/result.js";
import type { InProcessBackend } from "./backends/in-process.js";
import type { LogBatch } from "./backends/types.js";
import { type ReplayToken } from "./explore/token.js";
export declare const EXPLORE_DEFAULTS: {
    readonly budget: 1000;
    readonly strategy: StrategyName;
    readonly depth: 2;
};
export interface ExploreOptions extends Pick<PrepareOptions, "configFile" | "config" | "projectDir" | "cwd" | "env"> {
    signal?: AbortSignal;
    scenario?: string | string[];
    /** Clients per schedule (default: the scenario's `explore.clients`, else its `clients`). */
    clients?: number;
    /** Schedules per scenario (default 1000). */
    budget?: number;
    strategy?: StrategyName;
    /** PCT depth (pct and mixed): priority change points + 1 (default 2). */
    depth?: number;
    seed?: number;
    /** Replays exactly one recorded schedule instead of searching. */
    replay?: string;
    onProgress?: (p: {
        scenario: string;
        schedules: number;
        budget: number;
    }) => void;
    /** Receives every line the functions logged, per scenario (the report keeps a count and the first lines). */
    onLogs?: (scenario: string, lines: string[]) => void;
}
export interface ScenarioExploreInput {
    deployment: InProcessBackend;
    scenario: ResolvedScenario;
    configLabel: string;
    clients?: number;
    budget?: number;
    strategy?: StrategyName;
    depth?: number;
    seed: number;
    signal?: AbortSignal;
    onProgress?: ExploreOptions["onProgress"];
    logs?: {
        capture: {
            take(): LogBatch;
        };
        sink?: ExploreOptions["onLogs"];
    };
}
export declare function runExplore(opts?: ExploreOptions): Promise<RunResult>;
export declare function exploreScenario(input: ScenarioExploreInput): Promise<ScenarioResult>;
export declare function replayScenario(deployment: InProcessBackend, scenario: ResolvedScenario, token: ReplayToken, configLabel: string): Promise<ScenarioResult>;
