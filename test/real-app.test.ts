// Real apps (issue 12): signed-in users, HTTP actions and the deployment's environment, each in a
// small app of our own, in `run` and in `explore`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { startEmbedded } from "../src/backends/embedded/index.ts";
import { runExplore } from "../src/run-explore.ts";
import { defineConfig, maxSuccesses, scenario } from "../src/index.ts";
import { runRaceCheck } from "../src/run.ts";
import type { RunResult } from "../src/engine/result.ts";
import { ConfigError } from "../src/errors.ts";
import { renderText } from "../src/report/text.ts";
import { renderJson } from "../src/report/json.ts";
import { redactDeep } from "../src/output/secrets.ts";

const AUTH = "test/fixtures/auth-app/race-check.config.ts";
const HTTP = "test/fixtures/http-app/race-check.config.ts";
const ENV = "test/fixtures/env-app/race-check.config.ts";
const SECRET = "sk_test_raceCheckEnvSecret0123456789";

const verdicts = (r: RunResult) => Object.fromEntries(r.scenarios.map((s) => [s.name, s.verdict]));

test("signed-in users: one user submitting twice through a check-then-act action races, its atomic twin does not; each user is themselves (run)", async () => {
  const r = await runRaceCheck({ configFile: AUTH, seed: 1, rounds: 3 });
  assert.deepEqual(verdicts(r), {
    "Double submit (action)": "race",
    "Double submit (atomic)": "ok",
    "Each user is themselves": "ok",
    // The identity reaches HTTP actions too, as on the real backend (http_actions.rs).
    "HTTP actions see the user too": "ok",
  });
  // The atomic twin really ran signed in: one submission succeeded, the others were refused.
  const atomic = r.scenarios[1].sampleRound!.history.map((op) => op.outcome).sort();
  assert.deepEqual(atomic, ["fail", "fail", "fail", "ok"]);
  const whoami = r.scenarios[2].sampleRound!.history;
  assert.deepEqual(
    whoami.map((op) => (op.value as { subject: string } | null)?.subject ?? null),
    ["user0|session0", "user1|session1", "user2|session2", null],
  );
});

test("signed-in users in explore: the same verdicts, and the double submit is a two-client trace", async () => {
  const r = await runExplore({ configFile: AUTH, seed: 2, budget: 40 });
  assert.deepEqual(verdicts(r), {
    "Double submit (action)": "race",
    "Double submit (atomic)": "ok",
    "Each user is themselves": "ok",
    "HTTP actions see the user too": "ok",
  });
  assert.equal(r.scenarios[0].counterexample!.clients.length, 2);
});

const internalAsUser = defineConfig({
  rounds: 2,
  clients: 2,
  scenarios: [
    scenario({
      name: "signed-in user calls an internal function",
      setup: "raceTesting:newForm",
      identity: ({ client }) => ({ subject: `u${client}` }),
      act: async ({ convex, setup }) =>
        await convex.mutation("submissions:insert" as never, { formId: setup.formId, user: "x" } as never),
      invariant: maxSuccesses({ limit: 0 }),
    }),
  ],
});

test("a user acting through the admin key still cannot reach internal functions, on every backend", async () => {
  const projectDir = path.resolve("test/fixtures/auth-app");
  const embedded = await runRaceCheck({ config: internalAsUser, projectDir, seed: 3 });
  const direct = await startEmbedded({ projectDir });
  try {
    // A deployment reached by URL would run it for the admin acting as a user: the engine refuses.
    const viaUrl = await runRaceCheck({
      config: internalAsUser,
      projectDir,
      backend: "url",
      url: direct.url,
      adminKey: direct.adminKey,
      seed: 3,
    });
    const explored = await runExplore({ config: internalAsUser, projectDir, seed: 3, budget: 3 });
    for (const r of [embedded, viaUrl, explored]) {
      assert.equal(r.verdict, "error", r.mode);
      assert.match(r.scenarios[0].headline, /Could not find public function for 'submissions:insert'/, r.mode);
    }
  } finally {
    await direct.stop();
  }
});

test("HTTP actions on a deployment reached by URL: --site-url names where its routes are served", async () => {
  const projectDir = path.resolve("test/fixtures/http-app");
  const deployment = await startEmbedded({ projectDir });
  try {
    const r = await runRaceCheck({
      configFile: HTTP,
      backend: "url",
      url: deployment.url,
      siteUrl: deployment.siteUrl,
      adminKey: deployment.adminKey,
      seed: 4,
      rounds: 3,
    });
    assert.deepEqual(verdicts(r), {
      "Webhook delivered twice (/stripe)": "race",
      "Webhook delivered twice (/stripe-atomic)": "ok",
    });
  } finally {
    await deployment.stop();
  }
});

