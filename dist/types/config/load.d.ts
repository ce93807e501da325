import type { RaceCheckConfig } from "./types.js";
export declare const DEFAULT_CONFIG = "race-check.config.ts";
/** Loads a TypeScript (or JavaScript) config file and returns its default export, unvalidated. */
export declare function loadConfigFile(absolute: string, file?: string): Promise<unknown>;
export type { RaceCheckConfig };
