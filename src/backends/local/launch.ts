import os from "node:os";
import { childEnv } from "../../child-env.js";
import path from "node:path";
import readline from "node:readline";
import { stripVTControlCharacters } from "node:util";
import { randomBytes } from "node:crypto";
import { createWriteStream, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { execa, type ResultPromise } from "execa";
import { onExit } from "signal-exit";
import { LogTail } from "../../log-tail.js";
import { registerSecret } from "../../output/secrets.js";
import { BackendError } from "../types.js";
import { freePorts } from "./ports.js";
import { redact } from "./redact.js";

export interface LaunchOptions {
  binary: string;
  startupTimeoutMs: number;
  /** How long the backend may take to exit after SIGTERM before it gets SIGKILL. */
  graceMs?: number;
  /** Parent of the temporary data directory (default: the OS temp dir). */
  tmpDir?: string;
  /** Directory for the log file, which outlives the run (default: RUNNER_TEMP, else the OS temp dir). */
  logDir?: string;
  /** Extra environment for the backend process. */
  env?: Record<string, string>;
  signal?: AbortSignal;
}

export interface LaunchedBackend {
  /** The site proxy: where the deployment serves its HTTP actions. */
  siteUrl: string;
  url: string;
  adminKey: string;
  instanceName: string;
  /** SQLite file and storage; removed by stop(). */
  dataDir: string;
  /** Everything the backend wrote, secrets redacted; kept after stop() for post-mortems. */
  logFile: string;
  pid: number | undefined;
  startupMs: number;
  isAlive: () => boolean;
  logTail: (lines?: number) => string;
  /** SIGTERM, SIGKILL after the grace period, data directory removed. Safe to call twice. */
  stop: () => Promise<void>;
}

const KEYGEN_TIMEOUT_MS = 30_000;
const POLL_MS = 100;
export const TAIL_LINES = 50;

/**
 * Starts convex-local-backend on free loopback ports with a fresh identity and an empty data
 * directory, and waits until it answers GET /instance_name with that identity.
 */
export async function launchBackend(opts: LaunchOptions): Promise<LaunchedBackend> {
  // A fresh identity per run: no admin key from an earlier run (or another job) is valid here.
  const instanceName = `race-check-${randomBytes(5).toString("hex")}`;
  const instanceSecret = randomBytes(32).toString("hex");
  registerSecret(instanceSecret);
  const adminKey = await keygen(opts, instanceName, instanceSecret);
  registerSecret(adminKey);
  const secrets = [instanceSecret, adminKey];

  const dataDir = await mkdtemp(path.join(opts.tmpDir ?? os.tmpdir(), "race-check-local-"));
  const logFile = path.join(opts.logDir || process.env.RUNNER_TEMP || os.tmpdir(), `${instanceName}.log`);
  const spawned: { child?: ResultPromise } = {};
  // Runs when race-check exits or dies of a signal without stopping the backend: nothing may
  // outlive us, and SIGKILL because there is no time left to wait for a graceful exit.
  const removeExitHook = onExit(() => {
    const child = spawned.child;
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  const log = new LogTail(500);
  const logStream = createWriteStream(logFile, { flags: "a", mode: 0o600 });
  // An unwritable log directory must not take the run down; the in-memory tail still works.
  logStream.on("error", () => undefined);
  const started = performance.now();
  let port: number, sitePort: number;
  try {
    [port, sitePort] = await freePorts(2);
  } catch (e) {
    logStream.end();
    await rm(dataDir, { recursive: true, force: true });
    removeExitHook();
    throw new BackendError(`start: no free loopback port (${(e as Error).message})`);
  }
  const url = `http://127.0.0.1:${port}`;
  // Same order as the Convex CLI: flags, then the SQLite path.
  const running = execa(
    opts.binary,
    [
      "--port",
      String(port),
      "--site-proxy-port",
      String(sitePort),
      "--instance-name",
      instanceName,
      "--instance-secret",
      instanceSecret,
      "--local-storage",
      path.join(dataDir, "storage"),
      "--disable-beacon",
      path.join(dataDir, "convex_local_backend.sqlite3"),
    ],
    {
      cwd: dataDir,
      env: { ...childEnv(), ...opts.env },
      extendEnv: false,
      stdin: "ignore",
      all: true,
      buffer: false,
      reject: false,
      cleanup: true,
      forceKillAfterDelay: opts.graceMs ?? 5000,
    },
  );
  spawned.child = running;
  const logClosed = captureLines(running, (line) => {
    // Plain text: a backend that colours its log would fill CI logs and reports with escape codes.
    const clean = stripVTControlCharacters(redact(line, secrets));
    log.push(`${clean}\n`);
    logStream.write(`${clean}\n`);
  }).then(() => new Promise<void>((resolve) => logStream.end(resolve)));

  let exited = false;
  const exit = running.then((r) => {
    exited = true;
    return r;
  });
  const tail = (n = TAIL_LINES) => log.tail(n);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (!exited) running.kill("SIGTERM");
      await exit;
      await logClosed;
      await rm(dataDir, { recursive: true, force: true });
      removeExitHook();
    })());

  try {
    await waitReady({ url, instanceName, timeoutMs: opts.startupTimeoutMs, exit, signal: opts.signal });
  } catch (e) {
    await stop();
    if (e instanceof BackendError) throw new BackendError(`${e.message}; log: ${logFile}`, tail());
    throw e;
  }
  return {
    url,
    siteUrl: `http://127.0.0.1:${sitePort}`,
    adminKey,
    instanceName,
    dataDir,
    logFile,
    pid: running.pid,
    startupMs: performance.now() - started,
    isAlive: () => !exited,
    logTail: tail,
    stop,
  };
}

