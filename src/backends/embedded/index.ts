import path from "node:path";
import { randomBytes } from "node:crypto";
import { execa } from "execa";
import { BackendError, type BackendOptions, type LogBatch, type RunningBackend } from "../types.js";
import { probeDeployment } from "../probe.js";
import { childEntry, typescriptLoaderArgs } from "../../runtime.js";
import { LogTail } from "../../log-tail.js";
import { childEnv } from "../../child-env.js";

/** Starts the embedded backend (convex-test behind the Convex HTTP API) in a child process. */
export async function startEmbedded(opts: BackendOptions): Promise<RunningBackend> {
  const functionsDir = path.resolve(opts.projectDir, opts.functionsDir ?? "convex");
  const adminKey = `embedded|${randomBytes(24).toString("hex")}`;
  const log = new LogTail();
  const started = performance.now();
  const child = execa(process.execPath, [...typescriptLoaderArgs(), childEntry("embedded-server")], {
    cwd: opts.projectDir,
    extendEnv: false,
    env: {
      ...childEnv(),
      RACE_CHECK_FUNCTIONS_DIR: functionsDir,
      RACE_CHECK_ADMIN_KEY: adminKey,
      RACE_CHECK_DEPLOYMENT_ENV: JSON.stringify(opts.deploymentEnv ?? {}),
      ...(opts.callLatencyMs !== undefined && { RACE_CHECK_CALL_LATENCY_MS: String(opts.callLatencyMs) }),
    },
    stdin: "ignore",
    buffer: false,
    reject: false,
    // Killed with us if we exit without stopping it.
    cleanup: true,
    forceKillAfterDelay: 2000,
  });
  child.stderr?.on("data", (c: Buffer) => log.push(c));

  const timeoutMs = opts.startupTimeoutMs ?? 30_000;
  const ready = await new Promise<{ port: number; sitePort: number }>((resolve, reject) => {
    let pending = "";
    const timer = setTimeout(
      () => reject(new BackendError(`embedded backend not ready after ${timeoutMs} ms`, log.tail())),
      timeoutMs,
    );
    child.stdout?.on("data", (c: Buffer) => {
      log.push(c);
      pending += c.toString();
      let nl: number;
      while ((nl = pending.indexOf("\n")) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line.startsWith('{"ready":true')) {
          clearTimeout(timer);
          resolve(JSON.parse(line) as { port: number; sitePort: number });
        }
      }
    });
    void child.then((r) => {
      clearTimeout(timer);
      reject(
        new BackendError(
          `embedded backend exited during start-up (${r.signal ? `signal ${r.signal}` : `exit code ${r.exitCode}`})`,
          log.tail(),
        ),
      );
    });
  }).catch(async (e: unknown) => {
    child.kill("SIGKILL");
    await child.catch(() => undefined);
    throw e;
  });

  let exited = false;
  void child.then(() => (exited = true));
  const url = `http://127.0.0.1:${ready.port}`;
  let stopping: Promise<void> | undefined;
  // race-check's own admin endpoints (see server.ts): a hung backend must not stall a round.
  const admin = async (method: "GET" | "POST", route: string): Promise<unknown> => {
    const res = await fetch(`${url}/_race-check/${route}`, {
      method,
      headers: { authorization: `Convex ${adminKey}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) {
      await res.arrayBuffer();
      throw new Error(`embedded backend answered ${res.status} to ${route}`);
    }
    return await res.json();
  };
  const clock = async (to?: number) =>
    (
      (await admin(to === undefined ? "GET" : "POST", to === undefined ? "clock" : `clock?to=${Math.ceil(to)}`)) as {
        now: number;
      }
    ).now;
  return {
    url,
    siteUrl: `http://127.0.0.1:${ready.sitePort}`,
    adminKey,
    kind: "embedded",
    startupMs: performance.now() - started,
    logTail: (n) => log.tail(n),
    probe: () => probeDeployment(url, () => !exited),
    fire: {
      arm: async (requests) => void (await admin("GET", `arrivals?arm=${requests}`)),
      takeArrivals: async () =>
        ((await admin("GET", "arrivals").catch(() => undefined)) as { arrivals: number[] } | undefined)?.arrivals,
    },
    // Read from the deployment's own timers, not its root system table: components schedule too.
    scheduled: {
      list: async () => {
        const state = (await admin("GET", "scheduled")) as {
          now: number;
          pending: { path: string; dueAt: number }[];
          running: boolean;
        };
        return [
          ...state.pending.map((p) => ({ ...p, state: "pending" as const })),
          ...(state.running ? [{ path: "(scheduled work)", state: "inProgress" as const, dueAt: state.now }] : []),
        ];
      },
      now: () => clock(),
      advanceTo: async (ms) => void (await clock(ms)),
      pollMs: 2,
    },
    reset: async (opts) =>
      void (await admin("POST", opts?.timeLimitMs ? `reset?timeLimit=${Math.ceil(opts.timeLimitMs)}` : "reset")),
    logs: { take: async () => (await admin("GET", "logs")) as LogBatch },
    stop: () =>
      (stopping ??= (async () => {
        if (!exited) child.kill("SIGTERM");
        await child.catch(() => undefined);
      })()),
  };
}
