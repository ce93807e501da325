import { type BackendOptions, type RunningBackend } from "../types.js";
export declare const DEFAULT_STARTUP_TIMEOUT_MS = 60000;
export interface LocalOptions extends BackendOptions {
    /** Environment read for download URLs and the cache directory (default process.env). */
    env?: NodeJS.ProcessEnv;
    /** Extra environment for the backend process. */
    backendEnv?: Record<string, string>;
    graceMs?: number;
    /** Parent of the temporary data directory. */
    tmpDir?: string;
    /** Where the backend's log file is written. */
    logDir?: string;
}
/**
 * The real open-source Convex backend on this machine: obtain the binary, start it, deploy the
 * project's functions with the project's own CLI. Whatever fails, nothing is left running.
 */
export declare function startLocal(opts: LocalOptions): Promise<RunningBackend>;
