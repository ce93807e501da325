// Every wait has a bound, every phase hears a signal, and nothing undecided passes as OK
// (issue 13): setups, invariant reads and mutations that never return, configs that never finish
// loading, a read that is NaN, a deployment that redirects elsewhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import { untilOutput } from "./helpers/wait.js";
import { capacity, defineConfig, maxSuccesses } from "../src/index.ts";
import { runRaceCheck } from "../src/run.ts";
import { ConfigError } from "../src/errors.ts";

const projectDir = path.resolve("test/fixtures/faults-app");
const CLI = path.resolve("bin/race-check.js");

test("a setup that never returns ends at the op timeout with one line, and the run stops", async () => {
  const began = performance.now();
  await assert.rejects(
    runRaceCheck({
      config: defineConfig({
        opTimeout: 400,
        scenarios: [
          {
            name: "setup hangs",
            setup: "faults:setupHangs",
            act: { fn: "faults:bump" },
            invariant: maxSuccesses({ limit: 9 }),
          },
        ],
      }),
      projectDir,
      rounds: 3,
    }),
    (e: unknown) =>
      e instanceof ConfigError && /setup faults:setupHangs threw: setup: no answer within 400 ms/.test(e.message),
  );
  assert.ok(performance.now() - began < 10_000);
});

test("an invariant read that never returns makes the round an error, never OK, and the run ends", async () => {
  const r = await runRaceCheck({
    config: defineConfig({
      opTimeout: 400,
      scenarios: [
        {
          name: "read hangs",
          setup: "faults:makeCounter",
          act: { fn: "faults:bump", args: ({ setup }) => ({ counterId: setup.counterId }) },
          invariant: capacity({ read: { fn: "faults:readHangs" }, limit: 5 }),
        },
      ],
    }),
    projectDir,
    rounds: 2,
    clients: 2,
  });
  assert.equal(r.verdict, "error");
  assert.match(r.scenarios[0].headline, /invariant check failed: invariant check: no answer within 400 ms/);
});

test("a mutation that never returns: its operations are unknown, and the next round runs on a fresh deployment", async () => {
  const began = performance.now();
  const r = await runRaceCheck({
    config: defineConfig({
      opTimeout: 300,
      scenarios: [
        {
          name: "mutation hangs",
          setup: "faults:makeCounter",
          act: { fn: "faults:mutationHangs" },
          invariant: maxSuccesses({ limit: 0 }),
        },
      ],
    }),
    projectDir,
    rounds: 3,
    clients: 2,
  });
  // The lock a hung mutation holds is its instance's: every round ran and timed out on its own.
  assert.equal(r.scenarios[0].rounds, 3);
  assert.equal(r.verdict, "inconclusive");
  assert.ok(r.scenarios[0].sampleRound!.history.every((op) => op.outcome === "unknown"));
  assert.ok(performance.now() - began < 15_000);
});

test("a mutation that never returns does not block the invariant read: the call past the op timeout is ended", async () => {
  const began = performance.now();
  const r = await runRaceCheck({
    config: defineConfig({
      opTimeout: 1000,
      scenarios: [
        {
          name: "mutation hangs, counter read",
          setup: "faults:makeCounter",
          act: { fn: "faults:mutationHangs" },
          invariant: capacity({
            read: { fn: "faults:read", args: ({ setup }) => ({ counterId: setup.counterId }) },
            limit: 5,
          }),
        },
      ],
    }),
    projectDir,
    rounds: 2,
    clients: 3,
  });
  const s = r.scenarios[0];
  // The hung calls are unknown (their clients gave up first); the read behind them is answered.
  assert.equal(r.verdict, "inconclusive", s.headline);
  assert.doesNotMatch(s.headline, /invariant check/);
  assert.equal(s.rounds, 2);
  assert.ok(s.sampleRound!.history.every((op) => op.outcome === "unknown"));
  assert.ok(performance.now() - began < 20_000);
});

test("a capacity read of NaN is an error, never 'OK · NaN/5'", async () => {
  const r = await runRaceCheck({
    config: defineConfig({
      scenarios: [
        {
          name: "nan",
          setup: "faults:makeCounter",
          act: { fn: "faults:bump", args: ({ setup }) => ({ counterId: setup.counterId }) },
          invariant: capacity({ read: { fn: "faults:readNaN" }, limit: 5 }),
        },
      ],
    }),
    projectDir,
    rounds: 1,
    clients: 1,
  });
  assert.equal(r.verdict, "error");
  assert.match(r.scenarios[0].headline, /capacity read faults:readNaN must be a finite number, got NaN/);
});

test("a deployment URL that redirects to a host the remote guard refuses: no request follows it", async () => {
  let followed = 0;
  const target = http.createServer((_req, res) => {
    followed++;
    res.end();
  });
  await new Promise<void>((r) => target.listen(0, "127.0.0.1", r));
  const targetPort = (target.address() as { port: number }).port;
  // A loopback deployment that sends every request on to another address (here a loopback one
  // standing in for it, so that a followed redirect would be seen).
  const redirecting = http.createServer((req, res) => {
    if (req.url === "/instance_name") return res.end("redirecting");
    res.writeHead(307, { location: `http://127.0.0.1:${targetPort}${req.url}` });
    res.end();
  });
  await new Promise<void>((r) => redirecting.listen(0, "127.0.0.1", r));
  try {
    const url = `http://127.0.0.1:${(redirecting.address() as { port: number }).port}`;
    await assert.rejects(
      runRaceCheck({
        configFile: "test/fixtures/faults-app/race-check.config.ts",
        scenario: "bump",
        backend: "url",
        url,
        adminKey: "redirect-test-admin-key",
        rounds: 1,
      }),
      (e: unknown) =>
        e instanceof ConfigError &&
        new RegExp(
          `setup faults:makeCounter threw: the deployment redirected to 127\\.0\\.0\\.1:${targetPort}; redirects are not followed$`,
        ).test(e.message),
    );
    assert.equal(followed, 0, "a redirect was followed");
  } finally {
    redirecting.close();
    target.close();
  }
});

