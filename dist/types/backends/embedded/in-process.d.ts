/**
 * The project's functions on convex-test, in this process: the controlled driver calls every
 * function itself instead of going through the embedded backend's HTTP API, so it owns every step.
 * Answers are those of the HTTP API (see http-api.ts): a flow behaves as against a deployment.
 */
import type { UserIdentity } from "convex/server";
import { type FoundFunction, type Kind } from "./deployment.js";
export type { Kind };
/** The part of a convex-test accessor the controlled driver uses. */
interface TestAccessor {
    fetch: (path: string, init?: RequestInit) => Promise<Response>;
    query: (ref: unknown, args: unknown) => Promise<unknown>;
    mutation: (ref: unknown, args: unknown) => Promise<unknown>;
    action: (ref: unknown, args: unknown) => Promise<unknown>;
    run: <T>(fn: (ctx: never) => Promise<T>) => Promise<T>;
}
interface TestInstance extends TestAccessor {
    withIdentity: (identity: Partial<UserIdentity>) => TestAccessor;
}
export type ResolvedFunction = FoundFunction;
/** Loaded once per run; `fresh()` gives an empty database for every trial. */
export declare class InProcessDeployment {
    private readonly functions;
    private constructor();
    static load(functionsDir: string): Promise<InProcessDeployment>;
    fresh(): Session;
    resolve(ref: unknown): Promise<ResolvedFunction>;
}
/** Where the in-process deployment says it lives (CONVEX_CLOUD_URL, CONVEX_SITE_URL): nothing listens there. */
export declare const IN_PROCESS_URLS: {
    cloud: string;
    site: string;
};
/**
 * Runs `fn` with process.env set to exactly the deployment's environment, as the embedded
 * backend's functions see it: modules that read a variable at load find it, and no function sees
 * a variable of this machine, of the CI job or of race-check. Restored afterwards.
 */
export declare function withDeploymentEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T>;
/** Who is calling: a simulated user (a browser's rights, maybe signed in) or the admin. */
export interface CallerRights {
    asClient: boolean;
    /** A signed-in user's identity attributes (subject, issuer, tokenIdentifier, claims). */
    identity?: Record<string, unknown>;
}
export declare class Session {
    readonly deployment: InProcessDeployment;
    private readonly t;
    constructor(deployment: InProcessDeployment, t: TestInstance);
    /** Runs a resolved function with the caller's rights, answering as the HTTP API would. */
    call(fn: ResolvedFunction, args: unknown, who: CallerRights, expected?: Kind): Promise<unknown>;
    /** An HTTP action (`convex/http.ts`), as a request to the site would run it. */
    fetch(path: string, init: RequestInit | undefined, who: CallerRights): Promise<Response>;
    /**
     * What setup, invariants and custom checks get as `admin`: the ConvexHttpClient methods they
     * use, answered in-process with admin rights (internal functions allowed).
     */
    admin(): AdminLike;
}
export interface AdminLike {
    query: (ref: unknown, args?: unknown) => Promise<unknown>;
    mutation: (ref: unknown, args?: unknown) => Promise<unknown>;
    action: (ref: unknown, args?: unknown) => Promise<unknown>;
    function: (ref: unknown, component: unknown, args?: unknown) => Promise<unknown>;
}
