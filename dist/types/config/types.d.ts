import type { ConvexHttpClient } from "convex/browser";
import type { FunctionRef, InvariantResult, Operation } from "../model.js";
export type { FunctionRef };
export type Args = Record<string, unknown>;
/** What a round's `setup` returned: the context every client and the invariant see. */
export type SetupValue = any;
export interface SetupCall {
    /** Run with admin auth once per round; internal functions are fine (and recommended). */
    fn: FunctionRef;
    args?: Args;
}
export interface ActContext<S = SetupValue> {
    setup: S;
    /** 0-based index of the simulated user. */
    client: number;
}
export interface FlowContext<S = SetupValue> extends ActContext<S> {
    /** This user's own client: no admin auth, never shared, so its calls never queue behind another user's. */
    convex: ConvexHttpClient;
}
export interface ActCall<S = SetupValue> {
    fn: FunctionRef;
    args?: Args | ((ctx: ActContext<S>) => Args);
}
/** A whole client flow, e.g. a query then a mutation, as a page or a server route would do. */
export type ActFlow<S = SetupValue> = (ctx: FlowContext<S>) => Promise<unknown>;
export type Limit<S> = number | ((setup: S) => number);
export interface CapacityInvariant<S = SetupValue> {
    kind: "capacity";
    /** A function read with admin auth after the round, returning a number (e.g. the enrolled count). */
    read: {
        fn: FunctionRef;
        args?: Args | ((ctx: {
            setup: S;
        }) => Args);
    };
    limit: Limit<S>;
    /** Headline of a violation: "Overbooking" by default. */
    title?: string;
    /** What is counted: "enrollments" in "Overbooking: 7/5 enrollments". */
    noun?: string;
}
export interface MaxSuccessesInvariant<S = SetupValue> {
    kind: "maxSuccesses";
    limit: Limit<S>;
    /** Headline of a violation: "Overclaimed" by default. */
    title?: string;
    /** What is counted: "claims" in "Overclaimed: 3/1 claims". */
    noun?: string;
    /** Which completed operations count as a success; by default every one that did not throw. */
    isSuccess?: (value: unknown) => boolean;
}
/** What a custom invariant returns: `{ ok: true | false | "unknown", observed?, limit?, message }`. */
export type Verdict = InvariantResult;
export interface CustomInvariant<S = SetupValue> {
    kind: "custom";
    check: (ctx: {
        history: Operation[];
        admin: ConvexHttpClient;
        setup: S;
    }) => Verdict | Promise<Verdict>;
}
export type Invariant<S = SetupValue> = CapacityInvariant<S> | MaxSuccessesInvariant<S> | CustomInvariant<S>;
export interface Scenario<S = SetupValue> {
    name: string;
    setup?: SetupCall | FunctionRef;
    /** Concurrent simulated users per round. */
    clients?: number;
    act: ActCall<S> | ActFlow<S>;
    invariant: Invariant<S>;
    rounds?: number;
    delayBetweenRounds?: number;
    /** Settle horizon in ms: scheduled work due within it is waited for before the invariant (default 10,000). */
    settle?: number;
    /** Overrides for `race-check explore` (systematic interleaving search). */
    explore?: ExploreSettings;
}
/**
 * Interleaving search stays small: a race that needs many clients from an empty start usually
 * needs only two from a state near the limit, and two clients' schedules can be searched exhaustively.
 */
export interface ExploreSettings {
    /** A setup that starts near the invariant's limit (e.g. a session one seat from full). */
    setup?: SetupCall | FunctionRef;
    /** Clients to explore with (default: the scenario's clients). */
    clients?: number;
}
export interface RaceCheckConfig {
    /** Rounds per scenario (default 20). */
    rounds?: number;
    /** Pause between rounds in ms (default 0). */
    delayBetweenRounds?: number;
    /** Default clients per round (default 10). */
    clients?: number;
    /** Per-operation timeout in ms (default 30 000): a slower operation is recorded as unknown. */
    opTimeout?: number;
    /**
     * Settle horizon in ms (default 10,000): after the clients' calls return, scheduled functions due
     * within it are waited for (the embedded backend moves its clock instead of waiting) before the
     * invariant is checked. Work due later is listed in the report.
     */
    settle?: number;
    /** Directory of the Convex functions, relative to the config file (default from convex.json, else "convex"). */
    functionsDir?: string;
    scenarios: Scenario[];
}
