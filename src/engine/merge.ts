/**
 * `race-check merge`: the JSON reports of one sharded run's jobs as one report, as if one job had
 * run every round. Counts are summed; rates, intervals and bounds are recomputed from the sums; the
 * fire spread is recomputed from every round's own spread; each scenario's verdict is decided again
 * by the one rule (ScenarioTally, fed every round's summary in round order) and the run's by the
 * one lattice (joinVerdicts). Reports that cannot be parts of one run are refused with one line.
 */
import { isDeepStrictEqual } from "node:util";
import { ConfigError } from "../errors.js";
import { joinVerdicts, type TrialVerdict } from "../model.js";
import type { MergeInfo, OperationCounts, PendingSummary, RunResult, ScenarioResult, ShardInfo } from "./result.js";
import { planShards, type ShardPart } from "./shard.js";
import { percentile, wilson, zeroEventUpperBound } from "./stats.js";
import { KEPT_HISTORIES } from "./summary.js";
import { ScenarioTally } from "./verdict.js";

/** One report and what to call it in a message (its file name, its artifact). */
export interface ShardReport {
  label: string;
  run: RunResult;
}

/** A shard report read back from its JSON; anything else is one line naming the file. */
export function parseReport(text: string, label: string): RunResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${label}: not a JSON report (${(e as Error).message})`);
  }
  const run = value as Partial<RunResult> | null;
  const problem =
    run === null || typeof run !== "object" || Array.isArray(run)
      ? "not an object"
      : run.tool?.name !== "race-check" || typeof run.tool.version !== "string"
        ? "no race-check tool version"
        : !Array.isArray(run.scenarios)
          ? "no scenarios"
          : typeof run.config !== "string" || typeof run.backend?.kind !== "string" || typeof run.seed !== "number"
            ? "no config, backend or seed"
            : run.configFingerprint !== undefined && typeof run.configFingerprint !== "string"
              ? "a config fingerprint that is not a string"
              : run.scenarios.find((s) => !isScenario(s))
                ? "a scenario without its counts and rounds"
                : undefined;
  if (problem) throw new ConfigError(`${label}: not a race-check JSON report (${problem})`);
  return run as RunResult;
}

function isScenario(s: unknown): boolean {
  const x = s as Partial<ScenarioResult> | null;
  return (
    x !== null &&
    typeof x === "object" &&
    typeof x.name === "string" &&
    ["rounds", "violations", "unknown", "errors", "clients"].every(
      (k) => typeof x[k as keyof ScenarioResult] === "number",
    ) &&
    Array.isArray(x.roundDetails)
  );
}

/**
 * The shards' reports as one. Shards of the plan that were not given are listed in `merged.missing`
 * and their rounds count as not run.
 */
export function mergeShardReports(reports: readonly ShardReport[]): RunResult {
  if (reports.length === 0) throw new ConfigError("merge: give the JSON reports of a sharded run's jobs");
  const shards = reports.map(checkShard);
  const first = shards[0];
  const byIndex = new Map<number, (typeof shards)[number]>();
  for (const s of shards) {
    refuseMismatch(first, s);
    const twin = byIndex.get(s.info.index);
    if (twin) {
      throw new ConfigError(
        `merge: ${twin.label} and ${s.label} are both shard ${s.info.index}/${s.info.count}: give each shard's report once`,
      );
    }
    byIndex.set(s.info.index, s);
  }
  const { plan, count } = first.info;
  const assigned = planShards(plan, count);
  for (const s of shards) checkPart(s, assigned[s.info.index - 1]);
  const missing = assigned.map((_, i) => i + 1).filter((i) => !byIndex.has(i) && assigned[i - 1].length > 0);

  const scenarios = plan.map((planned, j) => {
    const parts: Part[] = [];
    assigned.forEach((work, k) => {
      for (const p of work.filter((w) => w.scenario === j)) {
        const shard = byIndex.get(k + 1);
        parts.push({
          shard: k + 1,
          count,
          range: p,
          result: shard?.run.scenarios.find((x) => x.name === planned.name),
        });
      }
    });
    return mergeScenario(planned.name, planned.clients, planned.rounds, parts);
  });

  const ordered = [...byIndex.values()].sort((a, b) => a.info.index - b.info.index);
  const starts = ordered.map((s) => Date.parse(s.run.startedAt));
  const ends = ordered.map((s, i) => starts[i] + s.run.durationMs);
  const began = Math.min(...starts);
  const merged: MergeInfo = {
    count,
    shards: ordered.map((s) => ({
      index: s.info.index,
      seed: s.info.seed,
      runSeed: s.run.seed,
      command: s.info.command,
      ...(s.info.args && { args: s.info.args }),
    })),
    missing,
  };
  const startups = ordered.map((s) => s.run.backend.startupMs).filter((x): x is number => typeof x === "number");
  const explore = mergeExplore(
    ordered,
    plan.map((p) => p.name),
  );
  return {
    tool: first.run.tool,
    mode: "stress",
    verdict: joinVerdicts(scenarios.map((s) => s.verdict)),
    startedAt: new Date(began).toISOString(),
    durationMs: Math.max(...ends) - began,
    seed: ordered[0].run.seed,
    backend: { kind: first.run.backend.kind, ...(startups.length > 0 && { startupMs: Math.max(...startups) }) },
    config: first.run.config,
    ...(first.run.configFingerprint !== undefined && { configFingerprint: first.run.configFingerprint }),
    scenarios,
    ...(explore && { explore }),
    merged,
  };
}

