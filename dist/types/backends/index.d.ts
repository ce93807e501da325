import type { BackendKind, BackendOptions, RunningBackend } from "./types.js";
export declare const BACKEND_KINDS: BackendKind[];
export declare function parseBackendKind(value: string | undefined): BackendKind;
export declare function startBackend(kind: BackendKind, opts: BackendOptions): Promise<RunningBackend>;
export type { BackendKind, BackendOptions, RunningBackend };
