import type { ActFlow, Args, IdentityFn, Invariant, RaceCheckConfig, Scenario, SetupValue } from "./types.js";
/** A scenario with every default applied and every function reference turned into a path. */
export interface ResolvedScenario {
    name: string;
    clients: number;
    rounds: number;
    delayBetweenRounds: number;
    opTimeout: number;
    /** Settle horizon, ms (see settle.ts). */
    settleMs: number;
    setup?: {
        path: string;
        args: Args;
    };
    act: {
        kind: "call";
        path: string;
        args: (setup: SetupValue, client: number) => Args;
    } | {
        kind: "flow";
        flow: ActFlow;
    };
    invariant: Invariant;
    /** Each user's identity for a trial (signed in), when the scenario gives one. */
    identity?: IdentityFn;
    /** A known race: reported, not failing the check. */
    expect?: "race";
    /** Functions the scenario names itself (setup excluded), for annotations and reports. */
    functions: string[];
    /** `race-check explore` overrides from the config, resolved like `setup`. */
    explore?: {
        setup?: {
            path: string;
            args: Args;
        };
        clients?: number;
    };
}
export declare const DEFAULTS: {
    readonly rounds: 20;
    readonly clients: 10;
    readonly delayBetweenRounds: 0;
    readonly opTimeout: 30000;
    readonly settleMs: 10000;
};
export interface Overrides {
    rounds?: number;
    clients?: number;
    opTimeout?: number;
}
export declare function resolveScenario(config: RaceCheckConfig, s: Scenario, overrides?: Overrides): ResolvedScenario;
