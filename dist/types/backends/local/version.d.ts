/**
 * The convex-local-backend release used unless told otherwise. Pinned so that two runs of one
 * commit time their races on the same backend; changed on purpose, once the self-test workflow
 * passes with the new tag. This is the tag the Convex CLI 1.48 names in its source (the first with
 * control-plane auth), so it exists and has `keygen admin-key` (in releases from May 2026 on).
 */
export declare const PINNED_BACKEND_VERSION = "precompiled-2026-09-15-4e9b83a";
export declare const DEFAULT_VERSION_URL = "https://version.convex.dev/v1/local_backend_version";
export declare function checkVersionInput(requested: string | undefined): string;
/** Resolves "latest" through Convex's version API, the source the Convex CLI uses. */
export declare function resolveVersion(requested: string, opts: {
    versionUrl: string;
    timeoutMs: number;
    signal?: AbortSignal;
}): Promise<string>;
