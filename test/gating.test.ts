// Gating on what is new, and the comment reviewers read: how scenarios stand against expect:
// "race" and a baseline, which fail the check, the comment's hidden data, the width of its
// commands, when a chart is worth showing, and what comes first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execa } from "execa";
import { checkVerdict, compareRuns, failingRaces, parseReport } from "../src/report/baseline.ts";
import { renderCouldNotRun, renderMarkdown, digest } from "../src/report/markdown.ts";
import { renderText } from "../src/report/text.ts";
import { wrapCommand, reproduceArgs } from "../src/report/format.ts";
import { replayArgs } from "../src/explore/token.ts";
import { decodeDigest, encodeDigest } from "../src/action/comment-data.ts";
import { failure } from "../src/action/fail-policy.ts";
import { parseRunContext } from "../src/action/run-context.ts";
import { ConfigError } from "../src/errors.ts";
import { exploreWithCounterexample, report, scenario } from "./helpers/reports.ts";

const standings = (cmp: ReturnType<typeof compareRuns>) =>
  Object.fromEntries(cmp.scenarios.map((s) => [s.name, s.standing]));

test("standings: known, may be fixed, and against a baseline new, still and fixed", () => {
  const now = report([
    scenario("Known", "race", { expect: "race" }),
    scenario("Gone", "ok", { expect: "race" }),
    scenario("New", "race"),
    scenario("Old", "race"),
    scenario("Fixed", "ok"),
    scenario("Clean", "ok"),
    scenario("Broken", "error"),
  ]);
  assert.deepEqual(standings(compareRuns(now)), {
    Known: "known",
    Gone: "may-be-fixed",
    New: "race",
    Old: "race",
    Fixed: "none",
    Clean: "none",
    Broken: "none",
  });
  const base = report([scenario("Old", "race"), scenario("Fixed", "race"), scenario("Known", "race")]);
  const cmp = compareRuns(now, { run: base, label: "main at abc1234" });
  assert.deepEqual(standings(cmp), {
    Known: "known",
    Gone: "may-be-fixed",
    New: "new",
    Old: "still",
    Fixed: "fixed",
    Clean: "none",
    Broken: "none",
  });
  assert.deepEqual(failingRaces(cmp, "race"), ["New", "Old"]);
  assert.deepEqual(failingRaces(cmp, "new-race"), ["New"]);
  assert.deepEqual(failingRaces(cmp, "never"), []);
});

test("a race only the interleaving search found counts as the scenario's race", () => {
  const run = report([scenario("Session Capacity Race", "ok")], {
    explore: exploreWithCounterexample("Session Capacity Race"),
  });
  const cmp = compareRuns(run);
  assert.deepEqual(failingRaces(cmp, "race"), ["Session Capacity Race"]);
  assert.match(failure(run, cmp, "race") ?? "", /explore found a counterexample in Session Capacity Race/);
});

