import type { RaceCheckConfig } from "./types.js";
export declare const DEFAULT_CONFIG = "race-check.config.ts";
/** How long a config may take to load (RACE_CHECK_CONFIG_TIMEOUT_MS overrides, for tests). */
export declare const CONFIG_TIMEOUT_MS = 30000;
export interface LoadOptions {
    /** Load it first in a child process under the time limit (default true). */
    probe?: boolean;
    signal?: AbortSignal;
}
/** Loads a TypeScript (or JavaScript) config file and returns its default export, unvalidated. */
export declare function loadConfigFile(absolute: string, file?: string, opts?: LoadOptions): Promise<unknown>;
export type { RaceCheckConfig };