test("an identity that is not one is the config's mistake: one line, before anything fires", async () => {
  const config = defineConfig({
    scenarios: [
      scenario({
        name: "bad identity",
        identity: () => ({ name: "no subject" }) as never,
        act: { fn: "submissions:whoami" },
        invariant: maxSuccesses({ limit: 10 }),
      }),
    ],
  });
  await assert.rejects(
    runRaceCheck({ config, projectDir: path.resolve("test/fixtures/auth-app"), rounds: 1 }),
    (e: unknown) => e instanceof ConfigError && /identity for client 0 returned .*expected \{ subject/.test(e.message),
  );
});

test("HTTP actions: a webhook delivered twice races through the check-then-act route, not the atomic one (run and explore)", async () => {
  const run = await runRaceCheck({ configFile: HTTP, seed: 4, rounds: 3 });
  const explore = await runExplore({ configFile: HTTP, seed: 4, budget: 30 });
  for (const r of [run, explore]) {
    assert.deepEqual(
      verdicts(r),
      { "Webhook delivered twice (/stripe)": "race", "Webhook delivered twice (/stripe-atomic)": "ok" },
      r.mode,
    );
  }
  // A request the app refuses (here: no route) tested nothing: it fails, and is never "OK".
  const typo = await runRaceCheck({
    config: defineConfig({
      scenarios: [
        scenario({
          name: "typo in the path",
          setup: "payments:newEvent",
          act: async ({ fetch, siteUrl }) =>
            await (await fetch(`${siteUrl}/strpe`, { method: "POST", body: "{}" })).text(),
          invariant: maxSuccesses({ limit: 5 }),
        }),
      ],
    }),
    projectDir: path.resolve("test/fixtures/http-app"),
    rounds: 1,
    clients: 2,
  });
  assert.equal(typo.verdict, "error");
  // The deliveries are in the history as calls of their own, released at the fire gate together.
  const calls = run.scenarios[0].sampleRound!.history.flatMap((op) => op.calls);
  assert.ok(calls.every((c) => c.endpoint === "http" && c.path === "POST /stripe" && c.outcome === "ok"));
  assert.equal(run.scenarios[0].fireSpread.source, "server");
  const trace = explore.scenarios[0].counterexample!.trace.join("\n");
  assert.match(trace, /runQuery +payments:seen[\s\S]*runMutation +payments:credit/);
});

test("the deployment's environment: a module that needs a variable loads when env gives it, and functions see nothing of the machine (run and explore)", async () => {
  process.env.RACE_CHECK_SHOULD_NOT_LEAK = "machine-value";
  try {
    const run = await runRaceCheck({ configFile: ENV, seed: 5 });
    const explore = await runExplore({ configFile: ENV, seed: 5, budget: 5 });
    for (const r of [run, explore]) {
      assert.equal(r.scenarios[0].verdict, "ok", `${r.mode}: ${r.scenarios[0].headline}`);
      assert.equal(r.scenarios[1].verdict, "ok", r.mode);
      // A function that puts the value in its error message: whatever is written passes the output
      // boundary, which knows every env value as a secret.
      const written = redactDeep(r);
      assert.match(written.scenarios[2].headline, /charge failed with key \*\*\*/, r.mode);
      assert.ok(!renderText(written).includes(SECRET) && !renderJson(written).includes(SECRET), r.mode);
    }
    // race-check's own process environment is back as it was after explore.
    assert.equal(process.env.RACE_CHECK_SHOULD_NOT_LEAK, "machine-value");
  } finally {
    delete process.env.RACE_CHECK_SHOULD_NOT_LEAK;
  }
});

test("without the variable the module cannot load, and the run says why in one line", async () => {
  const { default: config } = (await import(path.resolve(ENV))) as { default: Parameters<typeof defineConfig>[0] };
  const r = await runRaceCheck({
    config: { ...config, env: {}, scenarios: [config.scenarios[1]] },
    projectDir: path.resolve("test/fixtures/env-app"),
    rounds: 1,
  }).catch((e: Error) => e);
  const message = r instanceof Error ? r.message : r.scenarios[0].headline;
  assert.match(message, /STRIPE_SECRET_KEY is not set/);
});

test("bad env in a config: one line naming the variable, never its value", async () => {
  await assert.rejects(
    runRaceCheck({
      config: { env: { "1BAD": "x" }, scenarios: [] } as never,
      projectDir: path.resolve("test/fixtures/env-app"),
    }),
    (e: unknown) => e instanceof ConfigError && /env\.1BAD/.test(e.message),
  );
  await assert.rejects(
    runRaceCheck({
      config: { env: { KEY: 12345678 }, scenarios: [] } as never,
      projectDir: path.resolve("test/fixtures/env-app"),
    }),
    (e: unknown) =>
      e instanceof ConfigError && /env\.KEY: expected a string/.test(e.message) && !/12345678/.test(e.message),
  );
  assert.ok((await readFile(ENV, "utf8")).includes("env:"));
});

test("end to end: an env value echoed by a function reaches neither the terminal nor the report", async () => {
  const { execa } = await import("execa");
  const { mkdtemp } = await import("node:fs/promises");
  const os = await import("node:os");
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-env-"));
  const report = path.join(dir, "report.json");
  const r = await execa(
    process.execPath,
    ["bin/race-check.js", "run", "--config", ENV, "--scenario", "An error that echoes the key", "--json", report],
    { reject: false },
  );
  assert.equal(r.exitCode, 3, r.stderr);
  assert.match(r.stdout, /charge failed with key \*\*\*/);
  for (const text of [r.stdout, r.stderr, await readFile(report, "utf8")]) assert.ok(!text.includes(SECRET));
});

test("function logs and scheduled functions' errors go to the report and a log file, never flooding the terminal (run and explore)", async () => {
  const SCHEDULED = "test/fixtures/scheduled-app/race-check.config.ts";
  const seen: string[] = [];
  const run = await runRaceCheck({
    configFile: SCHEDULED,
    scenario: "Scheduled increment",
    rounds: 2,
    clients: 3,
    seed: 6,
    onLogs: (_s, lines) => seen.push(...lines),
  });
  const explore = await runExplore({
    configFile: SCHEDULED,
    scenario: "Scheduled increment",
    budget: 4,
    seed: 6,
    onLogs: (_s, lines) => seen.push(...lines),
  });
  // Stress: 2 rounds × 3 users each scheduled one failing notification; explore: 4 schedules × 2.
  assert.equal(run.scenarios[0].logs?.scheduledErrors, 6);
  assert.equal(explore.scenarios[0].logs?.scheduledErrors, 8);
  for (const r of [run, explore]) {
    const logs = r.scenarios[0].logs!;
    assert.ok(logs.count >= logs.scheduledErrors && logs.first.length <= 10, r.mode);
    assert.ok(
      logs.first.some((l) => /Error when running scheduled function counter:notify/.test(l)),
      r.mode,
    );
    assert.match(renderText(r), /log line\(s\) \(\d+ from scheduled functions that threw\)/);
  }
  assert.ok(seen.some((l) => /^\[LOG\] increment \d+ -> \d+$/.test(l)));
  // The CLI prints three lines of it at most, and writes all of it beside the report (its entry
  // in this process: helpers/in-process.ts).
  const { mkdtemp } = await import("node:fs/promises");
  const os = await import("node:os");
  const { runCli } = await import("./helpers/in-process.ts");
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-logs-"));
  const cli = await runCli([
    "explore",
    "--config",
    SCHEDULED,
    "--scenario",
    "Scheduled increment",
    "--budget",
    "30",
    "--json",
    path.join(dir, "r.json"),
  ]);
  assert.equal(cli.exitCode, 0, cli.stderr);
  assert.ok((cli.stdout.match(/mail server down/g) ?? []).length <= 3, cli.stdout);
  const file = await readFile(path.join(dir, "r.log"), "utf8");
  assert.equal((file.match(/Error when running scheduled function counter:notify/g) ?? []).length, 60);
});

test("a config that imports convex/_generated/api runs in a project without one: generated offline first (run and explore)", async () => {
  const tmp = await mkdtemp(path.resolve(".tmp", "no-generated-"));
  try {
    const copy = path.join(tmp, "auth-app");
    await cp(path.dirname(AUTH), copy, { recursive: true });
    await rm(path.join(copy, "convex", "_generated"), { recursive: true });
    const configFile = path.join(copy, "race-check.config.ts");
    const run = await runRaceCheck({ configFile, scenario: "Double submit (action)", seed: 1, rounds: 2 });
    assert.equal(run.verdict, "race", JSON.stringify(run.scenarios.map((s) => s.error ?? s.headline)));
    const explore = await runExplore({ configFile, scenario: "Double submit (action)", seed: 2, budget: 20 });
    assert.equal(explore.verdict, "race");
    assert.match(
      await readFile(path.join(copy, "convex/_generated/api.d.ts"), "utf8"),
      /submissions: typeof submissions/,
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});