test("the check's verdict: known races pass, a new one fails, an error still fails, undecided stays undecided", () => {
  const known = report([scenario("A", "race", { expect: "race" }), scenario("B", "ok")]);
  assert.equal(checkVerdict(compareRuns(known), "race"), "ok");
  assert.equal(failure(known, compareRuns(known), "race"), undefined);

  const mixed = report([scenario("A", "race", { expect: "race" }), scenario("B", "race")]);
  assert.equal(checkVerdict(compareRuns(mixed), "race"), "race");
  const line = failure(mixed, compareRuns(mixed), "race") ?? "";
  assert.match(line, /race condition in 1 of 2 scenarios: B \(Overbooking/);
  assert.doesNotMatch(line, /\bA \(/);

  const baseline = { run: report([scenario("B", "race")]), label: "main" };
  assert.equal(checkVerdict(compareRuns(mixed, baseline), "new-race"), "ok");
  const newOne = report([scenario("B", "race"), scenario("C", "race")]);
  const cmp = compareRuns(newOne, baseline);
  assert.equal(checkVerdict(cmp, "new-race"), "race");
  assert.match(failure(newOne, cmp, "new-race") ?? "", /^race-check: new race condition in 1 of 2 scenarios: C \(/);

  const broken = report([scenario("A", "race", { expect: "race" }), scenario("B", "error")]);
  assert.equal(checkVerdict(compareRuns(broken), "never"), "error");
  const undecided = report([{ ...scenario("A", "ok"), verdict: "inconclusive" }]);
  assert.equal(checkVerdict(compareRuns(undecided), "race"), "inconclusive");
});

test("text: known races and those that may be fixed say so", () => {
  const run = report([scenario("Known", "race", { expect: "race" }), scenario("Gone", "ok", { expect: "race" })]);
  const text = renderText(run);
  assert.match(text, /^Known: RACE CONDITION \(known race: reported, not failing\)$/m);
  assert.match(text, /^Gone: OK \(expected a race \(expect: "race"\), none seen: it may be fixed\)$/m);
  const cmp = compareRuns(report([scenario("X", "race"), scenario("Y", "ok")]), {
    run: report([scenario("Y", "race")]),
    label: "base.json",
  });
  assert.match(
    renderText(report([scenario("X", "race"), scenario("Y", "ok")]), cmp),
    /^Against the baseline base\.json: 1 new race \(X\); 1 fixed \(Y\)\.$/m,
  );
});

test("markdown: header with commit and time, since the last run, new / still / fixed, known races do not fail", () => {
  const run = report([
    scenario("New", "race"),
    scenario("Old", "race"),
    scenario("Fixed", "ok"),
    scenario("Known", "race", { expect: "race" }),
    scenario("Gone", "ok", { expect: "race" }),
  ]);
  const cmp = compareRuns(run, {
    run: report([scenario("Old", "race"), scenario("Fixed", "race")]),
    label: "main at 0a1b2c3",
  });
  const md = renderMarkdown(run, {
    comparison: cmp,
    failOn: "new-race",
    commit: { sha: "1a2b3c4d5e6f708192a3b4c5d6e7f80912345678", url: "https://example.test/o/r/commit/1a2b3c4" },
    previous: { v: 1, sha: "9".repeat(40), verdict: "ok", scenarios: { New: "ok", Old: "race", Fixed: "race" } },
    commitUrl: (sha) => `https://example.test/o/r/commit/${sha}`,
  });
  const lines = md.split("\n");
  assert.equal(lines[0], "### 🔴 race-check: 3 of 5 scenarios show a race condition (1 failing the check)");
  assert.match(
    lines[1],
    /^<sub>\[`1a2b3c4`\]\(https:\/\/example\.test\/o\/r\/commit\/1a2b3c4\) · 2026-05-01 12:34 UTC · seed 42/,
  );
  assert.match(
    md,
    /\*\*Since the last run\*\* \(\[`9999999`\]\(https:\/\/example\.test\/o\/r\/commit\/9{40}\)\): New: 🟢 OK → 🔴 RACE CONDITION · Fixed: 🔴 RACE CONDITION → 🟢 OK · Known: new scenario/,
  );
  assert.match(
    md,
    /Against the baseline main at 0a1b2c3: 1 new race \(New\); 1 still racing \(Old\); 1 fixed \(Fixed\); 1 known race \(Known\); 1 expected race not seen, may be fixed \(Gone\)\./,
  );
  assert.match(md, /\| Known \| 🔴 RACE CONDITION · known race \|/);
  assert.match(md, /\| Gone \| 🟢 OK · may be fixed \|/);
  assert.match(md, /\| Old \| 🔴 RACE CONDITION · also in the baseline \|/);
  // The table comes before any scenario's section.
  assert.ok(md.indexOf("| Scenario |") < md.indexOf("#### "));

  // Only known races: orange, not failing.
  const known = renderMarkdown(report([scenario("Known", "race", { expect: "race" }), scenario("B", "ok")]));
  assert.match(
    known.split("\n")[0],
    /^### 🟠 race-check: 1 of 2 scenarios show a race condition, none failing the check/,
  );
});

test("charts only when they carry information, folded; source links to the commit", () => {
  const flat = scenario("Flat", "race", { observed: [7, 7, 7, 7] });
  const varying = scenario("Varying", "race", { observed: [6, 9, 7, 8] });
  const partial = scenario("Partial", "race", { observed: [7, 7, 5, 7] });
  const md = renderMarkdown(report([flat, varying, partial]), {
    source: (fn) => ({
      label: "convex/ledgerItems.ts:31",
      url: `https://example.test/o/r/blob/abc/convex/ledgerItems.ts#L31?${fn}`,
    }),
  });
  const section = (name: string) => md.split(`#### ${name}:`)[1].split("#### ")[0];
  assert.doesNotMatch(section("Flat"), /mermaid/);
  for (const name of ["Varying", "Partial"]) {
    assert.match(
      section(name),
      /<details><summary>Observed value per round against the limit<\/summary>\n\n```mermaid\n/,
    );
  }
  assert.match(
    section("Flat"),
    /Functions: \[`ledgerItems:addToLedger`\]\(https:\/\/example\.test\/o\/r\/blob\/abc\/convex\/ledgerItems\.ts#L31\?ledgerItems:addToLedger\) \(convex\/ledgerItems\.ts:31\)/,
  );
});

test("with explore, each racy scenario's shortest interleaving comes first, before rates and history", () => {
  const run = report([scenario("Session Capacity Race", "race"), scenario("Atomic", "ok")], {
    explore: exploreWithCounterexample("Session Capacity Race"),
  });
  const md = renderMarkdown(run);
  const section = md.split("#### Session Capacity Race:")[1];
  const trace = section.indexOf("client 1  ledgerItems:addToLedger  runQuery");
  assert.ok(trace > 0, md);
  assert.ok(trace < section.indexOf("detected in"), "the interleaving comes before the rates");
  assert.ok(trace < section.indexOf("Reproduce locally"));
  assert.match(md, /\| Interleaving search \|/);
});

test("commands fit the width with line continuations, and the shell reads them back whole", async () => {
  const run = report([scenario("-- coupon race with a long name that keeps going", "race")]);
  const words = reproduceArgs(run, run.scenarios[0]);
  const token =
    "eyJ2IjoxLCJzIjoiU2Vzc2lvbiBDYXBhY2l0eSBSYWNlIiwiYyI6WzAsMV0sImNoIjoiMTAwMSIsInIiOjd9LCJwYWRkaW5nIjoieHh4eHh4eHh4eHgifQ";
  for (const args of [words, replayArgs("apps/web/race-check.config.ts", "Session Capacity Race", token)]) {
    const lines = wrapCommand(args);
    assert.ok(lines.length > 1);
    for (const line of lines) {
      if (!line.includes(token)) assert.ok(line.length <= 80, `${line.length}: ${line}`);
    }
    const printed = await execa("bash", ["-c", `printf '%s\\0' ${lines.join("\n").replace(/^npx race-check /, "")}`]);
    assert.deepEqual(printed.stdout.split("\0").filter(Boolean), args.slice(2));
  }
  // The token is alone on its line.
  const replay = wrapCommand(replayArgs("race-check.config.ts", "S", token));
  assert.equal(replay.at(-1), `  ${token}`);
});

test("the comment's hidden data: round trip, and no scenario name can end the HTML comment", () => {
  const hostile = 'x --> <!-- </details> & "quote"\n# heading';
  const run = report([scenario(hostile, "race"), scenario("ok", "ok")]);
  const line = encodeDigest(digest(run, "1a2b3c4d5e6f708192a3b4c5d6e7f80912345678"));
  assert.doesNotMatch(line.slice("<!-- ".length, -" -->".length), /--|<|>|\n/);
  const back = decodeDigest(`<!-- race-check:x -->\n${line}\nbody`);
  assert.deepEqual(back?.scenarios, { [hostile]: "race", ok: "ok" });
  assert.equal(back?.sha, "1a2b3c4d5e6f708192a3b4c5d6e7f80912345678");
  assert.equal(back?.verdict, "race");
  assert.equal(decodeDigest("<!-- race-check-data:{broken -->"), undefined);
  assert.equal(decodeDigest('<!-- race-check-data:{"v":1,"verdict":"great","scenarios":{}} -->'), undefined);
});

test("could not run: the one line on the commit, and what the last run said", () => {
  const md = renderCouldNotRun("config file not found: missing.config.ts", {
    commit: { sha: "1a2b3c4d5e6f708192a3b4c5d6e7f80912345678", url: "https://example.test/c" },
    previous: { v: 1, sha: "9".repeat(40), verdict: "ok", scenarios: { A: "ok" } },
  });
  assert.match(
    md,
    /^### ⚠️ race-check could not run on \[`1a2b3c4`\]\(https:\/\/example\.test\/c\): config file not found: missing\.config\.ts$/m,
  );
  assert.match(md, /\*\*The last run\*\* \(`9999999`\): 🟢 OK\./);
});

test("a baseline that is not a report, and a run context with a foreign commit or path, are refused", () => {
  assert.throws(
    () => parseReport("{", "--baseline x.json"),
    (e: unknown) => e instanceof ConfigError && /not JSON/.test(e.message),
  );
  assert.throws(() => parseReport('{"scenarios":[]}', "--baseline x.json"), /not a race-check JSON report/);
  const context = {
    v: 1,
    event: { name: "pull_request", pullRequest: 7, headSha: "1a2b3c4d5e6f708192a3b4c5d6e7f80912345678" },
    configId: "race-check.config.ts",
    report: "race-check-report.json",
    sources: { "a:b": { file: "../../etc/passwd", line: 1 }, "c:d": { file: "convex/c.ts", line: 4 } },
  };
  assert.deepEqual(parseRunContext(JSON.stringify(context), "ctx").sources, {
    "c:d": { file: "convex/c.ts", line: 4 },
  });
  assert.throws(
    () => parseRunContext(JSON.stringify({ ...context, event: { ...context.event, pullRequest: -1 } }), "ctx"),
    /pull request/,
  );
  assert.throws(() => parseRunContext(JSON.stringify({ ...context, report: "../x.json" }), "ctx"), /report name/);
});
