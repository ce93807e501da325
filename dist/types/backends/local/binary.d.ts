/** Where the Convex CLI 1.48 downloads release assets from (cli/lib/localDeployment/download.js). */
export declare const DEFAULT_DOWNLOAD_BASE = "https://github.com/convex/convex-backend/releases/download";
/**
 * Offline, each of these is how long we wait before giving up; together they stay under the 30 s
 * the user is promised. A download that is moving is never cut off, only one that stalls.
 */
export declare const DEFAULT_LIMITS: {
    versionApiMs: number;
    connectMs: number;
    stallMs: number;
};
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
export declare function obtainBinary(opts?: BinaryOptions): Promise<ObtainedBinary>;
