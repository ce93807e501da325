/**
 * Where downloaded binaries are kept between runs. On GitHub runners that is the runner tool cache,
 * in the layout @actions/tool-cache uses (<tool>/<version>/<arch> with an <arch>.complete marker);
 * tool-cache itself is not used because its find() only matches semver versions and the backend's
 * tags are dates. Elsewhere it is the user's cache directory. RACE_CHECK_CACHE_DIR overrides both.
 */
export declare function cacheRoot(env?: NodeJS.ProcessEnv): string;
export interface CacheEntry {
    dir: string;
    binary: string;
    /** Written last, so a half-written binary from a killed download is never taken for a good one. */
    marker: string;
}
export declare function cacheEntry(root: string, version: string, target: string): CacheEntry;
export declare function isCached(entry: CacheEntry): Promise<boolean>;
