// The action off pull requests (push, schedule) and with a report too big for a comment. The
// action's entry runs in this process (helpers/in-process.ts), with a runner's files and env.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { FakeGitHub } from "./helpers/fake-github.js";
import { runActionInProcess as runAction } from "./helpers/in-process.js";
import { prPayload } from "./helpers/run-action.js";
import { TRUNCATION_NOTE } from "../src/action/fit-body.js";

const TOKEN = "ghs_eventsTestToken";

async function withGitHub<T>(fn: (gh: FakeGitHub) => Promise<T>): Promise<T> {
  const gh = new FakeGitHub("berryfun", "app");
  await gh.start();
  try {
    return await fn(gh);
  } finally {
    await gh.close();
  }
}

async function reportPath(): Promise<string> {
  return path.join(await mkdtemp(path.join(os.tmpdir(), "race-check-report-")), "report.json");
}

test("push: no PR comment, summary and outputs still written", async () => {
  await withGitHub(async (gh) => {
    const r = await runAction({
      event: "push",
      payload: { ref: "refs/heads/main" },
      apiUrl: gh.url,
      inputs: { rounds: "2", scenario: "Coupon Claim Race", "github-token": TOKEN, "report-path": await reportPath() },
    });
    assert.equal(r.exitCode, 1, r.stdout);
    assert.equal(gh.requests.length, 0, "no GitHub API call at all");
    assert.equal(r.outputs.verdict, "race");
    assert.equal(r.outputs["comment-url"], "");
    assert.match(r.summary, /Coupon Claim Race/);
  });
});

test("schedule with issue-on-race: one tracking issue, updated by the next race, resolved by a clean run", async () => {
  await withGitHub(async (gh) => {
    const nightly = async (scenario: string) =>
      runAction({
        event: "schedule",
        payload: { schedule: "0 3 * * *" },
        apiUrl: gh.url,
        inputs: {
          rounds: "2",
          scenario,
          "issue-on-race": "true",
          "github-token": TOKEN,
          "report-path": await reportPath(),
        },
      });
    // Someone else's open issue quoting the marker is not the tracking issue.
    gh.addIssue({ login: "mallory", type: "User" }, "copy", "<!-- race-check-tracking:race-check.config.ts -->");

    const first = await nightly("Coupon Claim Race");
    assert.equal(first.exitCode, 1);
    assert.equal(gh.issues.length, 2);
    const tracking = gh.issues[1];
    assert.equal(tracking.title, "race-check: race condition found (race-check.config.ts)");
    assert.match(tracking.body, /^<!-- race-check-tracking:race-check\.config\.ts -->\n/);
    assert.match(tracking.body, /Coupon Claim Race/);
    assert.equal(first.outputs["comment-url"], tracking.html_url);
    assert.equal(gh.comments.length, 0, "no comment off pull requests");

    const second = await nightly("Session Capacity Race");
    assert.equal(second.exitCode, 1);
    assert.equal(gh.issues.length, 2, "the same issue, updated");
    assert.match(tracking.body, /Session Capacity Race/);

    const clean = await nightly("Coupon Claim (atomic)");
    assert.equal(clean.exitCode, 0, clean.stdout);
    assert.equal(gh.comments.length, 1);
    assert.equal(gh.comments[0].issue, tracking.number);
    assert.match(
      gh.comments[0].body,
      /Resolved: \[this run\]\(https:\/\/example\.test\/berryfun\/app\/actions\/runs\/4242\)/,
    );
    assert.equal(tracking.state, "closed");
    assert.equal(gh.issues[0].state, "open", "the stranger's issue is untouched");
    assert.equal(clean.outputs["comment-url"], gh.comments[0].html_url);
  });
});

test("an oversized report is truncated in the comment with a visible note; the summary keeps it whole", async () => {
  const project = path.resolve("test/fixtures/big-report-app");
  await withGitHub(async (gh) => {
    const r = await runAction({
      workspace: path.resolve("."),
      apiUrl: gh.url,
      payload: prPayload(3),
      inputs: {
        "working-directory": "test/fixtures/big-report-app",
        "github-token": TOKEN,
        "report-path": await reportPath(),
      },
    });
    assert.equal(r.exitCode, 1, r.stdout + r.stderr);
    assert.equal(gh.comments.length, 1, r.warnings.join("\n"));
    const body = gh.comments[0].body;
    assert.ok(body.length < 65_536, `${body.length} characters`);
    assert.ok(body.startsWith("<!-- race-check:test/fixtures/big-report-app/race-check.config.ts -->"));
    assert.ok(body.endsWith(TRUNCATION_NOTE));
    assert.match(body, /race-check: 1 of 1 scenarios show a race condition/);
    // The cut closed the <details> it fell into.
    assert.equal(body.match(/<details>/g)?.length, body.match(/<\/details>/g)?.length);
    assert.ok(r.summary.length > 100_000, "summary holds the whole history");
    assert.ok(!r.summary.includes(TRUNCATION_NOTE));
    // Annotations point into the project, relative to the repository root.
    assert.ok(
      r.errors.some((l) => l.includes(`file=${path.relative(".", project)}/convex/echo.ts,line=5,`)),
      r.errors.join("\n"),
    );
  });
});
