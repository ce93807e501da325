import { type BackendKind, type RunningBackend } from "./backends/index.js";
import { prepareRun, type PrepareOptions } from "./config/prepare.js";
import { type Progress } from "./engine/fire/stress.js";
import { type ShardSpec } from "./engine/shard.js";
import { type RunResult } from "./engine/result.js";
export { prepareRun };
export interface RunOptions extends PrepareOptions {
    backend?: BackendKind;
    url?: string;
    /** url backend: where the deployment serves HTTP actions (default: derived from a .convex.cloud URL). */
    siteUrl?: string;
    adminKey?: string;
    /** Preview backend: a Convex preview deploy key. */
    deployKey?: string;
    /** Preview backend: the preview deployment's name (default race-check-<branch>[-shard-i-of-n]). */
    previewName?: string;
    allowRemote?: boolean;
    /** Longest wait for a backend we start to become ready (local default 60 s). */
    startupTimeoutMs?: number;
    /** Local backend: convex-local-backend release tag or "latest". */
    convexBackendVersion?: string;
    /** Local backend: an existing convex-local-backend binary. */
    convexBackendBinary?: string;
    seed?: number;
    /** Run only this shard's part of the work (`--shard i/n`), with the shard's own seed. */
    shard?: ShardSpec;
    onProgress?: (p: Progress) => void;
    /** Every line the functions logged, per scenario (the report keeps a count and the first lines). */
    onLogs?: (scenario: string, lines: string[]) => void;
    /** Called once the backend is up, e.g. to register its admin key as a secret. */
    onBackend?: (backend: RunningBackend) => void;
    /** Problems worth a warning that do not stop the run (e.g. a public setup function). */
    onWarning?: (message: string) => void;
}
/** The whole run: config → backend → engine → one result. The backend is always stopped. */
export declare function runRaceCheck(opts?: RunOptions): Promise<RunResult>;
