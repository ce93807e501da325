// Sharding a run over a CI matrix and merging the shards' reports: the split covers every round
// exactly once, the shards of a run merge into what one run of the same work reports, and reports
// that are not parts of one run are refused with one line.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import fc from "fast-check";
import { fingerprintConfig } from "../src/config/prepare.ts";
import { ConfigError } from "../src/errors.ts";
import { mergeShardReports, parseReport } from "../src/engine/merge.ts";
import type { RunResult, ScenarioResult } from "../src/engine/result.ts";
import { parseShard, planShards, shardSeed, type PlannedScenario } from "../src/engine/shard.ts";
import { renderJson } from "../src/report/json.ts";
import { renderText } from "../src/report/text.ts";
import { runRaceCheck } from "../src/run.ts";

/** Every (scenario, round) the shards of a split run, counted. */
function coverage(plan: PlannedScenario[], count: number): Map<string, number> {
  const seen = new Map<string, number>();
  for (const parts of planShards(plan, count)) {
    for (const p of parts) {
      assert.ok(p.from >= 1 && p.from <= p.to && p.to <= plan[p.scenario].rounds, JSON.stringify(p));
      for (let r = p.from; r <= p.to; r++) seen.set(`${p.scenario}:${r}`, (seen.get(`${p.scenario}:${r}`) ?? 0) + 1);
    }
  }
  return seen;
}

test("every split covers every scenario and round exactly once, and no shard gets work while another is idle", () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ rounds: fc.integer({ min: 1, max: 40 }), clients: fc.integer({ min: 1, max: 50 }) }), {
        minLength: 1,
        maxLength: 8,
      }),
      fc.integer({ min: 1, max: 30 }),
      (sizes, count) => {
        const plan = sizes.map((s, i) => ({ name: `s${i}`, ...s }));
        const seen = coverage(plan, count);
        const total = plan.reduce((n, s) => n + s.rounds, 0);
        assert.equal(seen.size, total);
        for (const [key, n] of seen) assert.equal(n, 1, `${key} run ${n} times`);
        const shards = planShards(plan, count);
        assert.equal(shards.length, count);
        // Idle shards only when there are fewer rounds than shards.
        const idle = shards.filter((p) => p.length === 0).length;
        assert.equal(idle, Math.max(0, count - total));
        // The split is a function of its inputs.
        assert.deepEqual(planShards(plan, count), shards);
      },
    ),
  );
});

test("scenarios are dealt out whole while they outnumber the shards; rounds are cut only beyond that", () => {
  const plan = [
    { name: "a", rounds: 20, clients: 10 },
    { name: "b", rounds: 20, clients: 10 },
    { name: "c", rounds: 20, clients: 5 },
  ];
  for (const parts of planShards(plan, 2).flat()) assert.deepEqual([parts.from, parts.to], [1, 20]);
  // Four shards, three scenarios: the costliest scenario (a, first of the ties) is cut in two.
  assert.deepEqual(planShards(plan, 4), [
    [{ scenario: 0, from: 1, to: 10 }],
    [{ scenario: 0, from: 11, to: 20 }],
    [{ scenario: 1, from: 1, to: 20 }],
    [{ scenario: 2, from: 1, to: 20 }],
  ]);
});

test("--shard takes i/n and nothing else; each shard's seed is its own and fixed", () => {
  assert.deepEqual(parseShard("2/4", "--shard"), { index: 2, count: 4 });
  assert.equal(parseShard(undefined, "--shard"), undefined);
  for (const bad of ["0/4", "5/4", "2", "a/b", "1/0", "1/257", "-1/2"]) {
    assert.throws(
      () => parseShard(bad, "--shard"),
      (e: Error) => e instanceof ConfigError && /--shard: "/.test(e.message),
    );
  }
  const seeds = new Set(Array.from({ length: 8 }, (_, i) => shardSeed(42, { index: i + 1, count: 8 })));
  assert.equal(seeds.size, 8);
  assert.equal(shardSeed(42, { index: 3, count: 8 }), shardSeed(42, { index: 3, count: 8 }));
  assert.notEqual(shardSeed(42, { index: 3, count: 8 }), shardSeed(43, { index: 3, count: 8 }));
});

const SEED = 7;
const ROUNDS = 5;
// A racy scenario and a clean one; the racy one costs twice as much (10 clients against 5).
const SCENARIOS = ["Session Capacity Race", "Coupon Claim (atomic)"];
let whole: RunResult;
let halves: RunResult[];
let thirds: RunResult[];

function run(shard?: { index: number; count: number }): Promise<RunResult> {
  return runRaceCheck({ configFile: "race-check.config.ts", scenario: SCENARIOS, rounds: ROUNDS, seed: SEED, shard });
}

