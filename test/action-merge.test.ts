// The action in a matrix: shard jobs (input shard) race and upload their reports without
// commenting; the merge job (mode: merge) downloads them from the run's artifacts, merges them and
// writes the one PR comment. Real @actions/artifact against a loopback artifact service, a loopback
// GitHub API, the action run as a runner runs it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { RunContext } from "../src/action/run-context.ts";
import { artifactPattern } from "../src/action/shard-artifacts.ts";
import type { RunResult } from "../src/engine/result.ts";
import { renderJson } from "../src/report/json.ts";
import { runRaceCheck } from "../src/run.ts";
import { FakeGitHub } from "./helpers/fake-github.js";
import { FakeResults } from "./helpers/fake-results.js";
import { prPayload, runAction } from "./helpers/run-action.js";

const SCENARIOS = "Session Capacity Race\nCoupon Claim (atomic)";
const gh = new FakeGitHub("berryfun", "app");
const results = new FakeResults();
let dir: string;

function runnerEnv(): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: FakeResults.runtimeToken(),
    ACTIONS_RESULTS_URL: `${results.url}/`,
    // The artifact client refuses GitHub Enterprise Server hosts; a .localhost host is not one.
    GITHUB_SERVER_URL: "https://github.localhost",
  };
}

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "race-check-matrix-"));
  await gh.start();
  await results.start();
});

after(async () => {
  await gh.close();
  await results.close();
});

test("artifact-pattern: * and ? over artifact names, everything else literal", () => {
  const p = artifactPattern("race-check-report*");
  assert.ok(p.test("race-check-report-shard-1-of-4") && p.test("race-check-report"));
  assert.ok(!p.test("my-race-check-report") && !p.test("coverage"));
  assert.ok(artifactPattern("r?.json").test("r1.json") && !artifactPattern("r?.json").test("r1xjson"));
});

test("a shard job races its part, uploads its report under its own name and writes no comment", async () => {
  const r = await runAction({
    apiUrl: gh.url,
    payload: prPayload(7),
    inputs: {
      rounds: "2",
      seed: "7",
      scenario: SCENARIOS,
      shard: "1/2",
      "fail-on": "never",
      "github-token": "ghs_matrixTest",
      "report-path": path.join(dir, "shard-1.json"),
    },
    env: runnerEnv(),
  });
  assert.equal(r.exitCode, 0, r.stdout + r.stderr);
  assert.equal(r.outputs.verdict, "race");
  assert.equal(r.outputs["comment-url"], "");
  assert.match(r.stdout, /shard 1\/2: the PR comment and the tracking issue are left to the merge job/);
  assert.deepEqual(gh.writes(), []);
  const uploaded = results.artifacts.find((a) => a.name === "race-check-report-shard-1-of-2");
  assert.ok(uploaded?.finalized, results.artifacts.map((a) => a.name).join(", "));
  const report = JSON.parse(await readFile(path.join(dir, "shard-1.json"), "utf8")) as RunResult;
  assert.deepEqual({ index: report.shard?.index, count: report.shard?.count }, { index: 1, count: 2 });
  assert.deepEqual(
    report.scenarios.map((s) => s.name),
    ["Session Capacity Race"],
  );
});