async function config(body: string): Promise<string> {
  // Never loaded to the end, so it needs no project around it.
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-config-"));
  const file = path.join(dir, "race-check.config.ts");
  await writeFile(file, body);
  return file;
}

test("a config that loops forever at import, or awaits forever: one line, exit 2, within the time limit", async () => {
  for (const body of ["for (;;) {}\nexport default {};\n", "await new Promise(() => {});\nexport default {};\n"]) {
    const file = await config(body);
    const began = performance.now();
    const r = await execa(process.execPath, [CLI, "run", "--config", file], {
      reject: false,
      env: { RACE_CHECK_CONFIG_TIMEOUT_MS: "1500" },
    });
    assert.equal(r.exitCode, 2, r.stderr);
    assert.match(r.stderr, /did not finish loading within 2 s: does it loop forever/);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    assert.ok(performance.now() - began < 12_000);
  }
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  test(`${signal} while a config takes forever to load ends the run at once`, async () => {
    const file = await config("for (;;) {}\nexport default {};\n");
    const child = execa(process.execPath, [CLI, "run", "--config", file], {
      reject: false,
      env: { RACE_CHECK_CONFIG_TIMEOUT_MS: "60000" },
    });
    // Sent once the config is being loaded: its probe process exists.
    await waitForChildren(child.pid!);
    const began = performance.now();
    child.kill(signal);
    const r = await child;
    assert.notEqual(r.exitCode, 0);
    assert.match(r.stderr, /loading .* was interrupted/);
    assert.ok(performance.now() - began < 5_000, `${signal} was not heard while the config loaded`);
  });
}

test("SIGINT during delayBetweenRounds ends the run at once: partial report, non-zero exit", async () => {
  // Inside the repository, so the run finds the project's packages as a real config would.
  await mkdir(".tmp", { recursive: true });
  const dir = await mkdtemp(path.resolve(".tmp", "delay-"));
  const file = path.join(dir, "race-check.config.ts");
  const json = path.join(dir, "report.json");
  // Ten minutes between rounds: the run ends promptly only if the wait hears the signal. The
  // invariant says when a round is checked: the wait begins right after the first.
  await writeFile(
    file,
    `export default {
  functionsDir: ${JSON.stringify(path.join(projectDir, "convex"))},
  rounds: 3,
  clients: 2,
  delayBetweenRounds: 600000,
  scenarios: [
    {
      name: "slow rounds",
      setup: "faults:makeCounter",
      act: { fn: "faults:bump", args: ({ setup }) => ({ counterId: setup.counterId }) },
      invariant: {
        kind: "custom",
        check: () => {
          process.stderr.write("test: round checked\\n");
          return { ok: true, message: "checked" };
        },
      },
    },
  ],
};
`,
  );
  // A bound for the test, should the signal go unheard: far below the ten minutes.
  const child = execa(process.execPath, [CLI, "run", "--config", file, "--json", json], {
    reject: false,
    timeout: 60_000,
  });
  await untilOutput(child.stderr, /^test: round checked$/m, { exited: child });
  const began = performance.now();
  child.kill("SIGINT");
  const r = await child;
  assert.ok(performance.now() - began < 10_000, "SIGINT was not heard during the delay between rounds");
  assert.equal(r.exitCode, 3, r.stderr);
  assert.match(r.stderr, /interrupted; stopping the backend and writing a partial report/);
  assert.equal((r.stderr.match(/round checked/g) ?? []).length, 1, "a second round ran");
  const report = JSON.parse(await readFile(json, "utf8"));
  assert.equal(report.scenarios[0].name, "slow rounds");
  assert.equal(report.scenarios[0].rounds, 1);
});

/** Resolves once `pid` has a child process (the config probe). */
async function waitForChildren(pid: number): Promise<void> {
  for (;;) {
    const { stdout } = await execa("ps", ["-o", "pid=", "--ppid", String(pid)], { reject: false });
    if (stdout.trim() !== "") return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

test("Convex's transaction limits hold on the embedded backend and in explore: 16,001 writes fail as in production", async () => {
  const config = defineConfig({
    scenarios: [{ name: "too many writes", act: { fn: "faults:writeTooMany" }, invariant: maxSuccesses({ limit: 1 }) }],
  });
  const run = await runRaceCheck({ config, projectDir, rounds: 1, clients: 1 });
  const { runExplore } = await import("../src/run-explore.ts");
  const explore = await runExplore({ config, projectDir, budget: 1, clients: 1 });
  for (const r of [run, explore]) {
    assert.equal(r.verdict, "error", r.mode);
    assert.match(
      r.scenarios[0].headline,
      /Wrote too many documents in a single function execution \(limit: 16000\)/,
      r.mode,
    );
  }
});
