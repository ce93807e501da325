// The output boundary: a closed stdout never changes the exit code or the report, and report paths
// are checked before anything runs (CLI, explore and the action).
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdir, mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { runAction } from "./helpers/run-action.js";

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
    const child = spawn(
      process.execPath,
      [CLI, "run", "--backend", "url", "--url", url, "--json", path.join(dir, "nowhere", "r.json")],
      { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, CONVEX_ADMIN_KEY: "some-admin-key-value" } },
    );
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const [code] = (await once(child, "exit")) as [number];
    assert.equal(code, 2);
    assert.match(stderr.trim(), /^race-check: --json: directory .*nowhere does not exist; create it first/);
    assert.equal(stderr.trim().split("\n").length, 1);
    assert.equal(requests, 0, "the deployment was contacted");
    assert.ok(performance.now() - began < 10_000);
  } finally {
    deployment.close();
  }
});

test("action: a report-path that is a directory fails the step with one line before the run", async () => {
  const reportDir = path.join(dir, "report-dir");
  await mkdir(reportDir);
  const run = await runAction({ inputs: { "report-path": reportDir, rounds: "1" }, payload: {}, event: "push" });
  assert.equal(run.exitCode, 1);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.match(run.errors[0], /^::error::race-check: input report-path: .*report-dir is a directory/);
  assert.equal(run.outputs.verdict, "error");
  assert.doesNotMatch(run.stdout, /rounds, \d+ violating/, "the run started");
  assert.doesNotMatch(run.stdout + run.stderr, /EISDIR|\n\s+at /);
});
