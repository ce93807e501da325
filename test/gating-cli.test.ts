// The CLI's gating: expect: "race" reports a known race and exits 0; --fail-on new-race against a
// --baseline report fails only on a race the baseline does not have. The gating fixture has two
// lost-update scenarios and an atomic one; EXPECT_RACE names the ones its config expects to race.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";

const CLI = path.resolve("bin/race-check.js");
const APP = path.resolve("test/fixtures/gating-app");

const cli = (args: string[], env: Record<string, string> = {}) =>
  execa("node", [CLI, ...args], { cwd: APP, reject: false, env: { CONVEX_ADMIN_KEY: "", EXPECT_RACE: "", ...env } });

test('expect: "race": the race is reported as known, exit 0; an expected race that stops showing may be fixed', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-gating-"));
  const md = path.join(dir, "r.md");
  const json = path.join(dir, "r.json");
  const r = await cli(
    ["run", "--scenario", "Counter", "--scenario", "Counter (atomic)", "--markdown", md, "--json", json],
    {
      EXPECT_RACE: "Counter,Counter (atomic)",
    },
  );
  assert.equal(r.exitCode, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^Counter: RACE CONDITION \(known race: reported, not failing\)$/m);
  assert.match(r.stdout, /^ {2}Lost updates: \d+$/m);
  assert.match(
    r.stdout,
    /^Counter \(atomic\): OK \(expected a race \(expect: "race"\), none seen: it may be fixed\)$/m,
  );
  const markdown = await readFile(md, "utf8");
  assert.match(markdown, /^### 🟠 race-check: 1 of 2 scenarios show a race condition, none failing the check/);
  assert.match(markdown, /\| Counter \(atomic\) \| 🟢 OK · may be fixed \|/);
  const report = JSON.parse(await readFile(json, "utf8"));
  assert.equal(report.verdict, "race", "the report keeps the fact: a race");
  assert.equal(report.scenarios[0].expect, "race");

  // The same race, not expected: exit 1, as before.
  const unexpected = await cli(["run", "--scenario", "Counter"]);
  assert.equal(unexpected.exitCode, 1, unexpected.stderr);
  assert.match(unexpected.stdout, /^Counter: RACE CONDITION$/m);
});

test("--fail-on new-race --baseline: a race the baseline has passes, a new one fails; bad gating flags are one line, exit 2", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-gating-"));
  // The base branch's report: Counter raced there, Second counter did not exist.
  const baseline = path.join(dir, "base.json");
  const base = await cli([
    "run",
    "--scenario",
    "Counter",
    "--scenario",
    "Counter (atomic)",
    "--json",
    baseline,
    "--fail-on",
    "never",
  ]);
  assert.equal(base.exitCode, 0, base.stderr);

  const all = await cli(["run", "--fail-on", "new-race", "--baseline", baseline]);
  assert.equal(all.exitCode, 1, all.stdout + all.stderr);
  assert.match(all.stdout, /^Second counter: RACE CONDITION \(new: not racing in the baseline\)$/m);
  assert.match(all.stdout, /^Counter: RACE CONDITION \(also racing in the baseline\)$/m);
  assert.match(
    all.stdout,
    new RegExp(
      `Against the baseline ${baseline.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: 1 new race \\(Second counter\\); 1 still racing \\(Counter\\)\\.`,
    ),
  );

  const old = await cli(["run", "--scenario", "Counter", "--fail-on", "new-race", "--baseline", baseline]);
  assert.equal(old.exitCode, 0, old.stdout + old.stderr);
  assert.match(old.stdout, /^Counter: RACE CONDITION \(also racing in the baseline\)$/m);

  const notJson = path.join(dir, "not.json");
  await writeFile(notJson, "<html>");
  const cases: [string[], RegExp][] = [
    [["--fail-on", "sometimes"], /^race-check: --fail-on: "sometimes" is not one of race \| new-race \| never$/],
    [["--fail-on", "new-race"], /^race-check: --fail-on new-race compares with a baseline: add --baseline FILE/],
    [
      ["--baseline", path.join(dir, "missing.json")],
      /^race-check: --baseline: cannot read .*missing\.json \(ENOENT\)$/,
    ],
    [["--baseline", notJson], /^race-check: --baseline .*not\.json: not JSON \(/],
  ];
  // explore reads the same flags the same way (one case is enough to show it does).
  for (const [command, [args, message]] of [...cases.map((c) => ["run", c] as const), ["explore", cases[1]] as const]) {
    const r = await cli([command, ...args]);
    assert.equal(r.exitCode, 2, `${command} ${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /rounds, \d+ violating/, "nothing ran");
  }
});
