// mode: publish, the second half of the fork workflow: a workflow_run run downloads the report
// and context a pull_request run uploaded, checks with GitHub that the pull request is at the
// commit that run checked, and comments. Nothing of the artifact is run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { FakeGitHub } from "./helpers/fake-github.js";
import { runAction } from "./helpers/run-action.js";
import { artifactZip, report, scenario } from "./helpers/reports.js";

const TOKEN = "ghs_publishTestToken0123456789";
const HEAD = "5e6f708192a3b4c5d6e7f809123456781a2b3c4d";
const CONFIG = "apps/web/race-check.config.ts";

function context(extra: Record<string, unknown> = {}) {
  return {
    v: 1,
    event: { name: "pull_request", pullRequest: 12, headSha: HEAD, baseRef: "main" },
    configId: CONFIG,
    report: "race-check-report.json",
    sources: { "ledgerItems:addToLedger": { file: "apps/web/convex/ledgerItems.ts", line: 31 } },
    ...extra,
  };
}

const racy = report([scenario("Session Capacity Race", "race", { observed: [6, 9, 7] }), scenario("Atomic", "ok")]);

async function publish(gh: FakeGitHub, runId: number, inputs: Record<string, string> = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-publish-"));
  return runAction({
    event: "workflow_run",
    apiUrl: gh.url,
    payload: {
      action: "completed",
      workflow_run: { id: runId, head_sha: HEAD, event: "pull_request", workflow_id: 77 },
    },
    inputs: { mode: "publish", "github-token": TOKEN, "report-path": path.join(dir, "report.json"), ...inputs },
  });
}

async function withGitHub<T>(fn: (gh: FakeGitHub) => Promise<T>): Promise<T> {
  const gh = new FakeGitHub("berryfun", "app");
  await gh.start();
  try {
    return await fn(gh);
  } finally {
    await gh.close();
  }
}

test("publish: the fork's report lands as the pull request's comment, with links to its commit; the step fails on its race", async () => {
  await withGitHub(async (gh) => {
    gh.addPull(12, HEAD);
    const run = gh.addRun(
      { head_sha: HEAD, head_branch: "fork-branch", event: "pull_request" },
      {
        "race-check-report": artifactZip({
          "race-check-report.json": racy,
          "race-check-report.event.json": context(),
        }),
      },
    );
    const r = await publish(gh, run.id);
    assert.equal(r.exitCode, 1, r.stdout + r.stderr);
    assert.match(
      r.errors.at(-1) ?? "",
      /^::error::race-check: race condition in 1 of 2 scenarios: Session Capacity Race/,
    );
    assert.equal(r.outputs.verdict, "race");
    assert.equal(gh.comments.length, 1);
    const [comment] = gh.comments;
    assert.equal(comment.issue, 12);
    assert.ok(comment.body.startsWith(`<!-- race-check:${CONFIG} -->\n<!-- race-check-data:`));
    assert.match(comment.body, /^### 🔴 race-check: 1 of 2 scenarios show a race condition$/m);
    assert.match(
      comment.body,
      new RegExp(`\\[\`${HEAD.slice(0, 7)}\`\\]\\(https://example\\.test/berryfun/app/commit/${HEAD}\\)`),
    );
    assert.match(
      comment.body,
      new RegExp(`\\(https://example\\.test/berryfun/app/blob/${HEAD}/apps/web/convex/ledgerItems\\.ts#L31\\)`),
    );
    assert.match(
      comment.body,
      new RegExp(`\\[Workflow run\\]\\(https://example\\.test/berryfun/app/actions/runs/${run.id}\\)`),
    );
    // The pull request was checked with GitHub before anything was written.
    const first = gh.requests.findIndex((q) => q.path === "/repos/berryfun/app/pulls/12");
    const write = gh.requests.findIndex((q) => q.method === "POST" && q.path.endsWith("/comments"));
    assert.ok(first >= 0 && first < write);
    assert.equal(JSON.parse(await readFile(r.outputs.report, "utf8")).verdict, "race");
    assert.equal(r.outputs["comment-url"], comment.html_url);
  });
});

test("publish: an artifact that names another commit, or a pull request that moved on, gets no comment", async () => {
  await withGitHub(async (gh) => {
    gh.addPull(12, "9".repeat(40));
    const files = { "race-check-report.json": racy, "race-check-report.event.json": context() };
    const moved = gh.addRun({ head_sha: HEAD, event: "pull_request" }, { "race-check-report": artifactZip(files) });
    const stale = await publish(gh, moved.id);
    assert.equal(stale.exitCode, 0, stale.stdout + stale.stderr);
    assert.ok(
      stale.warnings.some((w) => /pull request #12 is now at 9{40}/.test(w)),
      stale.warnings.join("\n"),
    );

    const lying = gh.addRun(
      { head_sha: HEAD, event: "pull_request" },
      {
        "race-check-report": artifactZip({
          ...files,
          "race-check-report.event.json": context({
            event: { name: "pull_request", pullRequest: 12, headSha: "8".repeat(40) },
          }),
        }),
      },
    );
    const refused = await publish(gh, lying.id);
    assert.equal(refused.exitCode, 1);
    assert.match(refused.errors[0], /the artifact says it checked 8{40}, but run \d+ ran on 5e6f7081/);
    assert.equal(gh.comments.length, 0);
    assert.equal(gh.writes().length, 0);
  });
});

test("publish: a run that could not run posts 'could not run'; a missing artifact or a wrong event is one line", async () => {
  await withGitHub(async (gh) => {
    gh.addPull(12, HEAD);
    const failed = gh.addRun(
      { head_sha: HEAD, event: "pull_request", conclusion: "failure" },
      {
        "race-check-report": artifactZip({
          "race-check-report.event.json": context({
            report: undefined,
            error: "cannot load race-check.config.ts: boom",
          }),
        }),
      },
    );
    const r = await publish(gh, failed.id);
    assert.equal(r.exitCode, 1);
    assert.match(r.errors[0], /^::error::race-check: cannot load race-check\.config\.ts: boom$/);
    assert.match(
      gh.comments[0]?.body ?? "",
      /^### ⚠️ race-check could not run on \[`5e6f708`\]\([^)]+\): cannot load race-check\.config\.ts: boom$/m,
    );

    const none = gh.addRun({ head_sha: HEAD, event: "pull_request" }, {});
    const missing = await publish(gh, none.id);
    assert.equal(missing.exitCode, 1);
    assert.match(missing.errors[0], new RegExp(`run ${none.id} uploaded no artifact "race-check-report"`));

    const wrong = await runAction({ event: "pull_request", inputs: { mode: "publish", "github-token": TOKEN } });
    assert.equal(wrong.exitCode, 1);
    assert.equal(wrong.errors.length, 1);
    assert.match(wrong.errors[0], /mode: publish runs in a workflow started by workflow_run/);
  });
});