interface CheckedShard extends ShardReport {
  info: ShardInfo;
}

function checkShard(r: ShardReport): CheckedShard {
  const info = r.run.shard;
  if (!info || typeof info.index !== "number" || typeof info.count !== "number" || !Array.isArray(info.plan)) {
    throw new ConfigError(
      `merge: ${r.label} is not a shard report (it was not run with --shard i/n); merge combines the reports of one sharded run`,
    );
  }
  if (r.run.mode !== "stress") throw new ConfigError(`merge: ${r.label} is an ${r.run.mode} report, not a stress run`);
  return { ...r, info };
}

/** Everything that makes two reports parts of different runs, each refused with one line. */
function refuseMismatch(a: CheckedShard, b: CheckedShard): void {
  const differ = (what: string, x: string, y: string) =>
    new ConfigError(`merge: ${b.label} ${what} ${y}, ${a.label} ${x}: merge only the shards of one run`);
  if (a.run.tool.version !== b.run.tool.version) {
    throw differ("was written by race-check", a.run.tool.version, b.run.tool.version);
  }
  if (a.run.config !== b.run.config) throw differ("is a report of config", a.run.config, b.run.config);
  if (a.run.backend.kind !== b.run.backend.kind) {
    throw differ("ran on backend", a.run.backend.kind, b.run.backend.kind);
  }
  if (a.info.count !== b.info.count) {
    throw differ("is shard", `${a.info.index}/${a.info.count}`, `${b.info.index}/${b.info.count}`);
  }
  if (!isDeepStrictEqual(a.info.plan, b.info.plan)) {
    throw new ConfigError(
      `merge: ${b.label} and ${a.label} split different work (their configs' scenarios, rounds or clients differ): merge only the shards of one run`,
    );
  }
  // The same path and plan can be another config: another text, or the same name in another directory. A
  // report written before the fingerprint existed merges only with others that lack it.
  if (a.run.configFingerprint !== b.run.configFingerprint) {
    const [without, other] = a.run.configFingerprint === undefined ? [a, b] : [b, a];
    throw new ConfigError(
      without.run.configFingerprint === undefined
        ? `merge: ${without.label} has no config fingerprint (an older race-check wrote it), ${other.label} has one: merge only the shards of one run`
        : `merge: ${b.label} and ${a.label} are reports of different configs at the same path ${a.run.config} (the file's text or the working directory differ): merge only the shards of one run`,
    );
  }
}

/** A shard's report holds exactly its part of the plan: every round is merged once. */
function checkPart(s: CheckedShard, work: ShardPart[]): void {
  const expected = work.map((w) => `${s.info.plan[w.scenario].name}:${w.from}-${w.to}`);
  const found = s.run.scenarios.map((x) => {
    const p = x.shardRounds?.parts;
    return p?.length === 1 && p[0].shard === s.info.index ? `${x.name}:${p[0].from}-${p[0].to}` : `${x.name}:?`;
  });
  if (!isDeepStrictEqual(expected, found)) {
    throw new ConfigError(
      `merge: ${s.label} does not hold shard ${s.info.index}/${s.info.count}'s part of its plan (was it edited, or written by another version?)`,
    );
  }
}

interface Part {
  shard: number;
  count: number;
  range: ShardPart;
  /** Undefined when the shard's report is missing. */
  result?: ScenarioResult;
}

