import { type ResolvedScenario } from "./scenario.js";
import type { RaceCheckConfig } from "./types.js";
export interface PrepareOptions {
    /** Config file (default race-check.config.ts in cwd); ignored when `config` is given. */
    configFile?: string;
    /** A config object instead of a file; `projectDir` then says where `convex/` is (default cwd). */
    config?: RaceCheckConfig;
    projectDir?: string;
    cwd?: string;
    rounds?: number;
    clients?: number;
    opTimeout?: number;
    /** Run only the scenario(s) with this name. */
    scenario?: string | string[];
    /** Deployment environment variables given besides the config's `env` (action input `env`); these win. */
    env?: Record<string, string>;
    /** Interrupts loading the config (SIGINT while a config takes its time). */
    signal?: AbortSignal;
}
export interface PreparedRun {
    config: RaceCheckConfig;
    configLabel: string;
    /**
     * What tells two configs with the same path apart: a sha256 of the config file's text and of the
     * working directory relative to the repository. Undefined for a config object.
     */
    configFingerprint?: string;
    projectDir: string;
    functionsDir: string;
    scenarios: ResolvedScenario[];
    warnings: string[];
    /** The deployment's environment: the config's `env` and the caller's, every value a secret. */
    env: Record<string, string>;
}
/** Loads, validates and resolves everything a run needs; throws ConfigError before anything starts. */
export declare function prepareRun(opts: PrepareOptions): Promise<PreparedRun>;
/**
 * sha256 over the config file's text (line endings made one) and the working directory relative to
 * the repository, with forward slashes: the same on every runner that checked out the same commit,
 * different for another config that has the same path relative to its working directory.
 */
export declare function fingerprintConfig(file: string, cwd: string): Promise<string>;
