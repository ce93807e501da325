import os from "node:os";
import path from "node:path";
import { access, constants } from "node:fs/promises";
import { executableName } from "./platform.js";

/**
 * Where downloaded binaries are kept between runs. On GitHub runners that is the runner tool cache,
 * in the layout @actions/tool-cache uses (<tool>/<version>/<arch> with an <arch>.complete marker);
 * tool-cache itself is not used because its find() only matches semver versions and the backend's
 * tags are dates. Elsewhere it is the user's cache directory. RACE_CHECK_CACHE_DIR overrides both.
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RACE_CHECK_CACHE_DIR) return path.resolve(env.RACE_CHECK_CACHE_DIR);
  if (env.RUNNER_TOOL_CACHE) return path.join(env.RUNNER_TOOL_CACHE, "convex-local-backend");
  const home = os.homedir();
  const base =
    process.platform === "win32"
      ? (env.LOCALAPPDATA ?? path.join(home, "AppData", "Local"))
      : process.platform === "darwin"
        ? path.join(home, "Library", "Caches")
        : (env.XDG_CACHE_HOME ?? path.join(home, ".cache"));
  return path.join(base, "race-check", "convex-local-backend");
}

export interface CacheEntry {
  dir: string;
  binary: string;
  /** Written last, so a half-written binary from a killed download is never taken for a good one. */
  marker: string;
}

export function cacheEntry(root: string, version: string, target: string): CacheEntry {
  const versionDir = path.join(root, version);
  return {
    dir: path.join(versionDir, target),
    binary: path.join(versionDir, target, executableName()),
    marker: path.join(versionDir, `${target}.complete`),
  };
}

export async function isCached(entry: CacheEntry): Promise<boolean> {
  try {
    await access(entry.marker);
    await access(entry.binary, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