async function keygen(opts: LaunchOptions, instanceName: string, instanceSecret: string): Promise<string> {
  const r = await execa(
    opts.binary,
    ["keygen", "admin-key", "--instance-name", instanceName, "--instance-secret", instanceSecret],
    {
      env: { ...childEnv(), ...opts.env },
      extendEnv: false,
      stdin: "ignore",
      reject: false,
      timeout: KEYGEN_TIMEOUT_MS,
      cancelSignal: opts.signal,
    },
  );
  const key = String(r.stdout ?? "").trim();
  if (!r.failed && key && !/\s/.test(key)) return key;
  // execa's own message repeats the command line, which holds the instance secret: never used here.
  const why = r.code
    ? `could not run ${opts.binary} (${r.code})`
    : r.timedOut
      ? `\`keygen admin-key\` did not finish within ${KEYGEN_TIMEOUT_MS / 1000} s`
      : r.isCanceled
        ? "interrupted"
        : `\`keygen admin-key\` failed (${r.signal ? `signal ${r.signal}` : `exit code ${r.exitCode}`}); releases before May 2026 lack it, pick a newer --convex-backend-version`;
  const output = redact(`${String(r.stderr ?? "")}\n${String(r.stdout ?? "")}`.trim(), [instanceSecret]);
  throw new BackendError(`start: ${why}`, output.split("\n").slice(-TAIL_LINES).join("\n") || undefined);
}

async function waitReady(args: {
  url: string;
  instanceName: string;
  timeoutMs: number;
  exit: Promise<{ exitCode?: number; signal?: string; code?: string }>;
  signal?: AbortSignal;
}): Promise<void> {
  const controller = new AbortController();
  let interrupted = () => undefined as void;
  const onAbort = () => interrupted();
  args.signal?.addEventListener("abort", onAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      poll(args.url, args.instanceName, controller.signal),
      args.exit.then((r) => {
        throw new BackendError(
          r.code
            ? `start: could not run convex-local-backend (${r.code})`
            : `start: convex-local-backend exited during start-up (${r.signal ? `signal ${r.signal}` : `exit code ${r.exitCode}`})`,
        );
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new BackendError(
                `start: convex-local-backend did not answer GET /instance_name within ${args.timeoutMs / 1000} s; raise --startup-timeout (action input startup-timeout) on a slow runner`,
              ),
            ),
          args.timeoutMs,
        );
      }),
      new Promise<never>((_, reject) => {
        interrupted = () => reject(new BackendError("start: interrupted while convex-local-backend was starting"));
        if (args.signal?.aborted) interrupted();
      }),
    ]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    args.signal?.removeEventListener("abort", onAbort);
  }
}

/** Resolves once the backend answers with our instance name; never rejects except for a stranger. */
async function poll(url: string, instanceName: string, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      const res = await fetch(`${url}/instance_name`, { signal: AbortSignal.any([signal, AbortSignal.timeout(2000)]) });
      const text = (await res.text()).trim();
      if (res.ok && text === instanceName) return;
      if (res.ok) {
        throw new BackendError(
          `start: another backend ("${text.slice(0, 60)}") answered on ${url}; the port was taken after it was picked, run again`,
        );
      }
    } catch (e) {
      if (e instanceof BackendError) throw e;
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return new Promise<void>(() => undefined);
}

/** Calls onLine for every line of the process's combined output; resolves when the output ends. */
function captureLines(child: ResultPromise, onLine: (line: string) => void): Promise<void> {
  if (!child.all) return Promise.resolve();
  const lines = readline.createInterface({ input: child.all, crlfDelay: Infinity });
  lines.on("line", onLine);
  return new Promise((resolve) => lines.once("close", resolve));
}
