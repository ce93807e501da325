// The action on pull requests against the sample app on the embedded backend and a loopback
// stand-in for the GitHub API. The first run is a runner's: a node process; the rest call the
// action's entry in this process (helpers/in-process.ts), with the same runner files and env.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ACTIONS_BOT, FakeGitHub } from "./helpers/fake-github.js";
import { runActionInProcess } from "./helpers/in-process.js";
import { HEAD_SHA, prPayload, runAction, runnerFiles } from "./helpers/run-action.js";

const TOKEN = "ghs_fakeTokenThatMustNeverBeLogged0123456789";
const MARKER = "<!-- race-check:race-check.config.ts -->";
const VULNERABLE = ["Session Capacity Race", "Coupon Claim Race", "Enrollment Client Flow"];
const ATOMIC = ["Session Capacity (atomic)", "Coupon Claim (atomic)"];

async function withGitHub<T>(fn: (gh: FakeGitHub) => Promise<T>, options = {}): Promise<T> {
  const gh = new FakeGitHub("berryfun", "app", options);
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

const pr = async (gh: FakeGitHub, inputs: Record<string, string> = {}, dir?: string, via = runActionInProcess) =>
  via({
    dir,
    apiUrl: gh.url,
    payload: prPayload(7),
    inputs: { rounds: "3", "github-token": TOKEN, "report-path": await reportPath(), ...inputs },
  });

test("first PR run: one comment, outputs, summary, annotations, failed step; second run updates that comment", async () => {
  await withGitHub(async (gh) => {
    // What the runner's files held when the first GitHub API request arrived.
    const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-runner-"));
    let before: { output: string; summary: string } | undefined;
    gh.onRequest = () => {
      const files = runnerFiles(dir);
      before ??= { output: readFileSync(files.output, "utf8"), summary: readFileSync(files.summary, "utf8") };
    };
    const first = await pr(gh, { seed: "11" }, dir, runAction);
    assert.equal(first.exitCode, 1, first.stdout + first.stderr);
    gh.onRequest = undefined;
    // Report, outputs and summary come before any GitHub API call.
    assert.match(before?.output ?? "", /^verdict<</m);
    assert.match(before?.output ?? "", /^detection-rates<</m);
    assert.match(before?.output ?? "", /^report<</m);
    assert.match(before?.summary ?? "", /race-check: 3 of 5 scenarios show a race condition/);

    // One comment, by the token's user, carrying the marker and the report.
    assert.equal(gh.comments.length, 1);
    const [comment] = gh.comments;
    assert.equal(comment.issue, 7);
    assert.ok(comment.body.startsWith(MARKER), comment.body.slice(0, 200));
    // The header: verdict, the pull request's head commit (linked), the time.
    const lines = comment.body.split("\n");
    assert.equal(lines[2], "### 🔴 race-check: 3 of 5 scenarios show a race condition");
    assert.match(
      lines[3],
      new RegExp(
        `^<sub>\\[\`${HEAD_SHA.slice(0, 7)}\`\\]\\(https://example\\.test/berryfun/app/commit/${HEAD_SHA}\\) · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC · seed 11 ·`,
      ),
    );
    assert.match(comment.body, /<details><summary>History of round \d+/);
    // Every chart is folded away.
    assert.equal(
      comment.body.match(/```mermaid/g)?.length ?? 0,
      comment.body.match(/<summary>Observed value per round/g)?.length ?? 0,
    );
    assert.match(
      comment.body,
      /npx race-check run --config race-check\.config\.ts \\\n {2}--scenario "Session Capacity Race" .*--seed 11\n/,
    );
    // Source links to the commit checked.
    assert.match(
      comment.body,
      new RegExp(
        `\\[\`ledgerItems:addToLedger\`\\]\\(https://example\\.test/berryfun/app/blob/${HEAD_SHA}/convex/ledgerItems\\.ts#L31\\)`,
      ),
    );
    assert.match(comment.body, /\[Workflow run\]\(https:\/\/example\.test\/berryfun\/app\/actions\/runs\/4242\)/);

    // Outputs.
    assert.equal(first.outputs.verdict, "race");
    assert.equal(first.outputs.races, "3");
    const rates = JSON.parse(first.outputs["detection-rates"]) as Record<string, number>;
    for (const name of VULNERABLE) assert.ok(rates[name] > 0, `${name} caught`);
    for (const name of ATOMIC) assert.equal(rates[name], 0, `${name} clean`);
    assert.equal(first.outputs["comment-url"], comment.html_url);
    const report = JSON.parse(await readFile(first.outputs.report, "utf8"));
    assert.equal(report.verdict, "race");
    assert.equal(report.seed, 11);

    // Job summary: the same report.
    assert.match(first.summary, /race-check: 3 of 5 scenarios show a race condition/);
    assert.match(first.summary, /\| Session Capacity \(atomic\) \| 🟢 OK \|/);

    // Annotations on the source lines of the racy functions, and one failure line.
    const annotated = first.errors.filter((l) => l.includes("file="));
    assert.ok(
      annotated.some((l) => /file=convex\/ledgerItems\.ts,line=31,/.test(l)),
      annotated.join("\n"),
    );
    assert.ok(annotated.some((l) => /file=convex\/coupons\.ts,line=24,/.test(l)));
    assert.ok(!annotated.some((l) => /addToLedgerAtomic|claimCouponAtomic/.test(l)));
    const failures = first.errors.filter((l) => l.startsWith("::error::"));
    assert.equal(failures.length, 1);
    assert.match(failures[0], /race-check: race condition in 3 of 5 scenarios/);

    // The token is masked, and appears nowhere it could leak.
    assert.match(first.stdout, new RegExp(`::add-mask::${TOKEN}`));
    const leaks = [
      first.stdout.replace(`::add-mask::${TOKEN}`, ""),
      first.summary,
      comment.body,
      JSON.stringify(first.outputs),
    ];
    for (const text of leaks) assert.ok(!text.includes(TOKEN));
    assert.ok(gh.requests.every((r) => r.authorization === `token ${TOKEN}`));

    const second = await pr(gh, { seed: "12" });
    assert.equal(second.exitCode, 1);
    assert.equal(gh.comments.length, 1, "no second comment");
    assert.equal(gh.comments[0].id, comment.id);
    assert.match(gh.comments[0].body, /--seed 12/);
    assert.equal(gh.writes().filter((r) => r.method === "PATCH").length, 1);
    assert.equal(second.outputs["comment-url"], comment.html_url);
  });
});

test("the marker comment is found on page 3 among 250 comments by others; a stranger's marker is left alone", async () => {
  await withGitHub(async (gh) => {
    const mallory = gh.addComment(7, { login: "mallory", type: "User" }, `${MARKER}\nquoting the bot`);
    for (let i = 0; i < 249; i++) gh.addComment(7, { login: `reviewer${i % 5}`, type: "User" }, `review ${i}`);
    const ours = gh.addComment(7, ACTIONS_BOT, `${MARKER}\nold report`);
    const r = await pr(gh, { scenario: "Coupon Claim Race" });
    assert.equal(r.exitCode, 1, r.stdout);
    assert.equal(gh.comments.length, 251, "no new comment");
    assert.match(ours.body, /Coupon Claim Race/);
    assert.equal(mallory.body, `${MARKER}\nquoting the bot`);
    const pages = gh.requests.filter((q) => q.method === "GET" && q.path.endsWith("/issues/7/comments"));
    assert.deepEqual(
      pages.map((q) => q.query.get("page") ?? "1"),
      ["1", "2", "3"],
    );
    assert.deepEqual(
      gh.writes().map((w) => `${w.method} ${w.path}`),
      [`PATCH /repos/berryfun/app/issues/comments/${ours.id}`],
    );
  });
});

test("a comment by another account with the marker is not ours: a personal token finds its own via GET /user", async () => {
  const me = { login: "octo-dev", type: "User" as const };
  await withGitHub(
    async (gh) => {
      const bots = gh.addComment(7, ACTIONS_BOT, `${MARKER}\nwritten by the workflow token`);
      const r = await pr(gh, { scenario: "Coupon Claim Race" });
      assert.equal(r.exitCode, 1);
      assert.equal(gh.comments.length, 2);
      assert.equal(gh.comments[1].user.login, "octo-dev");
      assert.equal(bots.body, `${MARKER}\nwritten by the workflow token`);
      await pr(gh, { scenario: "Coupon Claim Race" });
      assert.equal(gh.comments.length, 2, "updated its own comment");
    },
    { tokenUser: me, userEndpoint: true },
  );
});

test("read-only token (fork PR): a warning, the summary and outputs still written, exit still set by fail-on", async () => {
  await withGitHub(
    async (gh) => {
      const r = await pr(gh, { scenario: "Coupon Claim Race" });
      assert.equal(r.exitCode, 1);
      assert.ok(
        r.warnings.some((w) => w.includes("comment skipped: token is read-only (fork PR?)")),
        r.warnings.join("\n"),
      );
      assert.equal(gh.comments.length, 0);
      assert.equal(r.outputs.verdict, "race");
      assert.equal(r.outputs["comment-url"], "");
      assert.match(r.summary, /Coupon Claim Race/);
      // Only the race fails the step, not the refused comment.
      const failures = r.errors.filter((l) => l.startsWith("::error::"));
      assert.equal(failures.length, 1);
      assert.match(failures[0], /race condition in 1 of 1 scenarios/);

      const lenient = await pr(gh, { scenario: "Coupon Claim Race", "fail-on": "never" });
      assert.equal(lenient.exitCode, 0, lenient.stdout);
      assert.ok(lenient.warnings.some((w) => w.includes("comment skipped: token is read-only (fork PR?)")));
    },
    { readOnly: true },
  );
});

test("fail-on: never exits 0 with the same outputs and comment", async () => {
  await withGitHub(async (gh) => {
    const r = await pr(gh, { "fail-on": "never" });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.verdict, "race");
    assert.equal(r.outputs.races, "3");
    assert.equal(gh.comments.length, 1);
    assert.equal(r.errors.filter((l) => l.startsWith("::error")).length, 0);
    // The annotations still point at the racy code, as warnings: the races fail nothing.
    assert.ok(r.warnings.some((l) => l.includes("file=convex/ledgerItems.ts")));
  });
});

test("GitHub API 5xx: retried with backoff, then the comment is written", async () => {
  await withGitHub(
    async (gh) => {
      const r = await pr(gh, { scenario: "Coupon Claim Race" });
      assert.equal(r.exitCode, 1);
      assert.equal(gh.comments.length, 1);
      assert.equal(gh.requests.filter((q) => q.status === 502).length, 2);
      assert.match(r.stdout, /502; retrying in 500 ms/);
    },
    { failNext: 2 },
  );
});

test("GitHub API down: a warning after the retries, never a failure of its own", async () => {
  await withGitHub(
    async (gh) => {
      const r = await pr(gh, { scenario: "Coupon Claim (atomic)" });
      assert.equal(r.exitCode, 0, r.stdout);
      assert.equal(r.outputs.verdict, "ok");
      assert.ok(
        r.warnings.some((w) => /comment skipped: GitHub API answered 503/.test(w)),
        r.warnings.join("\n"),
      );
      assert.equal(gh.requests.length, 4, "one request and three retries");
    },
    { down: true },
  );
});

test("comment: never writes no comment; on-race opens none for a clean run", async () => {
  await withGitHub(async (gh) => {
    const never = await pr(gh, { comment: "never", scenario: "Coupon Claim Race" });
    assert.equal(never.exitCode, 1);
    const clean = await pr(gh, { comment: "on-race", scenario: "Coupon Claim (atomic)" });
    assert.equal(clean.exitCode, 0);
    assert.equal(gh.requests.filter((q) => q.method !== "GET").filter((q) => q.path !== "/graphql").length, 0);
    assert.equal(gh.comments.length, 0);
  });
});

test("bad inputs: one clear line, failed step, nothing run", async () => {
  const cases: [Record<string, string>, RegExp][] = [
    [
      { "fail-on": "sometimes" },
      /^::error::race-check: input fail-on: "sometimes" is not one of race \| new-race \| never$/,
    ],
    [
      { "fail-on": "new-race" },
      /^::error::race-check: input fail-on: new-race compares with a baseline: set input baseline/,
    ],
    [{ "comment-mode": "loud" }, /^::error::race-check: input comment-mode: "loud" is not one of update \| recreate$/],
    [{ mode: "merge-all" }, /^::error::race-check: input mode: "merge-all" is not one of /],
    [{ comment: "loud" }, /^::error::race-check: input comment: "loud" is not one of always \| on-race \| never$/],
    [
      { backend: "cloud" },
      /^::error::race-check: input backend: "cloud" is not one of local \| embedded \| url \| preview$/,
    ],
    [{ rounds: "many" }, /^::error::race-check: input rounds: expected a whole number from 1 to 100000, got "many"$/],
    [{ "issue-on-race": "yes" }, /^::error::race-check: input issue-on-race: "yes" is not true or false$/],
  ];
  await withGitHub(async (gh) => {
    for (const [inputs, expected] of cases) {
      const r = await pr(gh, inputs);
      assert.equal(r.exitCode, 1, JSON.stringify(inputs));
      assert.equal(r.errors.length, 1, r.errors.join("\n"));
      assert.match(r.errors[0], expected);
      assert.doesNotMatch(r.stdout, /rounds, \d+ violating/, "nothing ran");
    }
    assert.equal(gh.comments.length, 0);
  });
});