before(async () => {
  whole = await run();
  halves = [await run({ index: 1, count: 2 }), await run({ index: 2, count: 2 })];
  thirds = [await run({ index: 1, count: 3 }), await run({ index: 2, count: 3 }), await run({ index: 3, count: 3 })];
});

function counts(s: ScenarioResult) {
  return { verdict: s.verdict, rounds: s.rounds, violations: s.violations, unknown: s.unknown, errors: s.errors };
}

test("--shard 1/2 and --shard 2/2 together run every scenario and round once, each with its recorded seed", () => {
  const ran = halves.flatMap((h) => h.scenarios.flatMap((s) => s.roundDetails.map((r) => `${s.name}:${r.round}`)));
  const expected = whole.scenarios.flatMap((s) => s.roundDetails.map((r) => `${s.name}:${r.round}`));
  assert.deepEqual([...ran].sort(), [...expected].sort());
  assert.equal(new Set(ran).size, ran.length);
  for (const [i, h] of halves.entries()) {
    assert.equal(h.seed, SEED);
    assert.deepEqual(
      { index: h.shard?.index, count: h.shard?.count, seed: h.shard?.seed },
      { index: i + 1, count: 2, seed: shardSeed(SEED, { index: i + 1, count: 2 }) },
    );
    assert.equal(
      h.shard!.command,
      `npx race-check run --config race-check.config.ts --scenario "Session Capacity Race" --scenario "Coupon Claim (atomic)" --rounds 5 --seed 7 --shard ${i + 1}/2`,
    );
    for (const s of h.scenarios)
      assert.deepEqual(s.shardRounds, { of: ROUNDS, parts: [{ shard: i + 1, from: 1, to: ROUNDS }] });
  }
  // A racy scenario's reproduce command re-runs its shard.
  const text = renderText(halves.find((h) => h.verdict === "race")!);
  assert.match(text, /reproduce: npx race-check run --config race-check\.config\.ts .*--seed 7 --shard 1\/2\n/);
  assert.match(text, /shard \d\/2 \(shard seed \d+\)/);
});

test("merging the two shards gives, scenario by scenario, the counts of the same work done in one run", () => {
  // Through JSON, as the reports travel between jobs.
  const reports = halves.map((h, i) => ({
    label: `shard-${i + 1}.json`,
    run: parseReport(renderJson(h), `shard-${i + 1}.json`),
  }));
  const merged = mergeShardReports(reports.reverse());
  assert.equal(merged.verdict, whole.verdict);
  assert.deepEqual(
    merged.scenarios.map((s) => [s.name, counts(s)]),
    whole.scenarios.map((s) => [s.name, counts(s)]),
  );
  for (const s of merged.scenarios) {
    const one = whole.scenarios.find((x) => x.name === s.name)!;
    assert.equal(s.headline, one.headline);
    assert.deepEqual(s.interval, one.interval);
    assert.equal(s.upperBound, one.upperBound);
    assert.deepEqual(s.worst, one.worst);
    // Which client is refused first depends on the fire order, and each shard has its own seed.
    const { firstFailure: _a, ...ops } = s.operations!;
    const { firstFailure: _b, ...oneOps } = one.operations!;
    assert.deepEqual(ops, oneOps);
    assert.deepEqual(
      s.roundDetails.map((r) => r.round),
      one.roundDetails.map((r) => r.round),
    );
    // The spread is recomputed from every round's own spread, not from the shards' medians.
    const spreads = s.roundDetails.map((r) => r.fireSpreadMs!);
    assert.equal(s.fireSpread.max, Math.max(...spreads));
  }
  assert.deepEqual(merged.merged?.missing, []);
  assert.deepEqual(
    merged.merged?.shards.map((x) => x.index),
    [1, 2],
  );
  assert.match(renderText(merged), /2 of 2 shards merged, seed 7/);
});

test("with more shards than scenarios the rounds are cut, and the merge still equals one run", () => {
  const parts = thirds.flatMap((r) =>
    r.scenarios.map((s) => [s.name, s.shardRounds?.parts[0].from, s.shardRounds?.parts[0].to]),
  );
  assert.deepEqual(parts, [
    ["Session Capacity Race", 1, 3],
    ["Session Capacity Race", 4, 5],
    ["Coupon Claim (atomic)", 1, 5],
  ]);
  assert.deepEqual(
    thirds[1].scenarios[0].roundDetails.map((r) => r.round),
    [4, 5],
  );
  assert.match(renderText(thirds[1]), /rounds 4–5 of 5 \(shard 2\/3\)/);
  const merged = mergeShardReports(thirds.map((run, i) => ({ label: `s${i + 1}`, run })));
  assert.deepEqual(merged.scenarios.map(counts), whole.scenarios.map(counts));
  assert.deepEqual(merged.scenarios[0].shardRounds, {
    of: 5,
    parts: [
      { shard: 1, from: 1, to: 3 },
      { shard: 2, from: 4, to: 5 },
    ],
  });
  // Histories stay bounded and in round order across the cut.
  assert.deepEqual(
    merged.scenarios[0].histories?.map((h) => h.round),
    [1, 2, 3, 4, 5],
  );
  assert.equal(merged.scenarios[0].sampleRound?.round, 1);
  // The first violating round was shard 1's: its command reproduces it.
  assert.match(renderText(merged), /reproduce: .*--shard 1\/3\n/);
});

