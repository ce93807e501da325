import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../../errors.js";
import { BackendError } from "../types.js";
import { cacheEntry, cacheRoot, isCached } from "./cache.js";
import { downloadToCache } from "./download.js";
import { FetchFailure } from "./http.js";
import { assetName, releaseTarget } from "./platform.js";
import { checkVersionInput, DEFAULT_VERSION_URL, resolveVersion } from "./version.js";

/** Where the Convex CLI 1.48 downloads release assets from (cli/lib/localDeployment/download.js). */
export const DEFAULT_DOWNLOAD_BASE = "https://github.com/convex/convex-backend/releases/download";

/**
 * Offline, each of these is how long we wait before giving up; together they stay under the 30 s
 * the user is promised. A download that is moving is never cut off, only one that stalls.
 */
export const DEFAULT_LIMITS = { versionApiMs: 10_000, connectMs: 15_000, stallMs: 30_000 };

const WAYS_OUT =
  "pass --convex-backend-binary PATH (action input convex-backend-binary) to a binary you have, or use --backend embedded";

export interface BinaryOptions {
  /** A release tag, "latest", or undefined for the pinned tag. */
  version?: string;
  /** An existing binary; nothing is resolved or downloaded. */
  binaryPath?: string;
  /** RACE_CHECK_CONVEX_VERSION_URL, RACE_CHECK_CONVEX_DOWNLOAD_BASE, RACE_CHECK_CACHE_DIR, RUNNER_TOOL_CACHE. */
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Told before a download starts, so a long first run does not look hung. */
  onDownload?: (url: string) => void;
  limits?: typeof DEFAULT_LIMITS;
}

export interface ObtainedBinary {
  path: string;
  /** The resolved release tag; undefined for a binary given by path. */
  version?: string;
  source: "path" | "cache" | "download";
}

/** Finds or downloads convex-local-backend. Throws ConfigError for bad input, BackendError otherwise. */
export async function obtainBinary(opts: BinaryOptions = {}): Promise<ObtainedBinary> {
  if (opts.binaryPath) return { path: await checkExecutable(opts.binaryPath), source: "path" };

  const env = opts.env ?? process.env;
  const requested = checkVersionInput(opts.version);
  const target = releaseTarget();
  if (!target) {
    throw new BackendError(
      `obtain binary: convex-local-backend has no release for ${process.platform}/${process.arch}; ${WAYS_OUT}`,
    );
  }
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const version = await resolveVersion(requested, {
    versionUrl: env.RACE_CHECK_CONVEX_VERSION_URL || DEFAULT_VERSION_URL,
    timeoutMs: limits.versionApiMs,
    signal: opts.signal,
  });
  const entry = cacheEntry(cacheRoot(env), version, target);
  if (await isCached(entry)) return { path: entry.binary, version, source: "cache" };

  const base = (env.RACE_CHECK_CONVEX_DOWNLOAD_BASE || DEFAULT_DOWNLOAD_BASE).replace(/\/+$/, "");
  const url = `${base}/${version}/${assetName(target)}`;
  opts.onDownload?.(url);
  try {
    await downloadToCache(url, entry, limits, opts.signal);
  } catch (e) {
    const reason = e instanceof FetchFailure ? e.message : `could not write ${entry.dir} (${(e as Error).message})`;
    throw new BackendError(
      `obtain binary: convex-local-backend ${version} is not cached in ${entry.dir} and downloading ${url} failed: ${reason}; ${WAYS_OUT}`,
    );
  }
  return { path: entry.binary, version, source: "download" };
}

async function checkExecutable(raw: string): Promise<string> {
  const file = path.resolve(raw);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new ConfigError(`--convex-backend-binary: ${raw} is not a file`);
  try {
    await access(file, constants.X_OK);
  } catch {
    throw new ConfigError(`--convex-backend-binary: ${raw} is not executable (chmod +x it)`);
  }
  return file;
}
