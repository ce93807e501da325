// The local launcher's process handling, driven against a stand-in binary with the real contract:
// every case must end with no process left and the data directory gone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { execa } from "execa";
import { launchBackend } from "../src/backends/local/launch.ts";
import { BackendError } from "../src/backends/types.ts";
import { FAKE_BACKEND, REPO, fakeAdminKey, fakeEnv, processesMatching, tempDir } from "./local-helpers.ts";
import { until } from "./helpers/wait.ts";

async function launch(mode: string, extra: { startupTimeoutMs?: number; graceMs?: number; signal?: AbortSignal } = {}) {
  const dir = await tempDir(mode);
  const run = launchBackend({
    binary: FAKE_BACKEND,
    startupTimeoutMs: extra.startupTimeoutMs ?? 10_000,
    graceMs: extra.graceMs ?? 2000,
    tmpDir: dir,
    logDir: dir,
    env: fakeEnv(mode),
    signal: extra.signal,
  });
  return { dir, run };
}

async function assertCleanedUp(dir: string) {
  const left = await processesMatching(dir);
  // Killed before failing, so one broken case does not leave processes behind for the next run.
  for (const p of left) process.kill(p.pid, "SIGKILL");
  assert.deepEqual(left, [], "a backend process outlived the launcher");
  const dirs = (await readdir(dir)).filter((n) => n.startsWith("race-check-local-"));
  assert.deepEqual(dirs, [], "the data directory was not removed");
}

