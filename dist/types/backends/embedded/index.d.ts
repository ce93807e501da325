import { type BackendOptions, type RunningBackend } from "../types.js";
/** Starts the embedded backend (convex-test behind the Convex HTTP API) in a child process. */
export declare function startEmbedded(opts: BackendOptions): Promise<RunningBackend>;
