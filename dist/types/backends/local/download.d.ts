import type { CacheEntry } from "./cache.js";
import { type FetchLimits } from "./http.js";
/** Downloads the release zip and installs its executable into the cache entry. */
export declare function downloadToCache(url: string, entry: CacheEntry, limits: FetchLimits, signal?: AbortSignal): Promise<void>;
