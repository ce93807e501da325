import { BackendError, type BackendOptions, type RunningBackend } from "../types.js";
import { adminClient } from "../admin.js";
import { probeDeployment } from "../probe.js";
import { systemScheduledJobs } from "../scheduled-jobs.js";
import { setDeploymentEnv } from "../deployment-env.js";
import { obtainBinary } from "./binary.js";
import { deployFunctions } from "./deploy.js";
import { launchBackend, TAIL_LINES } from "./launch.js";

export const DEFAULT_STARTUP_TIMEOUT_MS = 60_000;

export interface LocalOptions extends BackendOptions {
  /** Environment read for download URLs and the cache directory (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Extra environment for the backend process. */
  backendEnv?: Record<string, string>;
  graceMs?: number;
  /** Parent of the temporary data directory. */
  tmpDir?: string;
  /** Where the backend's log file is written. */
  logDir?: string;
}

/**
 * The real open-source Convex backend on this machine: obtain the binary, start it, deploy the
 * project's functions with the project's own CLI. Whatever fails, nothing is left running.
 */
export async function startLocal(opts: LocalOptions): Promise<RunningBackend> {
  const binary = await obtainBinary({
    version: opts.convexBackendVersion,
    binaryPath: opts.convexBackendBinary,
    env: opts.env,
    signal: opts.signal,
    onDownload: (url) => process.stderr.write(`race-check: downloading ${url}\n`),
  });
  const backend = await launchBackend({
    binary: binary.path,
    startupTimeoutMs: opts.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS,
    graceMs: opts.graceMs,
    tmpDir: opts.tmpDir,
    logDir: opts.logDir,
    env: opts.backendEnv,
    signal: opts.signal,
  });
  try {
    // Before the push: modules are evaluated when pushed, and one that reads a variable at load
    // must find it set.
    await setDeploymentEnv(backend.url, backend.adminKey, opts.deploymentEnv ?? {}).catch((e: unknown) => {
      throw new BackendError(e instanceof Error ? e.message : String(e));
    });
    await deployFunctions({
      projectDir: opts.projectDir,
      functionsDir: opts.functionsDir,
      url: backend.url,
      adminKey: backend.adminKey,
      workDir: backend.dataDir,
      signal: opts.signal,
    });
  } catch (e) {
    // Read before stop(): the tail must show what the backend said while the push failed.
    const backendTail = backend.logTail(TAIL_LINES);
    await backend.stop();
    if (!(e instanceof BackendError)) throw e;
    throw new BackendError(
      `${e.message}; backend log: ${backend.logFile}`,
      [e.logTail && `convex deploy output:\n${e.logTail}`, backendTail && `convex-local-backend log:\n${backendTail}`]
        .filter(Boolean)
        .join("\n\n") || undefined,
    );
  }
  return {
    url: backend.url,
    siteUrl: backend.siteUrl,
    adminKey: backend.adminKey,
    kind: "local",
    startupMs: backend.startupMs,
    probe: () => probeDeployment(backend.url, backend.isAlive),
    // The binary runs on this machine: its clock is ours.
    scheduled: { ...systemScheduledJobs(adminClient(backend.url, backend.adminKey)), pollMs: 25 },
    logTail: backend.logTail,
    logFile: backend.logFile,
    stop: backend.stop,
  };
}
