/**
 * Splitting one run's work over the jobs of a CI matrix (`--shard i/n`). The split depends only on
 * the selected scenarios (names, rounds, clients, in config order) and n, never on timing or the
 * seed, so every job computes the same plan and `race-check merge` can check it. Scenarios are
 * dealt out whole first; only when there are more shards than scenarios are a scenario's rounds cut
 * into contiguous ranges. Each shard has a seed of its own, derived from the run's seed, so two
 * shards never replay the same fire orders and any one can be re-run alone.
 */
import { ConfigError } from "../errors.js";
import { flag, shellQuote } from "../shell.js";
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

export const MAX_SHARDS = 256;

/** "2/4" → { index: 2, count: 4 }; anything else is one line naming the flag. */
export function parseShard(value: string | undefined, where: string): ShardSpec | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new ConfigError(
      `${where}: "${value}" is not a shard i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 1/4: the first of four shards)`,
    );
  }
  return { index, count };
}

/**
 * The work of every shard: `plan[k]` lists shard k+1's parts in scenario order. Whole scenarios go
 * to the least-loaded shard, largest first (cost = rounds × clients); with more shards than
 * scenarios each scenario gets shards in proportion to its cost and its rounds are cut evenly.
 * Shards beyond the total number of rounds get nothing.
 */
export function planShards(scenarios: readonly PlannedScenario[], count: number): ShardPart[][] {
  const shards: ShardPart[][] = Array.from({ length: count }, () => []);
  const cost = scenarios.map((s) => s.rounds * Math.max(1, s.clients));
  if (count <= scenarios.length) {
    const load = new Array<number>(count).fill(0);
    const order = scenarios.map((_, i) => i).sort((a, b) => cost[b] - cost[a] || a - b);
    for (const i of order) {
      const target = load.indexOf(Math.min(...load));
      load[target] += cost[i];
      shards[target].push({ scenario: i, from: 1, to: scenarios[i].rounds });
    }
    for (const parts of shards) parts.sort((a, b) => a.scenario - b.scenario);
    return shards;
  }
  const pieces = scenarios.map(() => 1);
  for (let extra = count - scenarios.length; extra > 0; extra--) {
    let best = -1;
    for (let i = 0; i < scenarios.length; i++) {
      if (pieces[i] >= scenarios[i].rounds) continue;
      if (best < 0 || cost[i] / pieces[i] > cost[best] / pieces[best]) best = i;
    }
    if (best < 0) break;
    pieces[best]++;
  }
  let next = 0;
  scenarios.forEach((s, i) => {
    const base = Math.floor(s.rounds / pieces[i]);
    const longer = s.rounds % pieces[i];
    let from = 1;
    for (let p = 0; p < pieces[i]; p++) {
      const size = base + (p < longer ? 1 : 0);
      shards[next++].push({ scenario: i, from, to: from + size - 1 });
      from += size;
    }
  });
  return shards;
}

/** The shard's own seed: a fixed function of the run's seed and the shard. */
export function shardSeed(runSeed: number, shard: ShardSpec): number {
  // FNV-1a over the three numbers, then a murmur finalizer so neighbouring shards differ in every bit.
  let h = 2166136261;
  for (const word of [runSeed >>> 0, shard.index, shard.count]) {
    for (let b = 0; b < 4; b++) h = Math.imul(h ^ ((word >>> (8 * b)) & 0xff), 16777619);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

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
export function shardCommand(inputs: ShardCommandInputs, runSeed: number, shard: ShardSpec): string {
  return shardArgs(inputs, runSeed, shard).map(shellQuote).join(" ");
}

/** Its words, unquoted (a report wraps them to fit a comment's width). */
export function shardArgs(inputs: ShardCommandInputs, runSeed: number, shard: ShardSpec): string[] {
  const parts = ["npx", "race-check", "run", ...flag("--config", inputs.config)];
  for (const name of inputs.scenarios ?? []) parts.push(...flag("--scenario", name));
  if (inputs.rounds !== undefined) parts.push("--rounds", String(inputs.rounds));
  if (inputs.clients !== undefined) parts.push("--clients", String(inputs.clients));
  if (inputs.opTimeout !== undefined) parts.push("--op-timeout", String(inputs.opTimeout));
  parts.push("--seed", String(runSeed), "--shard", `${shard.index}/${shard.count}`);
  if (inputs.backend !== "embedded") parts.push("--backend", inputs.backend);
  return parts;
}

/** A shard with nothing to run is a mistake in the matrix, found before any backend starts. */
export function shardWork(scenarios: readonly PlannedScenario[], shard: ShardSpec): ShardPart[] {
  const parts = planShards(scenarios, shard.count)[shard.index - 1];
  if (parts.length === 0) {
    const rounds = scenarios.reduce((sum, s) => sum + s.rounds, 0);
    throw new ConfigError(
      `--shard ${shard.index}/${shard.count}: this shard has no work: the ${scenarios.length} selected scenario(s) have ${rounds} round(s) in all; use at most ${rounds} shards`,
    );
  }
  return parts;
}

/** This shard's part of the run: what it runs, and what its report records about it. */
export function prepareShard(
  scenarios: readonly PlannedScenario[],
  shard: ShardSpec,
  runSeed: number,
  inputs: ShardCommandInputs,
): { info: ShardInfo; parts: ShardPart[] } {
  const plan = scenarios.map(({ name, rounds, clients }) => ({ name, rounds, clients }));
  return {
    parts: shardWork(plan, shard),
    info: {
      index: shard.index,
      count: shard.count,
      seed: shardSeed(runSeed, shard),
      plan,
      command: shardCommand(inputs, runSeed, shard),
      args: shardArgs(inputs, runSeed, shard),
    },
  };
}

/** The record a scenario's result carries of the rounds this shard ran. */
export function shardRoundsOf(part: ShardPart, of: number, shard: number): ScenarioResult["shardRounds"] {
  return { of, parts: [{ shard, from: part.from, to: part.to }] };
}
