import { BackendError } from "../types.js";
import { ConfigError } from "../../errors.js";
import { fetchJson, FetchFailure } from "./http.js";

/**
 * The convex-local-backend release used unless told otherwise. Pinned so that two runs of one
 * commit time their races on the same backend; changed on purpose, once the self-test workflow
 * passes with the new tag. This is the tag the Convex CLI 1.48 names in its source (the first with
 * control-plane auth), so it exists and has `keygen admin-key` (in releases from May 2026 on).
 */
export const PINNED_BACKEND_VERSION = "precompiled-2026-09-15-4e9b83a";

export const DEFAULT_VERSION_URL = "https://version.convex.dev/v1/local_backend_version";

/** The tag format the Convex CLI accepts; it also keeps a tag from escaping the cache directory. */
const TAG = /^precompiled-\d{4}-\d{2}-\d{2}-[\w.-]+$/;

export function checkVersionInput(requested: string | undefined): string {
  const value = requested?.trim() || PINNED_BACKEND_VERSION;
  if (value === "latest" || (TAG.test(value) && !value.includes(".."))) return value;
  throw new ConfigError(
    `--convex-backend-version: "${requested}" is not a convex-local-backend release tag (expected e.g. ${PINNED_BACKEND_VERSION}, or latest)`,
  );
}

/** Resolves "latest" through Convex's version API, the source the Convex CLI uses. */
export async function resolveVersion(
  requested: string,
  opts: { versionUrl: string; timeoutMs: number; signal?: AbortSignal },
): Promise<string> {
  if (requested !== "latest") return requested;
  let answer: unknown;
  try {
    answer = await fetchJson(opts.versionUrl, opts.timeoutMs, opts.signal);
  } catch (e) {
    if (!(e instanceof FetchFailure)) throw e;
    throw new BackendError(
      `obtain binary: could not resolve convex-backend-version "latest" at ${opts.versionUrl} (${e.message}); pin a release tag with --convex-backend-version, pass --convex-backend-binary PATH (action input convex-backend-binary), or use --backend embedded`,
    );
  }
  const version = (answer as { version?: unknown } | null)?.version;
  if (typeof version !== "string" || !TAG.test(version)) {
    throw new BackendError(
      `obtain binary: ${opts.versionUrl} answered without a release tag; pin one with --convex-backend-version (e.g. ${PINNED_BACKEND_VERSION})`,
    );
  }
  return version;
}
