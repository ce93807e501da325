// Secrets: every entry point, run with recognizable keys and tokens, must never print them —
// not on stdout or stderr, not in the JSON or Markdown report, the outputs, the summary or a comment.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import { ConvexHttpClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";
import { startEmbedded } from "../src/backends/embedded/index.ts";
import type { RunningBackend } from "../src/backends/types.ts";
import { FakeGitHub } from "./helpers/fake-github.js";
import { prPayload, runAction } from "./helpers/run-action.js";

const CLI = path.resolve("bin/race-check.js");
const TOKEN = "ghs_RECOGNIZABLEfakeToken9f8e7d6c5b4a";
const FAKE_KEY = "RECOGNIZABLE-fake-admin-key|0123456789abcdef";
let backend: RunningBackend;
let dir: string;

before(async () => {
  backend = await startEmbedded({ projectDir: process.cwd() });
  dir = await mkdtemp(path.join(os.tmpdir(), "race-check-secrets-"));
});
after(async () => backend.stop());

/** The secret, and a long piece of it, must appear nowhere (masking commands aside). */
function assertAbsent(secret: string, where: string, text: string): void {
  const visible = text
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
  for (const piece of [secret, secret.slice(-16)]) {
    assert.ok(!visible.includes(piece), `${where} contains (part of) a secret`);
  }
}

test("CLI on --backend url with a real admin key: no key in any output", async () => {
  const json = path.join(dir, "cli.json");
  const md = path.join(dir, "cli.md");
  const r = await execa(
    "node",
    [CLI, "run", "--backend", "url", "--url", backend.url, "--rounds", "2", "--json", json, "--markdown", md],
    { reject: false, env: { CONVEX_ADMIN_KEY: backend.adminKey } },
  );
  assert.equal(r.exitCode, 1, r.stderr);
  assertAbsent(backend.adminKey, "stdout", r.stdout);
  assertAbsent(backend.adminKey, "stderr", r.stderr);
  assertAbsent(backend.adminKey, "JSON report", await readFile(json, "utf8"));
  assertAbsent(backend.adminKey, "Markdown report", await readFile(md, "utf8"));
});

test("CLI with a wrong admin key: the failure names the problem, not the key", async () => {
  const r = await execa("node", [CLI, "run", "--backend", "url", "--url", backend.url, "--rounds", "1"], {
    reject: false,
    env: { CONVEX_ADMIN_KEY: FAKE_KEY },
  });
  assert.notEqual(r.exitCode, 0);
  assert.match(r.stderr, /Could not find public function/);
  assertAbsent(FAKE_KEY, "stdout", r.stdout);
  assertAbsent(FAKE_KEY, "stderr", r.stderr);
});

test("action on a pull request with an admin key and a token: no secret in logs, outputs, summary, report or comment", async () => {
  const gh = new FakeGitHub("berryfun", "app");
  await gh.start();
  try {
    const report = path.join(dir, "action.json");
    const run = await runAction({
      apiUrl: gh.url,
      payload: prPayload(3),
      inputs: {
        backend: "url",
        "convex-url": backend.url,
        "admin-key": backend.adminKey,
        "github-token": TOKEN,
        rounds: "2",
        "report-path": report,
      },
    });
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    assert.ok(run.stdout.includes(`::add-mask::${backend.adminKey}`), "admin key not registered as a secret");
    assert.equal(gh.comments.length, 1, "the run should have commented");
    for (const secret of [backend.adminKey, TOKEN]) {
      assertAbsent(secret, "action stdout", run.stdout);
      assertAbsent(secret, "action stderr", run.stderr);
      assertAbsent(secret, "outputs", JSON.stringify(run.outputs));
      assertAbsent(secret, "job summary", run.summary);
      assertAbsent(secret, "report", await readFile(report, "utf8"));
      assertAbsent(secret, "comment", gh.comments.map((c) => c.body).join("\n"));
    }
  } finally {
    await gh.close();
  }
});

test("processes started for a run do not inherit the action's inputs or the runner's tokens", async () => {
  const planted = {
    "INPUT_GITHUB-TOKEN": TOKEN,
    "INPUT_ADMIN-KEY": FAKE_KEY,
    ACTIONS_RUNTIME_TOKEN: "runtime",
    GITHUB_TOKEN: TOKEN,
  };
  Object.assign(process.env, planted);
  let child: RunningBackend | undefined;
  try {
    child = await startEmbedded({ projectDir: path.resolve("test/fixtures/faults-app") });
    const admin = new ConvexHttpClient(child.url);
    (admin as unknown as { setAdminAuth: (k: string) => void }).setAdminAuth(child.adminKey);
    const names = (await admin.query(makeFunctionReference<"query">("faults:envNames"), {})) as string[];
    assert.ok(names.includes("PATH"), "the child should keep the ordinary environment");
    for (const name of Object.keys(planted)) assert.ok(!names.includes(name), `${name} reached the backend process`);
  } finally {
    for (const name of Object.keys(planted)) delete process.env[name];
    await child?.stop();
  }
});
