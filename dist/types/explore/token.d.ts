import type { Step } from "../engine/controlled/types.js";
export interface ReplayToken {
    /** Scenario name. */
    scenario: string;
    clients: number[];
    choices: number[];
    /** Seed of Math.random and the clock inside the schedule. */
    seed: number;
    stopAfter?: number;
    /** Fingerprint of the trace the token was made from: a replay checks it still matches. */
    trace?: string;
}
export declare function encodeToken(t: ReplayToken): string;
export declare function decodeToken(token: string): ReplayToken;
/** What must be identical for a replay to count as the same trace: who ran what, and the results. */
export declare function traceFingerprint(steps: Step[]): string;
/** The command that replays one explore counterexample exactly. */
export declare function replayCommand(configLabel: string, scenario: string, token: string): string;
/** Its words, unquoted (a report may wrap them over lines). */
export declare function replayArgs(configLabel: string, scenario: string, token: string): string[];
