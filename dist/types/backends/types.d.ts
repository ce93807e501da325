import type { ScheduledJobs } from "./scheduled-jobs.js";
/**
 * A running Convex deployment, in the narrow terms the engine needs. Every backend kind hands back
 * this shape; how a kind implements an operation (an admin endpoint of the embedded backend, a
 * system function of the real one) stays behind it.
 */
export interface RunningBackend {
    /** Deployment URL, e.g. http://127.0.0.1:PORT. */
    url: string;
    /** Where the deployment serves its HTTP actions (`convex/http.ts`), when known. */
    siteUrl?: string;
    /** Admin key: sent as `Authorization: Convex <key>`; a secret, never printed. */
    adminKey: string;
    /** Which kind of backend this is, for the report. */
    kind: BackendKind;
    /** The fire's server side, when the deployment can stamp arrivals (the embedded backend). */
    fire?: FireControl;
    /** Scheduled functions that have not finished, and the deployment's clock: the settle step. */
    scheduled: ScheduledJobs;
    /**
     * Empties the deployment before a trial, when that is cheap (the embedded backend: a fresh
     * instance), so trial 1,000 costs what trial 1 costs and work left over never leaks across.
     * `timeLimitMs`: a query or mutation of the trial still running that long after its request
     * arrived is ended, as a deployment's time limit ends it (the embedded backend runs one at a
     * time: a hung one would hold every call after it).
     */
    reset?: (opts?: {
        timeLimitMs?: number;
    }) => Promise<void>;
    /** The functions' log lines since the last take, when the deployment collects them (embedded). */
    logs?: {
        take(): Promise<LogBatch>;
    };
    /** Is the deployment still there? A process we started that exited, or a probe that failed. */
    probe: () => Promise<boolean>;
    /** Spawn-to-ready time of a backend we started, in ms. */
    startupMs?: number;
    /** The last lines the backend process wrote, for error reports. */
    logTail?: (lines?: number) => string;
    /** The backend process's full log, kept after the run (local backend). */
    logFile?: string;
    /** Stops the backend and releases everything it holds. Safe to call twice. */
    stop: () => Promise<void>;
}
/** The functions' console lines since the last take. */
export interface LogBatch {
    lines: string[];
    /** Lines logged but not kept (past the cap). */
    dropped: number;
    /** Kept lines saying a scheduled function threw (no caller sees those). */
    scheduledErrors: number;
}
/** Arrival stamps of a fire, taken by the deployment as each request's last byte arrives. */
export interface FireControl {
    /**
     * The next `requests` function requests are one fire: the deployment stamps them and may hold
     * their work until all have arrived, so its stamps measure the fire and not its own work.
     * Also drops the stamps taken so far.
     */
    arm(requests: number): Promise<void>;
    /** Stamps (ms, server clock) taken since arming; disarms. Undefined when they cannot be read. */
    takeArrivals(): Promise<number[] | undefined>;
}
export type BackendKind = "embedded" | "local" | "url" | "preview";
export interface BackendOptions {
    /** The Convex project root (the directory holding `convex/`). */
    projectDir: string;
    /** Where the functions live, relative to projectDir (from convex.json `functions`, default "convex"). */
    functionsDir?: string;
    url?: string;
    /** url backend: where the deployment serves HTTP actions (default: derived from a .convex.cloud URL). */
    siteUrl?: string;
    adminKey?: string;
    allowRemote?: boolean;
    /** Preview backend: a Convex preview deploy key (never a production one). */
    deployKey?: string;
    /** Preview backend: the preview deployment's name (default race-check-<branch>). */
    previewName?: string;
    /** The deployment's environment variables, set before its modules load. */
    deploymentEnv?: Record<string, string>;
    startupTimeoutMs?: number;
    /** Local backend: a release tag of convex-local-backend, or "latest"; default a pinned tag. */
    convexBackendVersion?: string;
    /** Local backend: path to an existing convex-local-backend; nothing is downloaded. */
    convexBackendBinary?: string;
    /** Aborts start-up (download, launch, deploy); whatever was started is stopped. */
    signal?: AbortSignal;
    /** Embedded backend: simulated round trip of an action's ctx.runQuery/runMutation/runAction. */
    callLatencyMs?: number;
}
/** A failure of the backend or infrastructure (exit code 3), as opposed to a config error. */
export declare class BackendError extends Error {
    readonly logTail?: string | undefined;
    constructor(message: string, logTail?: string | undefined);
}
