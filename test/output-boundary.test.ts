// The output boundary: a closed stdout never changes the exit code or the report, and report paths
// are checked before anything runs (CLI, explore and the action). Closed pipes need a process of
// their own; the path checks call the entries in this one (helpers/in-process.ts).
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdir, mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { runActionInProcess, runCli } from "./helpers/in-process.js";

const CLI = path.resolve("bin/race-check.js");
let dir: string;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "race-check-boundary-"));
});

/** Runs the CLI with its stdout (and/or stderr) pipe closed by the reader before it writes anything. */
async function withClosedOutput(args: string[], close: ("stdout" | "stderr")[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  for (const name of close) child[name].destroy();
  if (!close.includes("stderr")) child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stderr };
}

test("a closed stdout (race-check run --json r.json | true): same exit code, full report, no EPIPE", async () => {
  const json = path.join(dir, "clean.json");
  const clean = ["run", "--scenario", "Coupon Claim (atomic)", "--rounds", "3", "--json", json];
  const r = await withClosedOutput(clean, ["stdout"]);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /EPIPE|\n\s+at /);
  const report = JSON.parse(await readFile(json, "utf8")) as { verdict: string; scenarios: unknown[] };
  assert.equal(report.verdict, "ok");
  assert.equal(report.scenarios.length, 1);

  // A race keeps exit 1, with stdout and stderr both gone.
  const racy = path.join(dir, "racy.json");
  const both = await withClosedOutput(
    ["run", "--scenario", "Coupon Claim Race", "--rounds", "2", "--json", racy],
    ["stdout", "stderr"],
  );
  assert.equal(both.code, 1);
  assert.equal((JSON.parse(await readFile(racy, "utf8")) as { verdict: string }).verdict, "race");
});

test("explore with a closed stdout keeps its exit code and writes its report", async () => {
  const json = path.join(dir, "explore.json");
  const r = await withClosedOutput(
    ["explore", "--scenario", "Coupon Claim (atomic)", "--budget", "5", "--json", json],
    ["stdout"],
  );
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(await readFile(json, "utf8")) as { verdict: string }).verdict, "ok");
});

test("--json into a missing directory: exit 2 at once, before the backend is even contacted", async () => {
  let requests = 0;
  const deployment = http.createServer((_req, res) => {
    requests++;
    res.end();
  });
  deployment.listen(0, "127.0.0.1");
  await once(deployment, "listening");
  try {
    const url = `http://127.0.0.1:${(deployment.address() as AddressInfo).port}`;
    const began = performance.now();
    const r = await runCli(["run", "--backend", "url", "--url", url, "--json", path.join(dir, "nowhere", "r.json")], {
      env: { CONVEX_ADMIN_KEY: "some-admin-key-value" },
    });
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr.trim(), /^race-check: --json: directory .*nowhere does not exist; create it first/);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    assert.equal(requests, 0, "the deployment was contacted");
    assert.ok(performance.now() - began < 10_000);
  } finally {
    deployment.close();
  }
});

test("action: a report-path that is a directory fails the step with one line before the run", async () => {
  const reportDir = path.join(dir, "report-dir");
  await mkdir(reportDir);
  const run = await runActionInProcess({
    inputs: { "report-path": reportDir, rounds: "1" },
    payload: {},
    event: "push",
  });
  assert.equal(run.exitCode, 1);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.match(run.errors[0], /^::error::race-check: input report-path: .*report-dir is a directory/);
  assert.equal(run.outputs.verdict, "error");
  assert.doesNotMatch(run.stdout, /rounds, \d+ violating/, "the run started");
  assert.doesNotMatch(run.stdout + run.stderr, /EISDIR|\n\s+at /);
});

test("in-process runs: each gets its own boundary, and the process is left as it was", async () => {
  const key = "in-process-admin-key-0123456789";
  const json = `/nonexistent-${key}/r.json`;
  const [cwd, env, stdout, exitCode] = [process.cwd(), { ...process.env }, process.stdout, process.exitCode];
  const masked = await runCli(["run", "--json", json], { cwd: os.tmpdir(), env: { CONVEX_ADMIN_KEY: key } });
  assert.equal(masked.exitCode, 2, masked.stderr);
  assert.match(masked.stderr, /directory \/nonexistent-\*\*\* does not exist/);
  // The key was this run's secret, not the next one's.
  const plain = await runCli(["run", "--json", json]);
  assert.ok(plain.stderr.includes(`directory /nonexistent-${key} does not exist`), plain.stderr);
  const failed = await runActionInProcess({ event: "push", inputs: { "working-directory": "no/such/dir" } });
  assert.equal(failed.exitCode, 1);
  assert.match(failed.errors[0] ?? "", /^::error::race-check: input working-directory/);
  assert.deepEqual([process.cwd(), process.stdout, process.exitCode], [cwd, stdout, exitCode]);
  assert.deepEqual({ ...process.env }, env);
});
