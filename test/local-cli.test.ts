// `race-check run` end to end for backend local and the remote guard: exit codes and messages as a
// user sees them. Runs with the stand-in binary go through the real CLI entry in a child process;
// the checks that stop before any backend call the same entry in this one (helpers/in-process.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import path from "node:path";
import { readdir, readFile, rm } from "node:fs/promises";
import { execa } from "execa";
import { FAKE_BACKEND, REPO, processesMatching, tempDir } from "./local-helpers.ts";
import { runCli } from "./helpers/in-process.ts";

const CONFIG = "test/fixtures/counter-app/race-check.config.ts";

const ENV = { RUNNER_TEMP: "", RUNNER_TOOL_CACHE: "", CONVEX_ADMIN_KEY: "" };

/** The CLI's entry in this process, in the same environment as `raceCheck` gives the child. */
function inProcess(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { cwd: REPO, env: { ...ENV, ...env } });
}

function raceCheck(args: string[], env: Record<string, string> = {}) {
  return execa(process.execPath, [path.join(REPO, "bin/race-check.js"), ...args], {
    cwd: REPO,
    env: { ...ENV, ...env },
    reject: false,
    timeout: 120_000,
  });
}

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

test("offline: run --backend local fails with exit 3 and one line naming what was tried and the ways out", async () => {
  const port = await closedPort();
  const cache = await tempDir("cli-offline");
  const r = await inProcess(["run", "--backend", "local", "--config", CONFIG], {
    RACE_CHECK_CONVEX_DOWNLOAD_BASE: `http://127.0.0.1:${port}/releases`,
    RACE_CHECK_CONVEX_VERSION_URL: `http://127.0.0.1:${port}/version`,
    RACE_CHECK_CACHE_DIR: cache,
  });
  assert.equal(r.exitCode, 3, r.stderr);
  const errors = r.stderr.split("\n").filter((l) => l.startsWith("race-check: backend error:"));
  assert.equal(errors.length, 1, r.stderr);
  assert.match(errors[0], /obtain binary: convex-local-backend precompiled-\S+ is not cached in /);
  assert.match(
    errors[0],
    new RegExp(
      `downloading http://127\\.0\\.0\\.1:${port}/releases/\\S+\\.zip failed: connection refused \\(ECONNREFUSED\\)`,
    ),
  );
  assert.match(errors[0], /--convex-backend-binary PATH \(action input convex-backend-binary\)/);
  assert.match(errors[0], /--backend embedded/);
  assert.doesNotMatch(r.stderr, /backend log/);
  assert.equal(r.stdout, "");
  await rm(cache, { recursive: true, force: true });
});

test("the remote guard refuses https://example.convex.cloud without --allow-remote, for every backend", async () => {
  for (const backend of ["url", "local", "embedded"]) {
    const r = await inProcess(
      ["run", "--backend", backend, "--url", "https://example.convex.cloud", "--config", CONFIG],
      {
        CONVEX_ADMIN_KEY: "dummy-key-never-sent",
      },
    );
    assert.equal(r.exitCode, 2, `${backend}: ${r.stderr}`);
    assert.match(r.stderr, /--url: https:\/\/example\.convex\.cloud is not on this machine; .* Pass --allow-remote/);
    assert.equal(
      r.stderr
        .trim()
        .split("\n")
        .filter((l) => !l.includes("warning:")).length,
      1,
      r.stderr,
    );
  }
  // The opt-in gets past the guard: the next check (no admin key) is what stops it, before any request.
  const allowed = await inProcess([
    "run",
    "--backend",
    "url",
    "--url",
    "https://example.convex.cloud",
    "--allow-remote",
    "--config",
    CONFIG,
  ]);
  assert.equal(allowed.exitCode, 2, allowed.stderr);
  assert.doesNotMatch(allowed.stderr, /not on this machine/);
  assert.match(allowed.stderr, /needs an admin key/);
});

test("bad local-backend flags are usage errors (exit 2) in one line", async () => {
  const cases: [string[], RegExp][] = [
    [["--startup-timeout", "0"], /--startup-timeout: expected a whole number from 1 to 3600, got "0"/],
    [["--convex-backend-version", "v1"], /--convex-backend-version: "v1" is not a convex-local-backend release tag/],
    [["--convex-backend-binary", "no/such/binary"], /--convex-backend-binary: no\/such\/binary is not a file/],
  ];
  for (const [flags, message] of cases) {
    const r = await inProcess(["run", "--backend", "local", "--config", CONFIG, ...flags]);
    assert.equal(r.exitCode, 2, r.stderr);
    assert.match(r.stderr, message);
  }
});

test("--help lists the local-backend flags", async () => {
  const r = await inProcess(["--help"]);
  assert.equal(r.exitCode, 0);
  for (const flag of ["--convex-backend-version", "--convex-backend-binary", "--startup-timeout", "| local"]) {
    assert.ok(r.stdout.includes(flag), flag);
  }
});

