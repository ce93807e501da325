import type { BackendOptions, RunningBackend } from "./types.js";
/** Is this URL on this machine? Stress rounds against anything else hit real users. */
export declare function isLoopback(url: URL): boolean;
/** Parses a deployment URL and applies the remote guard; throws ConfigError with the fix. */
export declare function checkDeploymentUrl(raw: string, allowRemote?: boolean, flag?: string): URL;
/** An already running deployment. The admin key comes from the caller (CONVEX_ADMIN_KEY). */
export declare function connectUrl(opts: BackendOptions): Promise<RunningBackend>;
/**
 * Where a deployment reached by URL serves its HTTP actions: `--site-url` when given (under the
 * same remote guard), else the `.convex.site` twin of a `.convex.cloud` URL; unknown otherwise.
 */
export declare function siteUrlFor(url: URL, given: string | undefined, allowRemote?: boolean): string | undefined;
