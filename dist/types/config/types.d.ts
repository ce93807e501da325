import type { ConvexHttpClient } from "convex/browser";
import type { FunctionArgs, FunctionReference, FunctionReturnType } from "convex/server";
import type { FunctionRef, InvariantResult, Operation } from "../model.js";
export type { FunctionRef };
export type Args = Record<string, unknown>;
/** What a trial's `setup` returned when its type is not known (a setup named by a string). */
export type SetupValue = any;
/** A function's arguments: checked against a generated reference's validator types, free for a string. */
export type ArgsOf<F> = string extends F ? Args : F extends FunctionReference<any, any, any, any> ? FunctionArgs<F> : Args;
/**
 * What a setup returns, as its generated reference says; untyped for a string or for no setup
 * (also what an inline `maxSuccesses(...)` sees before the setup type is known, so it fits any).
 */
export type SetupOf<F> = [F] extends [undefined] ? SetupValue : F extends FunctionReference<any, any, any, any> ? FunctionReturnType<F> : SetupValue;
export interface SetupCall<F extends FunctionRef = FunctionRef> {
    /** Run with admin auth once per trial; internal functions are fine (and recommended). */
    fn: F;
    args?: ArgsOf<F>;
}
/** A scenario's setup: a function, or a function with its arguments. */
export type SetupSpec<F extends FunctionRef = FunctionRef> = F | SetupCall<F>;
export interface ActContext<S = SetupValue> {
    setup: S;
    /** 0-based index of the simulated user. */
    client: number;
}
export interface FlowContext<S = SetupValue> extends ActContext<S> {
    /**
     * This user's own client: never shared, so its calls never queue behind another user's; signed
     * in as the scenario's `identity` for this user, if it has one.
     */
    convex: ConvexHttpClient;
    /** The deployment's HTTP actions origin (`convex/http.ts` routes), e.g. https://x.convex.site. */
    siteUrl: string;
    /**
     * This user's fetch, for HTTP actions: recorded in the history like every other call, and its
     * first request released at the fire gate with the other users'.
     */
    fetch: typeof fetch;
}
export interface ActCall<S = SetupValue, F extends FunctionRef = FunctionRef> {
    fn: F;
    args?: ArgsOf<F> | ((ctx: ActContext<S>) => ArgsOf<F>);
}
/** A whole client flow, e.g. a query then a mutation, as a page or a server route would do. */
export type ActFlow<S = SetupValue> = (ctx: FlowContext<S>) => Promise<unknown>;
/**
 * A signed-in user, as `ctx.auth.getUserIdentity()` returns it: `subject` (for Convex Auth,
 * "userId|sessionId" of a user the setup created), `issuer`, `tokenIdentifier` (default
 * "issuer|subject"), and any other claim (name, email, org_id…).
 */
export interface SimulatedIdentity {
    subject: string;
    issuer?: string;
    tokenIdentifier?: string;
    name?: string;
    email?: string;
    [claim: string]: unknown;
}
/** An identity complete as a deployment takes it: issuer and tokenIdentifier filled in. */
export type UserIdentityAttributes = SimulatedIdentity & {
    issuer: string;
    tokenIdentifier: string;
};
/** Who each simulated user is: an identity, or undefined for a signed-out user. */
export type IdentityFn<S = SetupValue> = (ctx: ActContext<S>) => SimulatedIdentity | undefined;
export type Limit<S> = number | ((setup: S) => number);
export interface CapacityInvariant<S = SetupValue, F extends FunctionRef = FunctionRef> {
    kind: "capacity";
    /** A function read with admin auth after the trial, returning a number (e.g. the enrolled count). */
    read: {
        fn: F;
        args?: ArgsOf<F> | ((ctx: {
            setup: S;
        }) => ArgsOf<F>);
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
export interface Scenario<S = SetupValue, F extends FunctionRef = FunctionRef> {
    name: string;
    setup?: SetupSpec;
    /** Concurrent simulated users per trial. */
    clients?: number;
    act: ActCall<S, F> | ActFlow<S>;
    invariant: Invariant<S>;
    /** Each simulated user's identity (signed in), or undefined for a signed-out user. */
    identity?: IdentityFn<S>;
    /**
     * "race": a known race. It is reported, and does not fail the check; when it stops showing, the
     * report says it may be fixed.
     */
    expect?: "race";
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
    setup?: SetupSpec;
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
    /**
     * The deployment's environment variables (`npx convex env set`), present before its modules
     * load. The embedded backend's functions see exactly these, plus CONVEX_CLOUD_URL and
     * CONVEX_SITE_URL. Values are secrets: never printed.
     */
    env?: Record<string, string>;
    scenarios: Scenario<any, any>[];
}