for (const [mode, step] of [
  ["never-ready", /start: convex-local-backend did not answer GET \/instance_name within 2 s/],
  ["ok", /deploy: `convex deploy` of .* failed/],
] as const) {
  test(`run --backend local with a stand-in binary (${mode}): exit 3, the failed step, the log tail, nothing left`, async () => {
    const tmp = await tempDir(`cli-${mode}`);
    const r = await raceCheck(
      [
        "run",
        "--backend",
        "local",
        "--convex-backend-binary",
        FAKE_BACKEND,
        "--startup-timeout",
        "2",
        "--config",
        CONFIG,
      ],
      { FAKE_CONVEX_BACKEND_MODE: mode, TMPDIR: tmp },
    );
    assert.equal(r.exitCode, 3, r.stderr);
    assert.match(r.stderr, step);
    assert.match(r.stderr, /--- backend log \(last lines\) ---\n[\s\S]*fake backend race-check-\w+ starting/);
    assert.doesNotMatch(r.stderr, /[0-9a-f]{64}/, "the instance secret leaked");
    assert.deepEqual(await processesMatching(tmp), []);
    assert.deepEqual(
      (await readdir(tmp)).filter((n) => n.startsWith("race-check-local-")),
      [],
    );
    // The log is kept, in the temp dir (RUNNER_TEMP is empty here), never in the project.
    assert.equal((await readdir(tmp)).filter((n) => n.endsWith(".log")).length, 1);
    assert.deepEqual(
      (await readdir(REPO)).filter((n) => n.endsWith(".log")),
      [],
    );
    await rm(tmp, { recursive: true, force: true });
  });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  test(`${signal} while the local backend starts: stopped at once, exit 3, nothing left`, async () => {
    const tmp = await tempDir(`cli-${signal}`);
    const run = raceCheck(
      [
        "run",
        "--backend",
        "local",
        "--convex-backend-binary",
        FAKE_BACKEND,
        "--startup-timeout",
        "60",
        "--config",
        CONFIG,
      ],
      { FAKE_CONVEX_BACKEND_MODE: "never-ready", TMPDIR: tmp },
    );
    // Wait for the stand-in to be running, as a job cancelled during start-up would find it.
    for (let i = 0; i < 200 && (await processesMatching(tmp)).length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal((await processesMatching(tmp)).length, 1, "the stand-in never started");
    const began = performance.now();
    run.kill(signal);
    const r = await run;
    const took = performance.now() - began;
    assert.equal(r.exitCode, 3, r.stderr);
    assert.match(r.stderr, /start: interrupted while convex-local-backend was starting/);
    assert.ok(took < 10_000, `took ${took} ms to stop`);
    assert.deepEqual(await processesMatching(tmp), []);
    assert.deepEqual(
      (await readdir(tmp)).filter((n) => n.startsWith("race-check-local-")),
      [],
    );
    await rm(tmp, { recursive: true, force: true });
  });
}

test("a whole run on backend local: deploy, scenarios, report, stop (stand-in serving the functions)", async () => {
  const tmp = await tempDir("cli-serve");
  const report = path.join(tmp, "report.json");
  const r = await raceCheck(
    ["run", "--backend", "local", "--convex-backend-binary", FAKE_BACKEND, "--config", CONFIG, "--rounds", "3"],
    {
      FAKE_CONVEX_BACKEND_MODE: "serve",
      FAKE_FUNCTIONS_DIR: path.join(REPO, "test/fixtures/counter-app/convex"),
      TMPDIR: tmp,
    },
  );
  const json = await raceCheck(
    ["run", "--backend", "local", "--convex-backend-binary", FAKE_BACKEND, "--config", CONFIG, "--rounds", "2"].concat([
      "--scenario",
      "Counter (atomic)",
      "--json",
      report,
    ]),
    {
      FAKE_CONVEX_BACKEND_MODE: "serve",
      FAKE_FUNCTIONS_DIR: path.join(REPO, "test/fixtures/counter-app/convex"),
      TMPDIR: tmp,
    },
  );
  // The lost-update scenario races on the pushed functions; the atomic one does not.
  assert.equal(r.exitCode, 1, r.stderr);
  assert.match(r.stdout, /Counter: RACE CONDITION/);
  assert.match(r.stdout, /Counter \(atomic\): OK/);
  assert.match(r.stdout, /--backend local/);
  assert.doesNotMatch(r.stderr, /backend error/);
  assert.equal(json.exitCode, 0, json.stderr);
  const parsed = JSON.parse(await readFile(report, "utf8")) as { backend: { kind: string; startupMs?: number } };
  assert.equal(parsed.backend.kind, "local");
  assert.equal(typeof parsed.backend.startupMs, "number");

  const logs = (await readdir(tmp)).filter((n) => n.endsWith(".log"));
  assert.equal(logs.length, 2);
  for (const name of logs) {
    const log = await readFile(path.join(tmp, name), "utf8");
    // The project's functions were pushed, and nothing was called before the push finished.
    assert.match(log, /push: modules counter\.js; schema yes\npush: finished/);
    assert.doesNotMatch(log, /call before push/);
    assert.match(log, /SIGTERM received; shutting down/);
  }
  assert.deepEqual(await processesMatching(tmp), []);
  assert.deepEqual(
    (await readdir(tmp)).filter((n) => n.startsWith("race-check-local-")),
    [],
  );
  await rm(tmp, { recursive: true, force: true });
});