test("mode: merge downloads the shards' reports, merges them and posts exactly one comment", async () => {
  // The other shard job, and artifacts the merge must leave alone: another tool's, and this job's
  // own merged report from an earlier attempt.
  const second = await runRaceCheck({
    configFile: "race-check.config.ts",
    scenario: SCENARIOS.split("\n"),
    rounds: 2,
    seed: 7,
    shard: { index: 2, count: 2 },
  });
  results.addArtifact(
    "race-check-report-shard-2-of-2",
    zipSync({ "race-check-report.json": strToU8(renderJson(second)) }),
  );
  results.addArtifact("coverage", zipSync({ "coverage.json": strToU8("{}") }));
  results.addArtifact("race-check-report", zipSync({ "race-check-report.json": strToU8("not a report") }));
  // The merge job needs no checkout: an empty workspace.
  const workspace = await mkdtemp(path.join(os.tmpdir(), "race-check-merge-job-"));
  const r = await runAction({
    workspace,
    apiUrl: gh.url,
    payload: prPayload(7),
    inputs: { mode: "merge", "github-token": "ghs_matrixTest" },
    env: runnerEnv(),
  });
  assert.equal(r.exitCode, 1, r.stdout + r.stderr);
  assert.equal(r.outputs.verdict, "race", r.stdout);
  assert.equal(r.outputs.races, "1");
  assert.deepEqual(JSON.parse(r.outputs["detection-rates"]), {
    "Session Capacity Race": 1,
    "Coupon Claim (atomic)": 0,
  });
  assert.deepEqual([...results.downloads].sort(), ["race-check-report-shard-1-of-2", "race-check-report-shard-2-of-2"]);

  const comments = gh.comments.filter((c) => c.issue === 7);
  assert.equal(comments.length, 1);
  assert.deepEqual(
    gh.writes().map((w) => `${w.method} ${w.path}`),
    ["POST /repos/berryfun/app/issues/7/comments"],
  );
  const body = comments[0].body;
  assert.ok(body.startsWith("<!-- race-check:race-check.config.ts -->\n"), body.slice(0, 80));
  assert.match(body, /Session Capacity Race/);
  assert.match(body, /Coupon Claim \(atomic\)/);
  assert.match(body, /2 of 2 shards merged, seed 7/);
  assert.match(body, /--shard 1\/2/);
  assert.equal(r.outputs["comment-url"], comments[0].html_url);
  assert.match(r.summary, /2 of 2 shards merged/);
  // No checkout, yet the racy function is annotated and linked on its line: shard 1 found it in its
  // checkout and said where in the context file beside its report.
  assert.ok(
    r.errors.some((e) =>
      e.startsWith(
        "::error title=race-check%3A race condition in ledgerItems%3AaddToLedger,file=convex/ledgerItems.ts,line=",
      ),
    ),
    r.errors.join("\n"),
  );
  const link =
    /\[`ledgerItems:addToLedger`\]\(https:\/\/github\.localhost\/berryfun\/app\/blob\/[0-9a-f]{40}\/convex\/ledgerItems\.ts\\?#L\d+\)/;
  assert.match(body, link);
  assert.match(r.summary, link);

  const merged = JSON.parse(await readFile(path.join(workspace, "race-check-report.json"), "utf8")) as RunResult;
  assert.equal(merged.merged?.count, 2);
  assert.deepEqual(
    merged.scenarios.map((s) => [s.name, s.rounds]),
    [
      ["Session Capacity Race", 2],
      ["Coupon Claim (atomic)", 2],
    ],
  );
  // The merged report is uploaded under artifact-name, where the next attempt will skip it.
  const own = results.artifacts.filter((a) => a.name === "race-check-report");
  assert.equal(own.length, 2);
  const zipped = unzipSync(new Uint8Array(own[1].bytes));
  assert.ok(Object.keys(zipped).includes("race-check-report.json"));
  // Its context names the sources too, for a mode: publish after it.
  const context = JSON.parse(Buffer.from(zipped["race-check-report.event.json"]).toString()) as RunContext;
  assert.equal(context.sources["ledgerItems:addToLedger"]?.file, "convex/ledgerItems.ts");
});

test("mode: merge with no matching artifact, mode: publish outside workflow_run and a bad shard each fail with one line", async () => {
  const workspace = await mkdtemp(path.join(os.tmpdir(), "race-check-merge-job-"));
  const none = await runAction({
    workspace,
    apiUrl: gh.url,
    payload: prPayload(8),
    inputs: { mode: "merge", "artifact-pattern": "nothing-*", "github-token": "ghs_matrixTest" },
    env: runnerEnv(),
  });
  assert.equal(none.exitCode, 1);
  assert.equal(none.outputs.verdict, "error");
  assert.equal(none.errors.length, 1, none.errors.join("\n"));
  assert.match(none.errors[0], /no artifact of this workflow run matches artifact-pattern "nothing-\*"/);

  const publish = await runAction({ workspace, apiUrl: gh.url, payload: prPayload(8), inputs: { mode: "publish" } });
  assert.equal(publish.exitCode, 1);
  assert.equal(publish.errors.length, 1);
  assert.match(publish.errors[0], /mode: publish runs in a workflow started by workflow_run/);
  const bad = await runAction({ workspace, apiUrl: gh.url, payload: prPayload(8), inputs: { mode: "sideways" } });
  assert.match(bad.errors.join("\n"), /input mode: "sideways" is not one of run \| merge \| publish/);
  const shard = await runAction({ workspace, apiUrl: gh.url, payload: prPayload(8), inputs: { shard: "5/4" } });
  assert.deepEqual(shard.errors, [
    '::error::race-check: input shard: "5/4" is not a shard i/n with 1 ≤ i ≤ n ≤ 256 (e.g. 1/4: the first of four shards)',
  ]);
  // A check that could not run says so on the pull request, replacing what an earlier run said.
  assert.ok(gh.comments.filter((c) => c.issue === 8).every((c) => /could not run/.test(c.body)));
});

test("the functions' logs land beside report-path and in the artifact, and the report names them there", async () => {
  const report = path.join(dir, "logs", "report.json");
  const r = await runAction({
    event: "push",
    inputs: {
      "working-directory": "test/fixtures/scheduled-app",
      scenario: "Scheduled increment",
      rounds: "2",
      clients: "3",
      seed: "6",
      explore: "true",
      "explore-budget": "4",
      "artifact-name": "with-logs",
      "report-path": report,
    },
    env: runnerEnv(),
  });
  assert.equal(r.exitCode, 0, r.stdout + r.stderr);
  const runLog = path.join(dir, "logs", "report.log");
  const exploreLog = path.join(dir, "logs", "report.explore.log");
  for (const file of [runLog, exploreLog]) {
    assert.match(await readFile(file, "utf8"), /Error when running scheduled function counter:notify/);
  }
  const json = JSON.parse(await readFile(report, "utf8")) as RunResult;
  const rel = (f: string) => path.relative(path.resolve("test/fixtures/scheduled-app"), f);
  assert.equal(json.scenarios[0].logs?.file, rel(runLog));
  assert.equal(json.explore?.scenarios[0].logs?.file, rel(exploreLog));
  const uploaded = results.artifacts.find((a) => a.name === "with-logs");
  assert.ok(uploaded?.finalized);
  assert.deepEqual(Object.keys(unzipSync(uploaded.bytes)).sort(), [
    "report.event.json",
    "report.explore.log",
    "report.json",
    "report.log",
  ]);
});
