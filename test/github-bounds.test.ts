// The action against a GitHub that misbehaves (loopback stand-in): every request is bounded, rate
// limits are waited out as asked, pagination ends; the event file and the comment marker are read
// strictly. The action's entry runs in this process (helpers/in-process.ts), except where the
// process itself must end (a GitHub that never answers) or its start-up is what is tested (a broken
// event file).
import { test } from "node:test";
import assert from "node:assert/strict";
import { ACTIONS_BOT, FakeGitHub, type FakeGitHubOptions } from "./helpers/fake-github.js";
import { runActionInProcess } from "./helpers/in-process.js";
import { prPayload, runAction, type ActionRunOptions } from "./helpers/run-action.js";
import { commentMarker } from "../src/action/sticky-comment.js";

const FAST = { scenario: "Coupon Claim Race", rounds: "1", "github-token": "ghs_boundsTestToken0123456789" };

async function withGitHub<T>(options: FakeGitHubOptions, body: (gh: FakeGitHub) => Promise<T>): Promise<T> {
  const gh = new FakeGitHub("berryfun", "app", options);
  await gh.start();
  try {
    return await body(gh);
  } finally {
    await gh.close();
  }
}

function action(gh: FakeGitHub, extra: Partial<ActionRunOptions> = {}, via = runActionInProcess) {
  return via({ apiUrl: gh.url, payload: prPayload(5), inputs: FAST, ...extra });
}

test("a GitHub API that accepts and never answers: the action ends after the timeout with its outputs and a warning", async () => {
  await withGitHub({ hang: true }, async (gh) => {
    // A process: what must end is the step, with nothing of the hung request keeping it alive.
    const run = await action(gh, { env: { RACE_CHECK_GITHUB_TIMEOUT_MS: "1000" } }, runAction);
    const ended = performance.now();
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    assert.equal(run.outputs.verdict, "race");
    assert.equal(run.outputs["comment-url"], "");
    assert.ok(run.summary.includes("race-check"), "summary written");
    assert.ok(
      run.warnings.some((w) => /comment skipped: GitHub API GET .*: no answer within 1\.0 s/.test(w)),
      run.warnings.join("\n"),
    );
    // One request timed out, and nothing more was asked of a server that does not answer.
    assert.equal(gh.requests.length, 1);
    assert.ok(ended - gh.requests[0].at < 8000, `took ${ended - gh.requests[0].at} ms after the first request`);
  });
});

test('a Link: rel="next" that loops: at most 50 pages are read, with a warning, and the comment is still written', async () => {
  await withGitHub({ linkLoop: true }, async (gh) => {
    gh.addComment(5, { login: "someone", type: "User" }, "hello");
    const run = await action(gh);
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    const lists = gh.requests.filter((r) => r.method === "GET" && r.path.endsWith("/issues/5/comments"));
    assert.equal(lists.length, 50);
    assert.ok(
      run.warnings.some((w) => /stopped after 50 pages/.test(w)),
      run.warnings.join("\n"),
    );
    assert.equal(gh.writes().length, 1);
    assert.match(run.outputs["comment-url"], /issuecomment-/);
  });
});

for (const status of [429, 403] as const) {
  test(`a ${status} rate limit with Retry-After: the request is repeated after the delay asked, then the comment is written`, async () => {
    await withGitHub({ rateLimit: { count: 1, status, retryAfter: 1 } }, async (gh) => {
      const run = await action(gh);
      assert.equal(run.exitCode, 1, run.stdout + run.stderr);
      const [limited, retried] = gh.requests;
      assert.equal(limited.status, status);
      assert.equal(retried.path, limited.path);
      assert.ok(retried.at - limited.at >= 950, `retried after ${retried.at - limited.at} ms`);
      assert.equal(gh.comments.length, 1);
      assert.match(run.stdout, /rate limited \(\d+\); retrying in 1 s as GitHub asks/);
    });
  });
}

test("a Retry-After longer than race-check waits: a warning at once, never a long sleep", async () => {
  await withGitHub({ rateLimit: { count: 5, status: 429, retryAfter: 3600 } }, async (gh) => {
    const began = performance.now();
    const run = await action(gh);
    assert.equal(run.exitCode, 1);
    assert.ok(performance.now() - began < 60_000);
    assert.ok(
      run.warnings.some((w) => /rate limit; GitHub asks to wait 3600 s/.test(w)),
      run.warnings.join("\n"),
    );
    assert.equal(gh.requests.length, 1);
  });
});

test("another config's comment that quotes our marker below its first line is never taken over", async () => {
  await withGitHub({}, async (gh) => {
    const ours = commentMarker("race-check.config.ts");
    // By our own bot, for another config, with our marker inside (a scenario name, a quote).
    const other = gh.addComment(
      5,
      ACTIONS_BOT,
      `${commentMarker("x.config.ts")}\n### report\nscenario "${ours}" failed`,
    );
    const before = other.body;
    const run = await action(gh);
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    assert.equal(other.body, before, "the other config's comment was overwritten");
    assert.equal(gh.comments.length, 2);
    assert.ok(gh.comments[1].body.startsWith(`${ours}\n`));
  });
});

test("a pull_request event without a number: a warning says the comment is skipped and why", async () => {
  await withGitHub({}, async (gh) => {
    const run = await action(gh, { payload: { action: "opened", pull_request: {} } });
    assert.equal(run.exitCode, 1);
    assert.ok(
      run.warnings.some((w) => /event payload has no pull request number, so the PR comment is skipped/.test(w)),
      run.warnings.join("\n"),
    );
    assert.equal(gh.requests.length, 0);
    assert.equal(run.outputs.verdict, "race");
  });
});

test("an event file that is not JSON: one line, before anything runs, no stack trace", async () => {
  // A process of its own: @actions/github parses the event file as it loads, and a static import of
  // it would throw at start-up, before any handler, which a call in this process (whose modules
  // are loaded already) cannot see.
  const run = await runAction({ inputs: FAST, rawPayload: "{ this is not json" });
  assert.equal(run.exitCode, 1);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.match(run.errors[0], /^::error::race-check: GITHUB_EVENT_PATH .*: the event payload is not valid JSON/);
  assert.equal(run.outputs.verdict, "error");
  assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at |rounds, \d+ violating/);
});
