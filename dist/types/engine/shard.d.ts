import type { ScenarioResult, ShardInfo } from "./result.js";
export interface ShardSpec {
    /** 1-based. */
    index: number;
    count: number;
}
/** What the split is computed from: one entry per selected scenario, in config order. */
export interface PlannedScenario {
    name: string;
    rounds: number;
    clients: number;
}
/** Rounds `from`..`to` (1-based, inclusive) of the plan's scenario at `scenario`. */
export interface ShardPart {
    scenario: number;
    from: number;
    to: number;
}
export declare const MAX_SHARDS = 256;
/** "2/4" → { index: 2, count: 4 }; anything else is one line naming the flag. */
export declare function parseShard(value: string | undefined, where: string): ShardSpec | undefined;
/**
 * The work of every shard: `plan[k]` lists shard k+1's parts in scenario order. Whole scenarios go
 * to the least-loaded shard, largest first (cost = rounds × clients); with more shards than
 * scenarios each scenario gets shards in proportion to its cost and its rounds are cut evenly.
 * Shards beyond the total number of rounds get nothing.
 */
export declare function planShards(scenarios: readonly PlannedScenario[], count: number): ShardPart[][];
/** The shard's own seed: a fixed function of the run's seed and the shard. */
export declare function shardSeed(runSeed: number, shard: ShardSpec): number;
/** What a shard's command line repeats of the run that made it: the same flags give the same plan. */
export interface ShardCommandInputs {
    config: string;
    scenarios?: readonly string[];
    rounds?: number;
    clients?: number;
    opTimeout?: number;
    backend: string;
}
/** The command that re-runs exactly this shard: the run's own selection and sizes, its seed and --shard. */
export declare function shardCommand(inputs: ShardCommandInputs, runSeed: number, shard: ShardSpec): string;
/** Its words, unquoted (a report wraps them to fit a comment's width). */
export declare function shardArgs(inputs: ShardCommandInputs, runSeed: number, shard: ShardSpec): string[];
/** A shard with nothing to run is a mistake in the matrix, found before any backend starts. */
export declare function shardWork(scenarios: readonly PlannedScenario[], shard: ShardSpec): ShardPart[];
/** This shard's part of the run: what it runs, and what its report records about it. */
export declare function prepareShard(scenarios: readonly PlannedScenario[], shard: ShardSpec, runSeed: number, inputs: ShardCommandInputs): {
    info: ShardInfo;
    parts: ShardPart[];
};
/** The record a scenario's result carries of the rounds this shard ran. */
export declare function shardRoundsOf(part: ShardPart, of: number, shard: number): ScenarioResult["shardRounds"];
