// The action's gating and comment over time: known races, fail-on: new-race against the base
// branch's report artifact (found through the REST API of the loopback GitHub), the comment's
// "since the last run", a run that cannot run replacing a green comment, and comment-mode: recreate.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { FakeGitHub } from "./helpers/fake-github.js";
import { HEAD_SHA, prPayload, runAction } from "./helpers/run-action.js";
import { artifactZip, report, scenario } from "./helpers/reports.js";

const TOKEN = "ghs_gatingTestToken0123456789";
const APP = "test/fixtures/gating-app";
const MARKER = `<!-- race-check:${APP}/race-check.config.ts -->`;
const BASE_SHA = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567";

async function withGitHub<T>(fn: (gh: FakeGitHub) => Promise<T>): Promise<T> {
  const gh = new FakeGitHub("berryfun", "app");
  await gh.start();
  try {
    return await fn(gh);
  } finally {
    await gh.close();
  }
}

async function tmp(name: string): Promise<string> {
  return path.join(await mkdtemp(path.join(os.tmpdir(), "race-check-gating-")), name);
}

const pr = async (gh: FakeGitHub, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction({
    apiUrl: gh.url,
    payload: prPayload(7),
    env: { EXPECT_RACE: "", ...env },
    inputs: {
      "working-directory": APP,
      rounds: "2",
      "github-token": TOKEN,
      "report-path": await tmp("report.json"),
      ...inputs,
    },
  });

test("fail-on: new-race against the base branch's report artifact fails only on the new race; the comment shows new and still racing", async () => {
  await withGitHub(async (gh) => {
    // main's latest completed run that kept a report, in which Counter already raced. Newer: a run
    // that failed before writing its report (no artifact) and one still running (not completed).
    const baseline = report([scenario("Counter", "race"), scenario("Counter (atomic)", "ok")]);
    gh.addRun(
      { head_sha: "1".repeat(40), conclusion: "success" },
      { "race-check-report": artifactZip({ "old.json": "{}" }) },
    );
    gh.addRun({ head_sha: BASE_SHA }, { "race-check-report": artifactZip({ "race-check-report.json": baseline }) });
    gh.addRun({ head_sha: "2".repeat(40), conclusion: "failure" }, {});
    gh.addRun(
      { head_sha: "4".repeat(40), status: "in_progress" },
      { "race-check-report": artifactZip({ "x.json": "{}" }) },
    );
    gh.addRun({ head_sha: "3".repeat(40), head_branch: "feature" }, {});

    const r = await pr(gh, { "fail-on": "new-race", baseline: "artifact" });
    assert.equal(r.exitCode, 1, r.stdout + r.stderr);
    const failures = r.errors.filter((l) => l.startsWith("::error::"));
    assert.equal(failures.length, 1, r.errors.join("\n"));
    assert.match(
      failures[0],
      /^::error::race-check: new race condition in 1 of 3 scenarios: Second counter \(Lost updates/,
    );
    assert.deepEqual(JSON.parse(r.outputs["new-races"]), ["Second counter"]);
    assert.equal(r.outputs.verdict, "race");
    assert.equal(r.outputs.races, "2");

    // The newest completed run on main with a report, found and downloaded through the redirect.
    const asked = gh.requests.map((q) => `${q.method} ${q.path}${q.query.size ? `?${q.query}` : ""}`);
    assert.ok(
      asked.includes(
        "GET /repos/berryfun/app/actions/workflows/race-check.yml/runs?branch=main&status=completed&per_page=10",
      ),
      asked.join("\n"),
    );
    assert.ok(asked.some((a) => /^GET \/blob\/\d+\.zip$/.test(a)));

    assert.equal(gh.comments.length, 1);
    const body = gh.comments[0].body;
    assert.match(body, /^### 🔴 race-check: 2 of 3 scenarios show a race condition \(1 failing the check\)$/m);
    assert.match(
      body,
      /Against the baseline main at 0a1b2c3: 1 new race \(Second counter\); 1 still racing \(Counter\)\./,
    );
    assert.match(body, /\| Second counter \| 🔴 RACE CONDITION · new \|/);
    assert.match(body, /\| Counter \| 🔴 RACE CONDITION · also in the baseline \|/);

    // A baseline file in which both raced: nothing new, the step passes; the comment remembers.
    const both = await tmp("base.json");
    await writeFile(both, JSON.stringify(report([scenario("Counter", "race"), scenario("Second counter", "race")])));
    const again = await pr(gh, { "fail-on": "new-race", baseline: both });
    assert.equal(again.exitCode, 0, again.stdout + again.stderr);
    assert.deepEqual(JSON.parse(again.outputs["new-races"]), []);
    assert.equal(gh.comments.length, 1, "the same comment, updated");
    const updated = gh.comments[0].body;
    assert.match(updated, /^### 🟠 race-check: 2 of 3 scenarios show a race condition, none failing the check/m);
    assert.match(updated, /2 still racing \(Counter, Second counter\)/);
    assert.match(
      updated,
      new RegExp(`\\*\\*Since the last run\\*\\* \\(\\[\`${HEAD_SHA.slice(0, 7)}\`\\]\\([^)]+\\)\\): no change\\.`),
    );
    // Races that fail nothing are warnings on the code, not errors.
    assert.equal(again.errors.length, 0, again.errors.join("\n"));
    assert.ok(again.warnings.some((w) => w.includes("file=test/fixtures/gating-app/convex/counter.ts")));
  });
});

test("baseline: artifact on a red main: the report of main's only run, which failed, is the baseline", async () => {
  await withGitHub(async (gh) => {
    // main's check failed on Counter's race, but uploaded its report before the step failed.
    const baseline = report([scenario("Counter", "race"), scenario("Second counter", "race")]);
    gh.addRun(
      { head_sha: BASE_SHA, conclusion: "failure" },
      { "race-check-report": artifactZip({ "race-check-report.json": baseline }) },
    );
    const r = await pr(gh, { scenario: "Counter\nSecond counter", "fail-on": "new-race", baseline: "artifact" });
    assert.equal(r.exitCode, 0, r.stdout + r.stderr);
    assert.deepEqual(JSON.parse(r.outputs["new-races"]), []);
    assert.equal(r.outputs.races, "2");
    assert.ok(!r.warnings.some((w) => /no baseline report/.test(w)), r.warnings.join("\n"));
    assert.match(r.stdout, new RegExp(`baseline: the report of run \\d+ on main \\(${BASE_SHA}\\)`));
    assert.match(
      gh.comments[0].body,
      /Against the baseline main at 0a1b2c3: 2 still racing \(Counter, Second counter\)/,
    );
  });
});

test('expect: "race" in the action: the known race passes and is reported; an expected race that stops showing may be fixed', async () => {
  await withGitHub(async (gh) => {
    const r = await pr(gh, { scenario: "Counter\nCounter (atomic)" }, { EXPECT_RACE: "Counter,Counter (atomic)" });
    assert.equal(r.exitCode, 0, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, "race");
    assert.equal(r.outputs.races, "1");
    assert.deepEqual(JSON.parse(r.outputs["new-races"]), []);
    assert.deepEqual(JSON.parse(r.outputs.fixed), ["Counter (atomic)"]);
    assert.match(r.stdout, /^Counter: RACE CONDITION \(known race: reported, not failing\)$/m);
    const body = gh.comments[0].body;
    assert.match(body, /\| Counter \| 🔴 RACE CONDITION · known race \|/);
    assert.match(body, /\| Counter \(atomic\) \| 🟢 OK · may be fixed \|/);
    assert.match(body, /1 expected race not seen, may be fixed \(Counter \(atomic\)\)/);
  });
});

test("a run that cannot run after a green one turns the comment into 'could not run'; comment-mode: recreate posts anew when the verdict changes", async () => {
  await withGitHub(async (gh) => {
    const green = await pr(gh, { scenario: "Counter (atomic)" });
    assert.equal(green.exitCode, 0, green.stdout + green.stderr);
    assert.equal(gh.comments.length, 1);
    const comment = gh.comments[0];
    assert.match(comment.body, /^### 🟢 race-check: no race condition in 1 scenario\(s\)$/m);

    // The same config, now failing to load: one line, and the green comment is replaced.
    const broken = await pr(gh, { scenario: "Counter (atomic)" }, { BREAK_CONFIG: "the config broke" });
    assert.equal(broken.exitCode, 1);
    assert.equal(broken.errors.length, 1, broken.errors.join("\n"));
    assert.match(broken.errors[0], /^::error::race-check: cannot load race-check\.config\.ts: the config broke$/);
    assert.equal(broken.outputs.verdict, "error");
    assert.equal(gh.comments.length, 1);
    assert.match(
      comment.body,
      new RegExp(
        `^### ⚠️ race-check could not run on \\[\`${HEAD_SHA.slice(0, 7)}\`\\]\\(https://example\\.test/berryfun/app/commit/${HEAD_SHA}\\): cannot load race-check\\.config\\.ts: the config broke$`,
        "m",
      ),
    );
    assert.match(comment.body, /\*\*The last run\*\* \(.*?\): 🟢 OK\./);
    assert.doesNotMatch(comment.body, /no race condition/);
    assert.equal(broken.outputs["comment-url"], comment.html_url);

    // recreate: the verdict changes (could not run → race), so a new comment notifies the pull
    // request and the old one is minimized as outdated.
    const racy = await pr(gh, { scenario: "Counter", "comment-mode": "recreate" });
    assert.equal(racy.exitCode, 1, racy.stdout + racy.stderr);
    assert.equal(gh.comments.length, 2);
    assert.deepEqual(comment.minimized, { classifier: "OUTDATED" });
    const fresh = gh.comments[1];
    assert.ok(fresh.body.startsWith(MARKER));
    assert.match(fresh.body, /\*\*Since the last run\*\* \(.*?\): that run could not run; this one did\./);
    assert.equal(racy.outputs["comment-url"], fresh.html_url);

    // The same verdict again: edited in place, nobody notified twice.
    const same = await pr(gh, { scenario: "Counter", "comment-mode": "recreate" });
    assert.equal(same.exitCode, 1);
    assert.equal(gh.comments.length, 2);
    assert.equal(fresh.minimized, undefined);
    assert.match(fresh.body, /\*\*Since the last run\*\* \(.*?\): no change\./);
  });
});
