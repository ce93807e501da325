// Requirement: the bundled action works in a user's repository that has only `convex` installed.
// dist/ is copied far from this repository's node_modules, and the user's project holds the sample
// app with a node_modules of convex alone: no tsx, no convex-test, no race-check, no esbuild of its
// own (convex brings one).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, realpath, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FakeGitHub } from "./helpers/fake-github.js";
import { FakeResults } from "./helpers/fake-results.js";
import { prPayload, runAction } from "./helpers/run-action.js";

async function userProject(): Promise<string> {
  const root = await realpath(await mkdtemp(path.join(os.tmpdir(), "race-check-user-")));
  const project = path.join(root, "repo");
  await mkdir(path.join(project, "node_modules"), { recursive: true });
  await cp(path.resolve("convex"), path.join(project, "convex"), { recursive: true });
  await cp(path.resolve("race-check.config.ts"), path.join(project, "race-check.config.ts"));
  // No "type": "module", as in many Convex apps: the loader must still treat convex/ as ESM.
  await writeFile(
    path.join(project, "package.json"),
    JSON.stringify({ name: "user-app", dependencies: { convex: "*" } }),
  );
  await symlink(path.resolve("node_modules/convex"), path.join(project, "node_modules/convex"), "dir");
  return project;
}

async function actionCopy(): Promise<string> {
  const root = await realpath(await mkdtemp(path.join(os.tmpdir(), "race-check-action-copy-")));
  await cp(path.resolve("dist"), path.join(root, "dist"), { recursive: true });
  await cp(path.resolve("action.yml"), path.join(root, "action.yml"));
  return root;
}

test("dist/index.js runs in a project whose node_modules holds only convex", async () => {
  assert.ok(existsSync("dist/index.js"), "dist/ is built (npm run bundle)");
  const [project, action] = [await userProject(), await actionCopy()];
  assert.deepEqual(await readdir(path.join(project, "node_modules")), ["convex"]);
  const gh = new FakeGitHub("berryfun", "app");
  const results = new FakeResults();
  await gh.start();
  await results.start();
  try {
    const r = await runAction({
      entry: path.join(action, "dist/index.js"),
      workspace: project,
      apiUrl: gh.url,
      payload: prPayload(5),
      inputs: { rounds: "3", "github-token": "ghs_distTest", "artifact-name": "race-check-dist" },
      env: {
        ACTIONS_RUNTIME_TOKEN: FakeResults.runtimeToken(),
        ACTIONS_RESULTS_URL: `${results.url}/`,
        // The artifact client refuses GitHub Enterprise Server hosts; a .localhost host is not one.
        GITHUB_SERVER_URL: "https://github.localhost",
      },
    });
    assert.equal(r.exitCode, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, "race", r.stdout + r.stderr);
    const rates = JSON.parse(r.outputs["detection-rates"]) as Record<string, number>;
    assert.ok(rates["Session Capacity Race"] > 0 && rates["Coupon Claim Race"] > 0);
    assert.equal(rates["Session Capacity (atomic)"], 0);
    assert.equal(rates["Coupon Claim (atomic)"], 0);
    assert.equal(r.outputs.report, path.join(project, "race-check-report.json"));
    assert.equal(gh.comments.length, 1);
    assert.ok(r.errors.some((l) => l.includes("file=convex/ledgerItems.ts,line=31,")));
    assert.doesNotMatch(r.stderr, /Warning|Error/);
    // The bundled artifact client uploaded the JSON report: a zip holding race-check-report.json.
    assert.equal(r.warnings.length, 0, r.warnings.join("\n"));
    assert.equal(results.artifacts.length, 1);
    const [artifact] = results.artifacts;
    assert.equal(artifact.name, "race-check-dist");
    assert.ok(artifact.finalized);
    assert.equal(artifact.bytes.subarray(0, 2).toString(), "PK");
    assert.ok(artifact.bytes.includes(Buffer.from("race-check-report.json")));
  } finally {
    await gh.close();
    await results.close();
  }
});

test("dist: a config with a TypeScript error fails with one line naming file and line", async () => {
  const [project, action] = [await userProject(), await actionCopy()];
  await writeFile(
    path.join(project, "race-check.config.ts"),
    'import { defineConfig } from "race-check";\nexport default defineConfig({ scenarios: [ });\n',
  );
  const r = await runAction({
    entry: path.join(action, "dist/index.js"),
    workspace: project,
    event: "push",
    inputs: {},
  });
  assert.equal(r.exitCode, 1);
  assert.equal(r.errors.length, 1, r.stdout);
  assert.match(
    r.errors[0],
    /^::error::race-check: cannot load race-check\.config\.ts: .*race-check\.config\.ts:2:\d+: /,
  );
});
