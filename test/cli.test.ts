// The CLI as a user runs it: a real child process, real exit codes, real files (the sample app);
// the other checks call its entry in this process (test/helpers/in-process.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import { runCli } from "./helpers/in-process.js";

const CLI = path.resolve("bin/race-check.js");
const run = (args: string[]) => execa("node", [CLI, ...args], { reject: false, env: { CONVEX_ADMIN_KEY: "" } });

test("npm start on the sample app: vulnerable scenarios RACE CONDITION, atomic ones OK, exit 1, JSON report", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-cli-"));
  const json = path.join(dir, "report.json");
  const md = path.join(dir, "report.md");
  const r = await run(["run", "--rounds", "10", "--seed", "7", "--json", json, "--markdown", md]);
  assert.equal(r.exitCode, 1, r.stderr);
  for (const name of ["Session Capacity Race", "Coupon Claim Race", "Enrollment Client Flow"]) {
    assert.match(r.stdout, new RegExp(`^${name}: RACE CONDITION$`, "m"));
  }
  assert.match(r.stdout, /^Session Capacity \(atomic\): OK\n {2}5\/5 enrollments \(at capacity\)$/m);
  assert.match(r.stdout, /^Coupon Claim \(atomic\): OK\n {2}1\/1 claims$/m);
  assert.match(r.stdout, /Overbooking: \d+\/5 enrollments/);
  assert.match(r.stdout, /Overclaimed: \d+\/1 claims/);
  assert.match(r.stdout, /0\/10 rounds: per-round race probability < 26% at 95%/);
  assert.match(r.stdout, /reproduce: npx race-check run .*--seed 7/);

  const report = JSON.parse(await readFile(json, "utf8"));
  assert.equal(report.verdict, "race");
  assert.equal(report.seed, 7);
  assert.equal(report.scenarios.length, 5);
  for (const s of report.scenarios) {
    for (const key of ["name", "rounds", "violations", "detectionRate", "interval", "worst", "verdict"]) {
      assert.ok(key in s, `scenario report lacks ${key}`);
    }
    assert.equal(s.interval.length, 2);
  }
  const atomic = report.scenarios.find((s: { name: string }) => s.name === "Session Capacity (atomic)");
  assert.deepEqual([atomic.verdict, atomic.violations, atomic.worst], ["ok", 0, null]);
  assert.match(await readFile(md, "utf8"), /race-check: 3 of 5 scenarios show a race condition/);
});

test("runs any Convex project with its own config, and exits 0 when it finds nothing", async () => {
  const project = path.resolve("test/fixtures/counter-app");
  const racy = await runCli(["run", "--rounds", "5"], { cwd: project, env: { CONVEX_ADMIN_KEY: "" } });
  assert.equal(racy.exitCode, 1, racy.stderr);
  assert.match(racy.stdout, /^Counter: RACE CONDITION\n {2}Lost updates: \d+ of 6$/m);
  const clean = await runCli(["run", "--rounds", "5", "--scenario", "Counter (atomic)"], {
    cwd: project,
    env: { CONVEX_ADMIN_KEY: "" },
  });
  assert.equal(clean.exitCode, 0, clean.stderr);
  assert.match(clean.stdout, /^Counter \(atomic\): OK$/m);
  assert.doesNotMatch(clean.stdout, /^Counter: /m);
});

test("--help lists every flag of run", async () => {
  const r = await runCli(["--help"]);
  assert.equal(r.exitCode, 0);
  for (const flag of [
    "--config",
    "--backend",
    "--url",
    "--rounds",
    "--clients",
    "--scenario",
    "--json",
    "--markdown",
    "--seed",
  ]) {
    assert.ok(r.stdout.includes(flag), `help lacks ${flag}`);
  }
});

test("the README's CLI summary lists every option each command's --help lists, and nothing it does not", async () => {
  const readme = await readFile("README.md", "utf8");
  const start = readme.indexOf("\n## CLI\n");
  const open = readme.indexOf("```\n", start) + 4;
  const block = readme.slice(open, readme.indexOf("\n```", open));
  // Each command's lines in the summary: its first line and the indented ones after it.
  const summary = new Map<string, string>();
  let command = "";
  for (const line of block.split("\n")) {
    const head = /^race-check (\w+)/.exec(line);
    if (head) command = head[1];
    else if (/^race-check /.test(line)) command = "";
    if (command) summary.set(command, `${summary.get(command) ?? ""}${line}\n`);
  }
  assert.deepEqual([...summary.keys()].sort(), ["explore", "init", "merge", "run"]);
  const options = (text: string) =>
    new Set([...text.matchAll(/(?<![\w-])--[a-z][\w-]*/g)].map((m) => m[0]).filter((o) => o !== "--help"));
  for (const [name, lines] of summary) {
    const help = await runCli([name, "--help"]);
    assert.equal(help.exitCode, 0, help.stderr);
    const listed = options(help.stdout.slice(help.stdout.indexOf("\nOptions:")));
    // run's help lists --version, which the summary gives a line of its own.
    listed.delete("--version");
    assert.deepEqual([...options(lines)].sort(), [...listed].sort(), `README: race-check ${name}`);
  }
  assert.match(block, /^race-check -v \| --version$/m);
  const version = await runCli(["-v"]);
  assert.equal(version.exitCode, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+/);
});
