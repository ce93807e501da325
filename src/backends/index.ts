import path from "node:path";
import { ConfigError } from "../errors.js";
import { checkSecretValue, registerSecret } from "../output/secrets.js";
import { startEmbedded } from "./embedded/index.js";
import { withInProcessDeployment } from "./embedded/in-process.js";
import { startLocal } from "./local/index.js";
import { startPreview } from "./preview/index.js";
import { checkDeploymentUrl, connectUrl } from "./url.js";
import type { BackendKind, BackendOptions, LogBatch, RunningBackend } from "./types.js";
import type { InProcessBackend } from "./in-process.js";

export const BACKEND_KINDS: BackendKind[] = ["embedded", "local", "url", "preview"];

export function parseBackendKind(value: string | undefined): BackendKind {
  const kind = (value ?? "embedded") as BackendKind;
  if (!BACKEND_KINDS.includes(kind)) {
    throw new ConfigError(`--backend: unknown backend "${value}"; expected one of ${BACKEND_KINDS.join(", ")}`);
  }
  return kind;
}

export async function startBackend(kind: BackendKind, opts: BackendOptions): Promise<RunningBackend> {
  // The remote guard holds whatever the backend kind: a URL given is a URL that may be hit.
  if (opts.url) checkDeploymentUrl(opts.url, opts.allowRemote);
  const adminKey = checkSecretValue(opts.adminKey, "the admin key (CONVEX_ADMIN_KEY, action input admin-key)");
  const backend = await start(kind, { ...opts, adminKey });
  // A key we generated is as secret as one we were given: whatever echoes it is redacted.
  registerSecret(backend.adminKey);
  return backend;
}

async function start(kind: BackendKind, opts: BackendOptions): Promise<RunningBackend> {
  switch (kind) {
    case "embedded":
      return await startEmbedded(opts);
    case "local":
      return await startLocal(opts);
    case "url":
      return await connectUrl(opts);
    case "preview":
      return await startPreview(opts);
    default:
      throw new ConfigError(`backend "${kind}" is not available in this version`);
  }
}

/**
 * The project's functions in this process (the embedded backend's, without its HTTP server), for
 * a driver that calls every function itself: `fn` runs with the deployment's environment set, and
 * gets the functions' console output as `logs`. The environment and the console are restored after.
 */
export async function withInProcessBackend<T>(
  opts: Pick<BackendOptions, "projectDir" | "functionsDir" | "deploymentEnv">,
  fn: (backend: InProcessBackend, logs: { take(): LogBatch }) => Promise<T>,
): Promise<T> {
  const functionsDir = path.resolve(opts.projectDir, opts.functionsDir ?? "convex");
  return await withInProcessDeployment(functionsDir, opts.deploymentEnv ?? {}, fn);
}

export type { BackendKind, BackendOptions, RunningBackend };
