// The user's toolchain: default exports, functions in http.ts, JSX per convex/tsconfig.json
// (fixture test/fixtures/toolchain-app), and the project's convex version checked up front (the
// CLI's entry in this process: helpers/in-process.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { anyApi } from "convex/server";
import { SUPPORTED_CONVEX } from "../src/config/convex-version.ts";
import { custom } from "../src/config/define.ts";
import { scanFunctions } from "../src/config/functions.ts";
import { loadConfigFile } from "../src/config/load.ts";
import type { CustomInvariant, RaceCheckConfig } from "../src/config/types.ts";
import { functionPath } from "../src/config/function-ref.ts";
import { runExplore } from "../src/run-explore.ts";
import { prepareRun, runRaceCheck } from "../src/run.ts";
import { runCli } from "./helpers/in-process.js";

const app = path.resolve("test/fixtures/toolchain-app");
const configFile = path.join(app, "race-check.config.ts");

/** The fixture's config, counting per scenario the operations that succeeded. */
async function counting(): Promise<{ config: RaceCheckConfig; succeeded: Map<string, number> }> {
  const config = (await loadConfigFile(configFile)) as RaceCheckConfig;
  const succeeded = new Map<string, number>();
  const scenarios = config.scenarios.map((s) => {
    const inner = s.invariant as CustomInvariant;
    return {
      ...s,
      invariant: custom(async (ctx) => {
        succeeded.set(s.name, (succeeded.get(s.name) ?? 0) + ctx.history.filter((op) => op.outcome === "ok").length);
        return inner.check(ctx);
      }),
    };
  });
  return { config: { ...config, scenarios }, succeeded };
}

const SCENARIOS = [
  "Join by generated reference",
  "Join by module",
  "Join by module:default",
  "Function exported from http.ts",
];

test("a default export is named module:default however it is referenced", () => {
  assert.equal(functionPath(anyApi.joinGame.default as never), "joinGame:default");
  assert.equal(functionPath(anyApi.games.join as never), "games:join");
  assert.equal(functionPath("joinGame"), "joinGame:default");
  assert.equal(functionPath("joinGame:default"), "joinGame:default");
});

test("functions are found in every module, default exports with their visibility", async () => {
  const known = await scanFunctions(path.join(app, "convex"));
  assert.equal(known.get("joinGame:default")?.visibility, "public");
  assert.equal(known.get("cleanup:default")?.visibility, "internal");
  assert.equal(known.get("http:seen")?.visibility, "public");
  assert.equal(known.has("schema:default"), false);
});

test("run: default exports (by reference, module, module:default), http.ts functions and JSX work", async () => {
  const { config, succeeded } = await counting();
  const result = await runRaceCheck({ config, projectDir: app, rounds: 2, clients: 3 });
  assert.equal(result.verdict, "ok", JSON.stringify(result.scenarios.map((s) => [s.name, s.headline, s.error])));
  // The invariant compares each player's welcome with the HTML the automatic JSX runtime renders.
  for (const name of SCENARIOS) assert.equal(succeeded.get(name), 2 * 3, name);
});

test("explore: the same scenarios, in process", async () => {
  const { config, succeeded } = await counting();
  const result = await runExplore({ config, projectDir: app, budget: 4, strategy: "random", seed: 3 });
  assert.equal(result.verdict, "ok", JSON.stringify(result.scenarios.map((s) => [s.name, s.headline, s.error])));
  for (const name of SCENARIOS) assert.equal(succeeded.get(name), 4 * 3, name);
});

test("an internal default export is still refused as act.fn", async () => {
  const config = (await loadConfigFile(configFile)) as RaceCheckConfig;
  const scenario = { ...config.scenarios[0], act: { fn: "cleanup" } };
  await assert.rejects(
    prepareRun({ config: { ...config, scenarios: [scenario] }, projectDir: app }),
    /act\.fn: cleanup:default is internal/,
  );
});

test("the supported convex range is the bundled convex-test's peer range", async () => {
  const pkg = JSON.parse(await readFile("node_modules/convex-test/package.json", "utf8")) as {
    peerDependencies: { convex: string };
  };
  assert.equal(pkg.peerDependencies.convex, `^${SUPPORTED_CONVEX.min}`);
  assert.equal(SUPPORTED_CONVEX.belowMajor, Number(SUPPORTED_CONVEX.min.split(".")[0]) + 1);
});

/** A project whose installed convex is a stand-in package.json (nothing imports it before the check). */
async function projectWithConvex(manifest: object): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-convex-version-"));
  await mkdir(path.join(dir, "node_modules", "convex"), { recursive: true });
  await mkdir(path.join(dir, "convex"));
  await writeFile(
    path.join(dir, "node_modules", "convex", "package.json"),
    JSON.stringify({ name: "convex", ...manifest }),
  );
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ name: "old-app", dependencies: { convex: "*" } }));
  await writeFile(
    path.join(dir, "race-check.config.ts"),
    `export default { scenarios: [{ name: "s", act: { fn: "games:join" }, invariant: { kind: "maxSuccesses", limit: 1 } }] };\n`,
  );
  return dir;
}

async function cliFails(dir: string, message: RegExp): Promise<void> {
  const r = await runCli(["run", "--config", path.join(dir, "race-check.config.ts")]);
  assert.equal(r.exitCode, 2, `exit ${r.exitCode}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 1, `expected one line, got:\n${r.stderr}`);
  assert.match(lines[0], message);
  assert.doesNotMatch(r.stderr, /\n\s+at /, "stack trace leaked");
  assert.equal(r.stdout, "", "something ran");
}

test("convex 1.31: one line naming the found and needed versions and the fix, exit 2", async () => {
  const dir = await projectWithConvex({ version: "1.31.0" });
  await cliFails(
    dir,
    /^race-check: convex 1\.31\.0 is installed in .*race-check-convex-version-\w+, but race-check needs convex >= 1\.43\.0 and < 2: run `npm i convex@\^1\.48`$/,
  );
});

test("a convex that needs a newer Node than this one: one line, exit 2", async () => {
  const dir = await projectWithConvex({ version: "1.49.0", engines: { node: ">=99.0.0" } });
  await cliFails(
    dir,
    /^race-check: convex 1\.49\.0 needs Node >=99\.0\.0 and this is Node \d+\.\d+\.\d+: use Node 99 or later$/,
  );
});
