import type { RaceCheckConfig } from "./types.js";
export declare const LIMITS: {
    readonly maxClients: 1000;
    readonly maxRounds: 100000;
    readonly maxDelayMs: 600000;
    /** A day: work scheduled further out than that is not part of a race trial. */
    readonly maxSettleMs: 86400000;
};
/** Checks a loaded config and returns it typed; every problem is one line naming where and how to fix. */
export declare function validateConfig(raw: unknown, file: string): RaceCheckConfig;
/** Parses a numeric flag or action input; bad values are a ConfigError naming the flag. */
export declare function parseCount(value: string | undefined, name: string, min: number, max: number): number | undefined;
