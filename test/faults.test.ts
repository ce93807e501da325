// Faults: hangs, a dying backend, interrupts. Never "OK", never a process left behind. Interrupts
// need the CLI in a process of its own; the rest run its entry in this one (helpers/in-process.ts),
// where "nothing left running" means the backend is gone when the call returns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { execa } from "execa";
import { runCli } from "./helpers/in-process.js";
import { untilOutput } from "./helpers/wait.js";
import { startAction } from "./helpers/run-action.js";

const CLI = path.resolve("bin/race-check.js");
const CONFIG = path.resolve("test/fixtures/faults-app/race-check.config.ts");

/** PIDs of live processes whose environment carries `marker` (our CLI and everything it started). */
async function processesWith(marker: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const environ = await readFile(`/proc/${entry}/environ`, "latin1").catch(() => "");
    if (environ.includes(marker)) found.push(Number(entry));
  }
  return found;
}

async function waitFor<T>(probe: () => Promise<T | undefined>, ms: number): Promise<T | undefined> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const v = await probe();
    if (v !== undefined) return v;
    await sleep(50);
  }
  return undefined;
}

function cli(args: string[], marker: string) {
  return execa("node", [CLI, "run", "--config", CONFIG, ...args], {
    reject: false,
    env: { RACE_CHECK_TEST_MARKER: marker },
  });
}

/** The same run in this process; the backend it starts carries the marker in its environment. */
function inProcess(args: string[], marker: string) {
  return runCli(["run", "--config", CONFIG, ...args], { env: { RACE_CHECK_TEST_MARKER: marker } });
}

test("a function that hangs: its operations are unknown after the op timeout, the run goes on, the verdict is inconclusive", async () => {
  // The timeout holds for "bump" too: 300 ms was too short for it on a busy machine. "hang" never
  // answers, so it times out whatever the value; one round keeps the wait short.
  const args = ["--scenario", "hang", "--scenario", "bump", "--op-timeout", "2000", "--rounds", "1"];
  const r = await inProcess(args, randomUUID());
  assert.equal(r.exitCode, 4, r.stderr);
  assert.match(r.stdout, /^hang: INCONCLUSIVE$/m);
  assert.match(r.stdout, /^bump: OK$/m, "the run must go on after the hang");
  assert.doesNotMatch(r.stdout, /^hang: OK$/m);
});

