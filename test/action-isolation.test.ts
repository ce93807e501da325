// Tokens out of reach: the user's config and functions run in a process of their own, whose
// environment holds none of the action's inputs (the GitHub token among them), none of the
// runner's tokens and none of the runner's step files. A config goes looking for them at load
// time, in a client flow and in its invariant, and writes down what it found.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import { FakeGitHub } from "./helpers/fake-github.js";
import { prPayload, runAction } from "./helpers/run-action.js";

const TOKEN = "ghs_isolationTestTokenNeverSeen0123456789";
const RUNTIME = "runtime-token-never-seen-0123456789";
const APP = path.resolve("test/fixtures/gating-app");

interface Probe {
  where: string;
  found: string[];
  values: unknown[];
}

async function probes(file: string): Promise<Probe[]> {
  return (await readFile(file, "utf8"))
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Probe);
}

test("the probe finds a token when one is there: run directly with one in its environment", async () => {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), "race-check-probe-")), "found.jsonl");
  const r = await execa("node", [path.resolve("bin/race-check.js"), "run", "--config", "probe.config.ts"], {
    cwd: APP,
    reject: false,
    env: { PROBE_OUT: out, "INPUT_GITHUB-TOKEN": TOKEN, ACTIONS_RUNTIME_TOKEN: RUNTIME, CONVEX_ADMIN_KEY: "" },
  });
  assert.equal(r.exitCode, 0, r.stderr);
  // The config loads twice: once in a child under a time limit (which, like every child of ours,
  // gets no token), then in the run's own process, which here has them.
  const found = await probes(out);
  assert.deepEqual([...new Set(found.map((p) => p.where))], ["config", "act", "invariant"]);
  const withTokens = found.filter((p) => p.found.length > 0).map((p) => p.where);
  assert.deepEqual([...new Set(withTokens)], ["config", "act", "invariant"]);
  for (const p of found.filter((x) => x.found.length > 0)) {
    assert.deepEqual(p.found.sort(), ["ACTIONS_RUNTIME_TOKEN", "INPUT_GITHUB-TOKEN"]);
  }
});

test("in the action, the config and its functions find no input, no runner token and no step file", async () => {
  const gh = new FakeGitHub("berryfun", "app");
  await gh.start();
  try {
    const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-probe-"));
    const out = path.join(dir, "found.jsonl");
    const r = await runAction({
      apiUrl: gh.url,
      payload: prPayload(7),
      env: {
        PROBE_OUT: out,
        ACTIONS_RUNTIME_TOKEN: RUNTIME,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME,
        GITHUB_TOKEN: TOKEN,
      },
      inputs: {
        "working-directory": "test/fixtures/gating-app",
        config: "probe.config.ts",
        "github-token": TOKEN,
        "report-path": path.join(dir, "report.json"),
      },
    });
    assert.equal(r.exitCode, 0, r.stdout + r.stderr);
    const found = await probes(out);
    assert.deepEqual(
      [...new Set(found.map((p) => p.where))],
      ["config", "act", "invariant"],
      "the probe ran everywhere",
    );
    for (const p of found) {
      assert.deepEqual(p.found, [], `${p.where} found ${p.found.join(", ")}`);
      assert.ok(!JSON.stringify(p.values).includes(TOKEN) && !JSON.stringify(p.values).includes(RUNTIME));
    }
    // What it put in its report says the same, and the action still commented with the token.
    const report = JSON.parse(await readFile(path.join(dir, "report.json"), "utf8"));
    assert.equal(report.scenarios[0].headline, "found: nothing");
    assert.equal(gh.comments.length, 1);
    assert.ok(gh.requests.every((q) => q.authorization === `token ${TOKEN}`));
  } finally {
    await gh.close();
  }
});
