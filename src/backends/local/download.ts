import path from "node:path";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import type { CacheEntry } from "./cache.js";
import { fetchBytes, FetchFailure, type FetchLimits } from "./http.js";
import { executableName } from "./platform.js";

/** Downloads the release zip and installs its executable into the cache entry. */
export async function downloadToCache(
  url: string,
  entry: CacheEntry,
  limits: FetchLimits,
  signal?: AbortSignal,
): Promise<void> {
  const zip = await fetchBytes(url, limits, signal);
  const name = executableName();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (f) => path.posix.basename(f.name) === name });
  } catch (e) {
    throw new FetchFailure(`not a readable zip (${(e as Error).message})`);
  }
  const binary = Object.values(files)[0];
  if (!binary) throw new FetchFailure(`the zip holds no ${name}`);

  await mkdir(entry.dir, { recursive: true });
  // Renamed into place, so a concurrent run never executes a half-written file.
  const temp = path.join(entry.dir, `.${name}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, binary, { mode: 0o755 });
    await chmod(temp, 0o755);
    await rename(temp, entry.binary);
  } finally {
    await rm(temp, { force: true });
  }
  await writeFile(entry.marker, `${new Date().toISOString()} ${url}\n`);
}