test("a shard with no work is refused before anything runs", async () => {
  await assert.rejects(
    runRaceCheck({
      configFile: "race-check.config.ts",
      scenario: "Coupon Claim Race",
      rounds: 2,
      shard: { index: 3, count: 3 },
    }),
    (e: Error) => e instanceof ConfigError && /--shard 3\/3: this shard has no work.*at most 2 shards/.test(e.message),
  );
});

test("a missing shard's rounds count as not run: the merged scenario is never OK", () => {
  const merged = mergeShardReports([{ label: "one", run: halves[0] }]);
  assert.deepEqual(merged.merged?.missing, [2]);
  const second = new Set(halves[1].scenarios.map((s) => s.name));
  for (const s of merged.scenarios) {
    if (!second.has(s.name)) continue;
    assert.equal(s.verdict, "error");
    assert.match(s.headline, /rounds 1–5 not merged: shard 2\/2's report is missing/);
  }
  assert.notEqual(merged.verdict, "ok");
  assert.match(renderText(merged), /1 of 2 shards merged, shard\(s\) 2\/2 missing/);
});

test("reports that are not parts of one run are refused with one line each", () => {
  const [a, b] = halves;
  const cases: [string, RunResult, RegExp][] = [
    [
      "other config",
      { ...b, config: "other.config.ts" },
      /b\.json is a report of config other\.config\.ts, a\.json race-check\.config\.ts/,
    ],
    [
      "other version",
      { ...b, tool: { name: "race-check", version: "9.9.9" } },
      /b\.json was written by race-check 9\.9\.9/,
    ],
    ["other count", { ...b, shard: { ...b.shard!, count: 3 } }, /b\.json is shard 2\/3, a\.json 1\/2/],
    [
      "other plan",
      { ...b, shard: { ...b.shard!, plan: b.shard!.plan.map((p) => ({ ...p, rounds: 9 })) } },
      /split different work/,
    ],
    ["duplicate", a, /a\.json and b\.json are both shard 1\/2/],
    ["not a shard", { ...b, shard: undefined }, /b\.json is not a shard report/],
    ["other backend", { ...b, backend: { kind: "local" } }, /b\.json ran on backend local, a\.json embedded/],
  ];
  for (const [what, other, message] of cases) {
    assert.throws(
      () =>
        mergeShardReports([
          { label: "a.json", run: a },
          { label: "b.json", run: other },
        ]),
      (e: Error) => e instanceof ConfigError && message.test(e.message) && !e.message.includes("\n"),
      what,
    );
  }
  assert.throws(() => parseReport("{}", "x.json"), /x\.json: not a race-check JSON report/);
  assert.throws(() => parseReport("nope", "x.json"), /x\.json: not a JSON report/);
});

test("a config fingerprint tells apart configs with the same path and plan: text and working directory", async () => {
  // Every shard of one run carries the same one, and so does the merge.
  const fingerprint = halves[0].configFingerprint;
  assert.match(fingerprint ?? "", /^sha256:[0-9a-f]{64}$/);
  assert.equal(halves[1].configFingerprint, fingerprint);
  assert.equal(whole.configFingerprint, fingerprint);
  assert.equal(mergeShardReports(halves.map((run, i) => ({ label: `s${i}`, run }))).configFingerprint, fingerprint);

  // A repository with two apps, each with its own race-check.config.ts.
  const repo = await mkdtemp(path.join(os.tmpdir(), "race-check-fingerprint-"));
  await mkdir(path.join(repo, ".git"));
  const config = (dir: string) => path.join(repo, dir, "race-check.config.ts");
  const text = "export default { scenarios: [] };\n";
  for (const [dir, body] of [
    ["a", text],
    ["b", text],
    ["c", text.replace("[]", "[ ]")],
    ["d", text.replace(/\n/g, "\r\n")],
  ]) {
    await mkdir(path.join(repo, dir));
    await writeFile(config(dir), body);
  }
  const of = (dir: string, cwd = dir) => fingerprintConfig(config(dir), path.join(repo, cwd));
  assert.equal(await of("a"), await of("a"));
  assert.notEqual(await of("a"), await of("b"), "the same text in another working directory");
  assert.notEqual(await of("c", "a"), await of("a"), "another text in the same working directory");
  assert.equal(await of("d", "a"), await of("a"), "line endings are not the config");

  const [a, b] = halves;
  const refuse = (other: RunResult, first: RunResult, message: RegExp) =>
    assert.throws(
      () =>
        mergeShardReports([
          { label: "a.json", run: first },
          { label: "b.json", run: other },
        ]),
      (e: Error) => e instanceof ConfigError && message.test(e.message) && !e.message.includes("\n"),
    );
  refuse(
    { ...b, configFingerprint: await of("c", "a") },
    a,
    /^merge: b\.json and a\.json are reports of different configs at the same path race-check\.config\.ts \(the file's text or the working directory differ\)/,
  );
  // Reports from before the fingerprint merge with each other only.
  const { configFingerprint: _a, ...oldA } = a;
  const { configFingerprint: _b, ...oldB } = b;
  const old = mergeShardReports([
    { label: "a.json", run: oldA },
    { label: "b.json", run: oldB },
  ]);
  assert.equal(old.configFingerprint, undefined);
  assert.deepEqual(old.merged?.missing, []);
  refuse(oldB, a, /^merge: b\.json has no config fingerprint \(an older race-check wrote it\), a\.json has one/);
  refuse(b, oldA, /^merge: a\.json has no config fingerprint \(an older race-check wrote it\), b\.json has one/);
});

test("race-check merge: merged JSON from the shards' files, and one line with exit 2 for mismatched reports", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-merge-"));
  const files = await Promise.all(
    halves.map(async (h, i) => {
      const file = path.join(dir, `shard-${i + 1}.json`);
      await writeFile(file, renderJson(h));
      return file;
    }),
  );
  const out = path.join(dir, "merged.json");
  const ok = await execa(process.execPath, ["bin/race-check.js", "merge", ...files, "--json", out], { reject: false });
  assert.equal(ok.exitCode, whole.verdict === "race" ? 1 : 0, ok.stderr);
  const merged = JSON.parse(await readFile(out, "utf8")) as RunResult;
  assert.deepEqual(merged.scenarios.map(counts), whole.scenarios.map(counts));

  const other = path.join(dir, "other.json");
  await writeFile(other, renderJson({ ...halves[1], config: "other.config.ts" }));
  const bad = await execa(process.execPath, ["bin/race-check.js", "merge", files[0], other], { reject: false });
  assert.equal(bad.exitCode, 2);
  assert.equal(bad.stdout, "");
  assert.equal(bad.stderr.trim().split("\n").length, 1, bad.stderr);
  assert.match(bad.stderr, /^race-check: merge: .*other\.json is a report of config other\.config\.ts/);

  // The same path and plan, another config behind them: refused the same way.
  const edited = path.join(dir, "edited.json");
  await writeFile(edited, renderJson({ ...halves[1], configFingerprint: `sha256:${"0".repeat(64)}` }));
  const differ = await execa(process.execPath, ["bin/race-check.js", "merge", files[0], edited], { reject: false });
  assert.equal(differ.exitCode, 2);
  assert.equal(differ.stdout, "");
  assert.equal(differ.stderr.trim().split("\n").length, 1, differ.stderr);
  assert.match(
    differ.stderr,
    /^race-check: merge: .*edited\.json and .*shard-1\.json are reports of different configs/,
  );
});

test("the shards' interleaving searches are put side by side, each scenario once", () => {
  const search = (run: RunResult, names: string[]): RunResult => ({
    ...run,
    mode: "explore",
    verdict: run.scenarios.some((s) => names.includes(s.name) && s.verdict === "race") ? "race" : "ok",
    scenarios: run.scenarios.filter((s) => names.includes(s.name)).map((s) => ({ ...s, mode: "explore" as const })),
  });
  const [a, b] = halves;
  const withSearch = [
    {
      ...a,
      explore: search(
        a,
        a.scenarios.map((s) => s.name),
      ),
    },
    {
      ...b,
      explore: search(
        b,
        b.scenarios.map((s) => s.name),
      ),
    },
  ];
  const merged = mergeShardReports(withSearch.map((run, i) => ({ label: `s${i + 1}`, run })));
  assert.deepEqual(
    merged.explore?.scenarios.map((s) => s.name),
    SCENARIOS,
  );
  assert.equal(merged.explore?.verdict, "race");
  const twice = {
    ...b,
    explore: search(
      a,
      a.scenarios.map((s) => s.name),
    ),
  };
  assert.throws(
    () =>
      mergeShardReports([
        { label: "s1", run: withSearch[0] },
        { label: "s2", run: twice },
      ]),
    /merge: s1 and s2 both explored "Session Capacity Race"/,
  );
});
