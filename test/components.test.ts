// Components: an app using two components from npm (the rate limiter with its own nested batch
// worker, the sharded counter) and a local one, in run and in explore, and the offline codegen
// that keeps the `components` export. Fixture: test/fixtures/components-app.
import { after, before, mock, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { convexTest } from "convex-test";
import { anyApi } from "convex/server";
import { loadComponents, registerComponents } from "../src/backends/embedded/components.ts";
import { buildModuleMap } from "../src/backends/embedded/modules.ts";
import { ensureGenerated } from "../src/config/codegen.ts";
import { custom } from "../src/config/define.ts";
import { scanFunctions } from "../src/config/functions.ts";
import { loadConfigFile } from "../src/config/load.ts";
import type { CustomInvariant, RaceCheckConfig } from "../src/config/types.ts";
import { ConfigError } from "../src/errors.ts";
import { runExplore } from "../src/run-explore.ts";
import { runRaceCheck } from "../src/run.ts";

const app = path.resolve("test/fixtures/components-app");
const functionsDir = path.join(app, "convex");
let tmp: string;

before(async () => {
  await mkdir(".tmp", { recursive: true });
  // Inside the repository, so copies of the app resolve its packages as the app does.
  tmp = await mkdtemp(path.resolve(".tmp", "components-"));
});
after(() => rm(tmp, { recursive: true, force: true }));

/**
 * The fixture's config with every invariant also counting the operations that succeeded per
 * scenario: an OK verdict over operations that all failed would prove nothing.
 */
async function counting(configFile: string): Promise<{ config: RaceCheckConfig; succeeded: Map<string, number> }> {
  const config = (await loadConfigFile(configFile)) as RaceCheckConfig;
  const succeeded = new Map<string, number>();
  const scenarios = config.scenarios.map((s) => {
    const inner = s.invariant as CustomInvariant;
    assert.equal(inner.kind, "custom", `${s.name}: the fixture's invariants are custom`);
    return {
      ...s,
      invariant: custom(async (ctx) => {
        const ok = ctx.history.filter((op) => op.outcome === "ok").length;
        succeeded.set(s.name, (succeeded.get(s.name) ?? 0) + ok);
        return inner.check(ctx);
      }),
    };
  });
  return { config: { ...config, scenarios }, succeeded };
}

test("every component instance is found, nested ones under their parent, each with its schema and modules", async () => {
  await loadConfigFile(path.join(app, "race-check.config.ts")); // registers the loader for this project
  const regs = await loadComponents(functionsDir);
  assert.deepEqual(
    regs.map((r) => r.path),
    ["rateLimiter", "rateLimiter/batchWorker", "likes", "audit"],
  );
  const byPath = new Map(regs.map((r) => [r.path, r]));
  assert.match(byPath.get("rateLimiter/batchWorker")!.dir, /node_modules[\\/]@convex-dev[\\/]batch-worker[\\/]/);
  assert.equal(byPath.get("audit")!.dir, path.join(functionsDir, "audit"));
  for (const r of regs) {
    assert.ok(r.schema, `${r.path} has a schema`);
    assert.ok(
      Object.keys(r.modules).some((k) => k.includes("/_generated/")),
      `${r.path}'s modules include _generated`,
    );
  }
  assert.ok(Object.keys(byPath.get("likes")!.modules).some((k) => k.endsWith("/public.js")));
  // A local component's modules are its own, not the app's.
  const known = await scanFunctions(functionsDir);
  assert.ok(known.has("messages:send"));
  assert.ok(![...known.keys()].some((k) => k.startsWith("audit/")), [...known.keys()].join(", "));
});

test("a nested component is registered under its parent: the rate limiter's queued updates reach its batch worker", async () => {
  await loadConfigFile(path.join(app, "race-check.config.ts"));
  const modules = await buildModuleMap(functionsDir);
  const schema = (await modules["./convex/schema.ts"]()).default;
  const regs = await loadComponents(functionsDir);
  // The batch worker schedules its loop and a monitor a minute on: keep those timers in the test.
  mock.timers.enable({ apis: ["setTimeout"] });
  try {
    const t = convexTest(schema as never, modules);
    registerComponents(t, regs);
    await t.mutation(anyApi.visits.record, { page: "/a" });
    assert.equal(await t.query(anyApi.visits.countFor, { page: "/a" }), 1);

    const withoutNested = convexTest(schema as never, modules);
    registerComponents(
      withoutNested,
      regs.filter((r) => r.path !== "rateLimiter/batchWorker"),
    );
    await assert.rejects(
      withoutNested.mutation(anyApi.visits.record, { page: "/a" }),
      /Component "rateLimiter\/batchWorker" is not registered/,
    );
  } finally {
    mock.timers.reset();
  }
});

test("run: the app's scenarios through its components come out OK, with operations succeeding", async () => {
  const { config, succeeded } = await counting(path.join(app, "race-check.config.ts"));
  const result = await runRaceCheck({ config, projectDir: app, rounds: 2, clients: 5, backend: "embedded" });
  assert.equal(result.verdict, "ok", JSON.stringify(result.scenarios.map((s) => [s.name, s.headline, s.error])));
  assert.deepEqual([...succeeded.keys()].sort(), [
    "A component schedules the write",
    "Rate-limited send",
    "Sharded like counter",
    "Visits under an asynchronous limit",
  ]);
  // The component's own scheduled writes are settled before the check (they are not the root's).
  assert.equal(succeeded.get("A component schedules the write"), 2 * 5);
  // Three sends per author get through the limit; every like and visit succeeds.
  assert.equal(succeeded.get("Rate-limited send"), 2 * 3);
  assert.equal(succeeded.get("Sharded like counter"), 2 * 5);
  assert.equal(succeeded.get("Visits under an asynchronous limit"), 2 * 5);
});

test("explore: the same scenarios come out OK, with operations succeeding", async () => {
  const { config, succeeded } = await counting(path.join(app, "race-check.config.ts"));
  // Scheduled work of every component is a task of the schedule: the batch worker's monitor, a
  // minute out, is beyond the horizon and never started (nor left running in this process).
  const result = await runExplore({
    config,
    projectDir: app,
    scenario: [
      "Rate-limited send",
      "Sharded like counter",
      "Visits under an asynchronous limit",
      "A component schedules the write",
    ],
    clients: 4,
    budget: 6,
    strategy: "random",
    seed: 7,
  });
  assert.equal(result.verdict, "ok", JSON.stringify(result.scenarios.map((s) => [s.name, s.headline, s.error])));
  assert.ok(result.scenarios.every((s) => s.schedules === 6));
  assert.equal(succeeded.get("Rate-limited send"), 6 * 3);
  assert.equal(succeeded.get("Sharded like counter"), 6 * 4);
  assert.equal(succeeded.get("A component schedules the write"), 6 * 4);
});

test("without convex/_generated the app is generated offline, keeps `components`, and runs", async () => {
  const copy = path.join(tmp, "no-generated");
  await cp(app, copy, { recursive: true });
  await rm(path.join(copy, "convex", "_generated"), { recursive: true });
  // Deployment variables of the machine must not steer (or break) the offline codegen.
  process.env.CONVEX_DEPLOYMENT = "prod:nowhere-123";
  process.env.CONVEX_SELF_HOSTED_URL = "http://127.0.0.1:9";
  let result;
  try {
    result = await runRaceCheck({
      configFile: path.join(copy, "race-check.config.ts"),
      scenario: "Rate-limited send",
      rounds: 1,
      clients: 4,
      backend: "embedded",
    });
  } finally {
    delete process.env.CONVEX_DEPLOYMENT;
    delete process.env.CONVEX_SELF_HOSTED_URL;
  }
  assert.equal(result.verdict, "ok", JSON.stringify(result.scenarios.map((s) => [s.name, s.headline, s.error])));
  assert.match(result.scenarios[0].headline, /^3\/3 sends let through, 3 stored, 3 audited$/);
  const js = await readFile(path.join(copy, "convex/_generated/api.js"), "utf8");
  assert.match(js, /import \{ anyApi, componentsGeneric \} from "convex\/server";/);
  assert.match(js, /^export const components = componentsGeneric\(\);$/m);
  const dts = await readFile(path.join(copy, "convex/_generated/api.d.ts"), "utf8");
  assert.match(
    dts,
    /"rateLimiter": import\("@convex-dev\/rate-limiter\/_generated\/component\.js"\)\.ComponentApi<"rateLimiter">/,
  );
  assert.match(
    dts,
    /"likes": import\("@convex-dev\/sharded-counter\/_generated\/component\.js"\)\.ComponentApi<"likes">/,
  );
  assert.match(dts, /"audit": import\("\.\.\/audit\/_generated\/component\.js"\)\.ComponentApi<"audit">/);
  // Once there, it is left alone.
  assert.deepEqual(await ensureGenerated(copy, path.join(copy, "convex")), { generated: false });
});

test("a generated api without `components` in an app with a convex.config is refused in one line", async () => {
  const copy = path.join(tmp, "stale");
  await cp(app, copy, { recursive: true });
  const api = path.join(copy, "convex/_generated/api.js");
  await writeFile(api, (await readFile(api, "utf8")).replace(/^export const components.*$/m, ""));
  await assert.rejects(ensureGenerated(copy, path.join(copy, "convex")), (e: Error) => {
    assert.ok(e instanceof ConfigError);
    assert.match(e.message, /api\.js has no `components` export, but .*convex\/ has a convex\.config: delete /);
    assert.doesNotMatch(e.message, /\n/);
    return true;
  });
});
