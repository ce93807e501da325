import { type BackendKind, type RunningBackend } from "./backends/index.js";
import { prepareRun, type PrepareOptions } from "./config/prepare.js";
import { type Progress } from "./engine/fire/stress.js";
import type { RunResult } from "./engine/result.js";
export { prepareRun };
export interface RunOptions extends PrepareOptions {
    backend?: BackendKind;
    url?: string;
    adminKey?: string;
    allowRemote?: boolean;
    /** Longest wait for a backend we start to become ready (local default 60 s). */
    startupTimeoutMs?: number;
    /** Local backend: convex-local-backend release tag or "latest". */
    convexBackendVersion?: string;
    /** Local backend: an existing convex-local-backend binary. */
    convexBackendBinary?: string;
    seed?: number;
    onProgress?: (p: Progress) => void;
    /** Called once the backend is up, e.g. to register its admin key as a secret. */
    onBackend?: (backend: RunningBackend) => void;
    /** Problems worth a warning that do not stop the run (e.g. a public setup function). */
    onWarning?: (message: string) => void;
    signal?: AbortSignal;
}
/** The whole run: config → backend → engine → one result. The backend is always stopped. */
export declare function runRaceCheck(opts?: RunOptions): Promise<RunResult>;
