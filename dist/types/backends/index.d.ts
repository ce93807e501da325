import type { BackendKind, BackendOptions, LogBatch, RunningBackend } from "./types.js";
import type { InProcessBackend } from "./in-process.js";
export declare const BACKEND_KINDS: BackendKind[];
export declare function parseBackendKind(value: string | undefined): BackendKind;
export declare function startBackend(kind: BackendKind, opts: BackendOptions): Promise<RunningBackend>;
/**
 * The project's functions in this process (the embedded backend's, without its HTTP server), for
 * a driver that calls every function itself: `fn` runs with the deployment's environment set, and
 * gets the functions' console output as `logs`. The environment and the console are restored after.
 */
export declare function withInProcessBackend<T>(opts: Pick<BackendOptions, "projectDir" | "functionsDir" | "deploymentEnv">, fn: (backend: InProcessBackend, logs: {
    take(): LogBatch;
}) => Promise<T>): Promise<T>;
export type { BackendKind, BackendOptions, RunningBackend };
