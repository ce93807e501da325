/**
 * The project's functions on convex-test, in this process: the controlled driver calls every
 * function itself instead of going through the embedded backend's HTTP API, so it owns every step.
 * Answers are those of the HTTP API (see http-api.ts): a flow behaves as against a deployment.
 * This is the embedded backend's side of the in-process contract (src/backends/in-process.ts).
 */
import type { UserIdentity } from "convex/server";
import { type AdminLike, type CallerRights, type ControllerHooks, type FunctionKind, type InProcessBackend, type InProcessSession, type ResolvedFunction } from "../in-process.js";
import type { LogBatch } from "../types.js";
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
/** Loaded once per run; `fresh()` gives an empty database for every trial. */
export declare class InProcessDeployment implements InProcessBackend {
    private readonly functions;
    private constructor();
    static load(functionsDir: string): Promise<InProcessDeployment>;
    fresh(): Session;
    resolve(ref: unknown): Promise<ResolvedFunction>;
    /** convex-test has no hooks of its own: these are the instrumented modules' process-wide ones. */
    attach(hooks: ControllerHooks): () => void;
}
/**
 * Loads the functions in this process with the deployment's environment and runs `fn` with them;
 * the functions' console output is kept for the report (`logs`), never printed. The process's
 * environment and console are restored afterwards.
 */
export declare function withInProcessDeployment<T>(functionsDir: string, env: Record<string, string>, fn: (deployment: InProcessDeployment, logs: {
    take(): LogBatch;
}) => Promise<T>): Promise<T>;
export declare class Session implements InProcessSession {
    readonly deployment: InProcessDeployment;
    private readonly t;
    constructor(deployment: InProcessDeployment, t: TestInstance);
    /** Runs a resolved function with the caller's rights, answering as the HTTP API would. */
    call(fn: ResolvedFunction, args: unknown, who: CallerRights, expected?: FunctionKind): Promise<unknown>;
    /** An HTTP action (`convex/http.ts`), as a request to the site would run it. */
    fetch(path: string, init: RequestInit | undefined, who: CallerRights): Promise<Response>;
    /**
     * What setup, invariants and custom checks get as `admin`: the ConvexHttpClient methods they
     * use, answered in-process with admin rights (internal functions allowed).
     */
    admin(): AdminLike;
}
export {};