function mergeScenario(name: string, clients: number, of: number, parts: Part[]): ScenarioResult {
  const present = parts.filter((p): p is Part & { result: ScenarioResult } => p.result !== undefined);
  const tally = new ScenarioTally();
  const cut: string[] = [];
  for (const p of parts) {
    if (!p.result) {
      cut.push(`rounds ${p.range.from}–${p.range.to} not merged: shard ${p.shard}/${p.count}'s report is missing`);
      continue;
    }
    const rounds = [...p.result.roundDetails].sort((a, b) => a.round - b.round);
    for (const r of rounds) {
      tally.add({
        verdict: r.verdict,
        message: r.message,
        ...(r.observed != null && { observed: r.observed }),
        ...(r.limit != null && { limit: r.limit }),
        history: [],
      });
    }
    tally.addOperations(p.result.operations ?? inferredOperations(p.result));
    if (p.result.error !== undefined) cut.push(`shard ${p.shard}/${p.count}: ${p.result.error}`);
  }
  const cutShort = cut.length > 0 ? cut.join("; ") : undefined;
  const { verdict, headline } = tally.verdict(cutShort, "rounds");
  const sum = (k: "rounds" | "violations" | "unknown" | "errors") => present.reduce((n, p) => n + p.result[k], 0);
  const rounds = sum("rounds");
  const violations = sum("violations");
  const unknown = sum("unknown");
  const clean = rounds - unknown;
  const details = present.flatMap((p) => p.result.roundDetails).sort((a, b) => a.round - b.round);
  const spreads = details.map((d) => d.fireSpreadMs).filter((x): x is number => typeof x === "number");
  const worst = tally.worst;
  const sample = sampleOf(present.map((p) => p.result));
  const pending = mergePending(present.flatMap((p) => p.result.pending ?? []));
  const backendLog = present.find((p) => p.result.backendLog)?.result.backendLog;
  const operations = tally.operations;
  return {
    name,
    mode: "stress",
    verdict,
    headline,
    clients,
    rounds,
    violations,
    unknown,
    // A missing part is an error of its own, as a scenario cut short is.
    errors: sum("errors") + (parts.length - present.length),
    detectionRate: clean === 0 ? 0 : violations / clean,
    interval: wilson(violations, clean),
    ...(violations === 0 && clean > 0 && { upperBound: zeroEventUpperBound(clean) }),
    worst: worst ? { observed: worst.observed ?? NaN, limit: worst.limit ?? NaN } : null,
    functions: [...new Set(present.flatMap((p) => p.result.functions))],
    fireSpread: {
      p50: percentile(spreads, 50),
      max: spreads.length > 0 ? Math.max(...spreads) : undefined,
      source: present.find((p) => p.result.fireSpread.source)?.result.fireSpread.source,
    },
    roundDetails: details,
    ...(sample && { sampleRound: sample }),
    histories: present
      .flatMap((p) => p.result.histories ?? [])
      .sort((a, b) => a.round - b.round)
      .slice(0, KEPT_HISTORIES),
    ...(pending.length > 0 && { pending }),
    operations,
    ...(cutShort !== undefined && { error: cutShort }),
    ...(backendLog && { backendLog }),
    durationMs: present.reduce((n, p) => n + p.result.durationMs, 0),
    shardRounds: { of, parts: parts.map((p) => ({ shard: p.shard, from: p.range.from, to: p.range.to })) },
  };
}

/** The first violating round's history, else the earliest round's: what one run would have kept. */
function sampleOf(results: ScenarioResult[]): ScenarioResult["sampleRound"] {
  const verdictOf = (s: ScenarioResult, round: number): TrialVerdict | undefined =>
    s.roundDetails.find((r) => r.round === round)?.verdict;
  const samples = results.filter((s) => s.sampleRound);
  return (
    samples.find((s) => verdictOf(s, s.sampleRound!.round) === "violation")?.sampleRound ?? samples[0]?.sampleRound
  );
}

function mergePending(items: PendingSummary[]): PendingSummary[] {
  const byPath = new Map<string, PendingSummary>();
  for (const p of items) {
    const seen = byPath.get(p.path);
    if (seen) {
      seen.count += p.count;
      seen.dueInMs = Math.min(seen.dueInMs, p.dueInMs);
    } else byPath.set(p.path, { ...p });
  }
  return [...byPath.values()];
}

/**
 * Reports carry their operation counts; one without (hand-made, or cut down) is read from its
 * verdict: rounds that reached a verdict of their own had an operation that succeeded.
 */
function inferredOperations(s: ScenarioResult): OperationCounts {
  return { ok: s.rounds - s.unknown > 0 ? 1 : 0, fail: 0, unknown: s.unknown > 0 ? 1 : 0 };
}

/**
 * The interleaving searches that followed the shards' rounds (the action's `explore: true`): each
 * scenario is searched by one shard only, so they are put side by side, never summed.
 */
function mergeExplore(shards: CheckedShard[], order: string[]): RunResult | undefined {
  const searches = shards.filter((s) => s.run.explore);
  if (searches.length === 0) return undefined;
  const seen = new Map<string, string>();
  const scenarios: ScenarioResult[] = [];
  for (const s of searches) {
    for (const x of s.run.explore!.scenarios) {
      const other = seen.get(x.name);
      if (other) throw new ConfigError(`merge: ${other} and ${s.label} both explored "${x.name}"`);
      seen.set(x.name, s.label);
      scenarios.push(x);
    }
  }
  scenarios.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const runs = searches.map((s) => s.run.explore!);
  const began = Math.min(...runs.map((r) => Date.parse(r.startedAt)));
  return {
    ...runs[0],
    verdict: joinVerdicts(scenarios.map((x) => x.verdict)),
    startedAt: new Date(began).toISOString(),
    durationMs: Math.max(...runs.map((r) => Date.parse(r.startedAt) + r.durationMs)) - began,
    scenarios,
  };
}
