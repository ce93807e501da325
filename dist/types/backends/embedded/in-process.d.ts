import type { UserIdentity } from "convex/server";
import type { ScheduledJobs } from "../scheduled-jobs.js";
export type Kind = "query" | "mutation" | "action";
/** The part of a convex-test accessor the controlled driver uses. */
interface TestAccessor {
    query: (ref: unknown, args: unknown) => Promise<unknown>;
    mutation: (ref: unknown, args: unknown) => Promise<unknown>;
    action: (ref: unknown, args: unknown) => Promise<unknown>;
    run: <T>(fn: (ctx: never) => Promise<T>) => Promise<T>;
}
interface TestInstance extends TestAccessor {
    withIdentity: (identity: Partial<UserIdentity>) => TestAccessor;
    finishInProgressScheduledFunctions: () => Promise<void>;
}
export interface ResolvedFunction {
    kind: Kind;
    path: string;
    isInternal: boolean;
}
/** Loaded once per run; `fresh()` gives an empty database for every trial. */
export declare class InProcessDeployment {
    private readonly modules;
    private readonly schema;
    private readonly components;
    private readonly byModule;
    private constructor();
    static load(functionsDir: string): Promise<InProcessDeployment>;
    /**
     * A new convex-test instance: its own DatabaseFake (documents, id counter, transaction lock),
     * so every trial starts from the same empty state. Imported modules stay cached. Transaction
     * limits are on, as on Convex.
     */
    fresh(): Session;
    resolve(ref: unknown): Promise<ResolvedFunction>;
}
/** Who is calling: a simulated user (a browser's rights, maybe signed in) or the admin. */
export interface CallerRights {
    asClient: boolean;
    identity?: Partial<UserIdentity>;
}
export declare class Session {
    readonly deployment: InProcessDeployment;
    private readonly t;
    constructor(deployment: InProcessDeployment, t: TestInstance);
    /** Runs a resolved function with the caller's rights, answering as the HTTP API would. */
    call(fn: ResolvedFunction, args: unknown, who: CallerRights, expected?: Kind): Promise<unknown>;
    /**
     * What setup, invariants and custom checks get as `admin`: the ConvexHttpClient methods they
     * use, answered in-process with admin rights (internal functions allowed).
     */
    admin(): AdminLike;
    /** Scheduled functions not yet finished, as the system function lists them (see scheduled-jobs.ts). */
    scheduledJobs(now: () => number): ScheduledJobs;
}
export interface AdminLike {
    query: (ref: unknown, args?: unknown) => Promise<unknown>;
    mutation: (ref: unknown, args?: unknown) => Promise<unknown>;
    action: (ref: unknown, args?: unknown) => Promise<unknown>;
    function: (ref: unknown, component: unknown, args?: unknown) => Promise<unknown>;
}
export {};