test("starts, answers with its instance name, and stops without leaving anything", async () => {
  const { dir, run } = await launch("ok");
  const b = await run;
  try {
    // The stand-in listens only after 300 ms: a launcher that did not wait would fail here.
    assert.ok(b.startupMs >= 250, `ready after ${b.startupMs} ms`);
    assert.equal(await (await fetch(`${b.url}/instance_name`)).text(), b.instanceName);
    assert.equal(await (await fetch(`${b.url}/version`)).text(), "fake-0");
    assert.match(b.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const [proc] = await processesMatching(b.instanceName);
    assert.ok(proc, "backend process is running");
    assert.equal(proc.pid, b.pid);
    // keygen and the server got the same fresh name and secret: the key is valid for this instance.
    const secret = /--instance-secret (\w+)/.exec(proc.args)?.[1] ?? "";
    assert.match(secret, /^[0-9a-f]{64}$/);
    assert.equal(b.adminKey, fakeAdminKey(b.instanceName, secret));
    assert.match(proc.args, /--disable-beacon/);
    assert.ok((await stat(path.join(b.dataDir, "convex_local_backend.sqlite3"))).isFile());
    assert.ok(b.isAlive());
  } finally {
    await b.stop();
  }
  assert.equal(b.isAlive(), false);
  await assertCleanedUp(dir);
  const log = await readFile(b.logFile, "utf8");
  assert.match(log, /listening on 127\.0\.0\.1/);
  assert.match(log, /SIGTERM received; shutting down/);
  // The stand-in colours its WARN like a terminal logger; the log file holds plain text.
  assert.match(log, /Z WARN beacon disabled/);
  await b.stop(); // a second stop is harmless
  await rm(dir, { recursive: true, force: true });
});

test("two instances at once get different ports and identities", async () => {
  const one = await launch("ok");
  const two = await launch("ok");
  const [a, b] = await Promise.all([one.run, two.run]);
  try {
    assert.notEqual(a.url, b.url);
    assert.notEqual(a.instanceName, b.instanceName);
    assert.notEqual(a.adminKey, b.adminKey);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
  await assertCleanedUp(one.dir);
  await assertCleanedUp(two.dir);
  await rm(one.dir, { recursive: true, force: true });
  await rm(two.dir, { recursive: true, force: true });
});

test("a crash at start is reported with the log tail", async () => {
  const { dir, run } = await launch("crash");
  const err = await run.then(
    () => assert.fail("expected a failure"),
    (e: unknown) => e as BackendError,
  );
  assert.ok(err instanceof BackendError);
  assert.match(err.message, /^start: convex-local-backend exited during start-up \(exit code 1\)/);
  assert.match(err.logTail ?? "", /database is locked/);
  await assertCleanedUp(dir);
  await rm(dir, { recursive: true, force: true });
});

test("a backend that never becomes ready is stopped after the startup timeout", async () => {
  // Long enough for the stand-in to start and say what it is doing on a busy machine.
  const { dir, run } = await launch("never-ready", { startupTimeoutMs: 3000 });
  const began = performance.now();
  const err = (await run.catch((e: unknown) => e)) as BackendError;
  const took = performance.now() - began;
  assert.ok(err instanceof BackendError, String(err));
  assert.match(err.message, /did not answer GET \/instance_name within 3 s; raise --startup-timeout/);
  assert.match(err.logTail ?? "", /still running migrations/);
  assert.ok(took >= 2900 && took < 7500, `gave up after ${took} ms`);
  await assertCleanedUp(dir);
  await rm(dir, { recursive: true, force: true });
});

test("a backend that ignores SIGTERM is killed after the grace period", async () => {
  const { dir, run } = await launch("ignore-sigterm", { graceMs: 700 });
  const b = await run;
  const began = performance.now();
  await b.stop();
  const took = performance.now() - began;
  assert.ok(took >= 600, `stop() returned after ${took} ms, before the grace period ran out`);
  assert.ok(took < 5000, `stop() took ${took} ms`);
  assert.match(b.logTail(), /SIGTERM received; ignoring it/);
  await assertCleanedUp(dir);
  await rm(dir, { recursive: true, force: true });
});

test("a stranger answering on the port is not taken for our backend", async () => {
  const { dir, run } = await launch("wrong-name");
  const err = (await run.catch((e: unknown) => e)) as BackendError;
  assert.ok(err instanceof BackendError, String(err));
  assert.match(err.message, /another backend \("someone-else"\) answered/);
  await assertCleanedUp(dir);
  await rm(dir, { recursive: true, force: true });
});

test("a binary without keygen fails at keygen, naming the step, and starts nothing", async () => {
  const { dir, run } = await launch("keygen-fail");
  const err = (await run.catch((e: unknown) => e)) as BackendError;
  assert.ok(err instanceof BackendError, String(err));
  assert.match(err.message, /^start: `keygen admin-key` failed \(exit code 2\); releases before May 2026 lack it/);
  assert.match(err.logTail ?? "", /unrecognized subcommand 'keygen'/);
  assert.deepEqual(await readdir(dir), []);
  await rm(dir, { recursive: true, force: true });
});

test("secrets the backend prints are redacted in the error, the tail and the log file", async () => {
  const { dir, run } = await launch("leak-secret");
  const err = (await run.catch((e: unknown) => e)) as BackendError;
  assert.ok(err instanceof BackendError, String(err));
  assert.match(err.logTail ?? "", /debug: secret \[redacted\] key \[redacted\]/);
  assert.doesNotMatch(`${err.message}\n${err.logTail}`, /[0-9a-f]{64}/);
  const logFile = (await readdir(dir)).find((n) => n.endsWith(".log"));
  assert.ok(logFile);
  const log = await readFile(path.join(dir, logFile), "utf8");
  assert.match(log, /debug: secret \[redacted\]/);
  assert.doesNotMatch(log, /[0-9a-f]{64}/);
  await assertCleanedUp(dir);
  await rm(dir, { recursive: true, force: true });
});

test("an interrupt during start-up stops the backend", async () => {
  const controller = new AbortController();
  const { dir, run } = await launch("never-ready", { signal: controller.signal, startupTimeoutMs: 30_000 });
  // Interrupted once the server runs (its command line names the data directory under `dir`):
  // keygen comes first, and an interrupt before the server exists would prove nothing.
  await until(async () => (await processesMatching(dir)).length > 0, "the backend started");
  controller.abort();
  const err = (await run.catch((e: unknown) => e)) as BackendError;
  assert.ok(err instanceof BackendError, String(err));
  assert.match(err.message, /^start: interrupted/);
  await assertCleanedUp(dir);
  await rm(dir, { recursive: true, force: true });
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  test(`race-check killed by ${signal} takes the backend and its data with it`, async () => {
    const dir = await tempDir(`killed-${signal}`);
    // A separate race-check process: the test kills it, as a cancelled CI job would.
    const driver = execa(
      process.execPath,
      ["--import", "tsx", path.join(REPO, "test/fixtures/local-launch-driver.ts"), FAKE_BACKEND, dir],
      { cwd: REPO, env: fakeEnv("ignore-sigterm"), reject: false },
    );
    let ready = "";
    await new Promise<void>((resolve, reject) => {
      driver.stdout?.on("data", (c: Buffer) => {
        ready += c.toString();
        if (ready.includes("\n")) resolve();
      });
      void driver.then((r) => reject(new Error(`driver exited early: ${r.stderr}`)));
    });
    const { instanceName, dataDir } = JSON.parse(ready) as { instanceName: string; dataDir: string };
    assert.equal((await processesMatching(instanceName)).length, 1);
    assert.ok((await stat(dataDir)).isDirectory());
    driver.kill(signal);
    const r = await driver;
    assert.equal(r.signal, signal, "the driver died of the signal (no handler swallowed it)");
    // The backend ignores SIGTERM: only the exit hook's SIGKILL removes it, as the kernel gets to it.
    await until(async () => (await processesMatching(dir)).length === 0, "the backend is gone", 10_000).catch(
      () => undefined,
    );
    await assertCleanedUp(dir);
    await assert.rejects(stat(dataDir), /ENOENT/);
    await rm(dir, { recursive: true, force: true });
  });
}
