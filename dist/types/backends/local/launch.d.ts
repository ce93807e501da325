export interface LaunchOptions {
    binary: string;
    startupTimeoutMs: number;
    /** How long the backend may take to exit after SIGTERM before it gets SIGKILL. */
    graceMs?: number;
    /** Parent of the temporary data directory (default: the OS temp dir). */
    tmpDir?: string;
    /** Directory for the log file, which outlives the run (default: RUNNER_TEMP, else the OS temp dir). */
    logDir?: string;
    /** Extra environment for the backend process. */
    env?: Record<string, string>;
    signal?: AbortSignal;
}
export interface LaunchedBackend {
    /** The site proxy: where the deployment serves its HTTP actions. */
    siteUrl: string;
    url: string;
    adminKey: string;
    instanceName: string;
    /** SQLite file and storage; removed by stop(). */
    dataDir: string;
    /** Everything the backend wrote, secrets redacted; kept after stop() for post-mortems. */
    logFile: string;
    pid: number | undefined;
    startupMs: number;
    isAlive: () => boolean;
    logTail: (lines?: number) => string;
    /** SIGTERM, SIGKILL after the grace period, data directory removed. Safe to call twice. */
    stop: () => Promise<void>;
}
export declare const TAIL_LINES = 50;
/**
 * Starts convex-local-backend on free loopback ports with a fresh identity and an empty data
 * directory, and waits until it answers GET /instance_name with that identity.
 */
export declare function launchBackend(opts: LaunchOptions): Promise<LaunchedBackend>;