test("the backend dies mid-round: verdict error with the backend's last log lines, exit 3, report written, nothing left running", async () => {
  const marker = randomUUID();
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-crash-"));
  const json = path.join(dir, "report.json");
  const r = await inProcess(["--scenario", "crash", "--scenario", "public setup", "--json", json], marker);
  assert.equal(r.exitCode, 3, `${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /^crash: ERROR$/m);
  assert.match(r.stdout, /faults:crash is taking the backend down/);
  assert.match(r.stdout, /^public setup: ERROR\n {2}not run: backend exited/m);
  const report = JSON.parse(await readFile(json, "utf8"));
  assert.equal(report.verdict, "error");
  assert.match(report.scenarios[0].backendLog, /taking the backend down/);
  assert.deepEqual(await processesWith(marker), []);
});

test("a public setup function gets a warning, and the run goes on", async () => {
  const r = await inProcess(["--scenario", "public setup", "--rounds", "1"], randomUUID());
  assert.equal(r.exitCode, 0, r.stderr);
  assert.match(
    r.stderr,
    /warning: scenario "public setup": setup function faults:publicSetup is public; test-support functions should be internal/,
  );
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  test(`${signal} during a round: backend stopped, partial report written, non-zero exit, no process left`, async () => {
    const marker = randomUUID();
    const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-signal-"));
    const json = path.join(dir, "report.json");
    const child = cli(
      ["--scenario", "bump", "--scenario", "hang", "--rounds", "3", "--op-timeout", "60000", "--json", json],
      marker,
    );
    // Every round of "bump" is over when the CLI says so (one line per finished scenario); the
    // hanging scenario comes next. A fixed sleep was too short on a busy machine.
    await untilOutput(child.stderr, /^bump: 3 rounds, 0 violating$/m, { exited: child });
    assert.ok((await processesWith(marker)).length >= 2, "the backend should be running when the signal arrives");
    child.kill(signal);
    const r = await child;
    assert.notEqual(r.exitCode, 0);
    assert.match(r.stderr, /interrupted; stopping the backend and writing a partial report/);
    const report = JSON.parse(await readFile(json, "utf8"));
    assert.notEqual(report.verdict, "ok");
    assert.equal(report.scenarios[0].name, "bump");
    assert.equal(report.scenarios[0].verdict, "ok", "rounds finished before the interrupt are kept");
    assert.notEqual(report.scenarios[1].verdict, "ok");
    const left = await waitFor(async () => ((await processesWith(marker)).length === 0 ? true : undefined), 20_000);
    assert.ok(left, `processes left behind: ${(await processesWith(marker)).join(", ")}`);
  });
}

test("the action, SIGINT to its whole process group (Ctrl-C, a runner's cancel): partial report, outputs and summary, one failure line", async () => {
  const marker = randomUUID();
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-action-signal-"));
  const report = path.join(dir, "report.json");
  const { step, finished } = await startAction({
    ownGroup: true,
    workspace: path.resolve("test/fixtures/faults-app"),
    env: { RACE_CHECK_TEST_MARKER: marker },
    inputs: {
      scenario: "bump\nhang",
      rounds: "3",
      "op-timeout": "60000",
      comment: "never",
      "report-path": report,
    },
  });
  // The action logs the CLI's lines: "bump" is over, the hanging scenario runs.
  await untilOutput(step.stdout, /^bump: 3 rounds, 0 violating$/m, { exited: step });
  // The action, the CLI it started and the backend all get it, as from a terminal's Ctrl-C: the
  // CLI hears it twice (from the group, and passed on by the action), which is still one interrupt.
  process.kill(-step.pid!, "SIGINT");
  const run = await finished;
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.match(run.errors[0], /^::error::race-check: .*hang: interrupted after 0 of 3 rounds$/);
  assert.match(run.stdout, /interrupted; stopping the backend and writing a partial report/);
  const written = JSON.parse(await readFile(report, "utf8"));
  assert.equal(written.scenarios[0].name, "bump");
  assert.equal(written.scenarios[0].verdict, "ok", "rounds finished before the interrupt are kept");
  assert.equal(run.outputs.verdict, "error");
  assert.equal(run.outputs.report, report);
  assert.match(run.summary, /bump/);
  const left = await waitFor(async () => ((await processesWith(marker)).length === 0 ? true : undefined), 20_000);
  assert.ok(left, `processes left behind: ${(await processesWith(marker)).join(", ")}`);
});

test("the backend dies after a race was seen: the race is kept (exit 1) and the scenario says why it stopped", async () => {
  const marker = randomUUID();
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-race-crash-"));
  const json = path.join(dir, "report.json");
  const r = await inProcess(["--scenario", "race then crash", "--rounds", "3", "--json", json], marker);
  assert.equal(r.exitCode, 1, `${r.stdout}\n${r.stderr}`);
  const report = JSON.parse(await readFile(json, "utf8"));
  const s = report.scenarios[0];
  assert.equal(s.verdict, "race");
  assert.equal(s.violations, 1);
  assert.match(s.error, /backend exited during round 2/);
  assert.deepEqual(await processesWith(marker), []);
});

test("a report that cannot be written is a usage error found before the run, never a race", async () => {
  const marker = randomUUID();
  const r = await inProcess(["--scenario", "bump", "--rounds", "1", "--json", "/nonexistent-dir/report.json"], marker);
  assert.equal(r.exitCode, 2, r.stderr);
  assert.match(r.stderr, /^race-check: --json: directory \/nonexistent-dir does not exist/m);
  assert.equal(r.stdout, "", "the run started");
});
