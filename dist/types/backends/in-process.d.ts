/**
 * An in-process backend, in the narrow terms the controlled driver (explore) needs: the project's
 * functions loaded in this process, a fresh deployment per trial, every function called directly,
 * and hooks that hand each scheduling point, scheduled function and function run to a controller.
 * The embedded backend implements it (src/backends/embedded/in-process.ts); the engine and explore
 * know only this.
 */
export type FunctionKind = "query" | "mutation" | "action";
/** A function as the deployment looks it up. */
export interface ResolvedFunction {
    kind: FunctionKind;
    /** "module:function", canonical: no file extension, `default` explicit. */
    path: string;
    isInternal: boolean;
}
/** Who is calling: a simulated user (a browser's rights, maybe signed in) or the admin. */
export interface CallerRights {
    asClient: boolean;
    /** A signed-in user's identity attributes (subject, issuer, tokenIdentifier, claims). */
    identity?: Record<string, unknown>;
}
/** What setup, invariants and custom checks get as `admin`: the ConvexHttpClient methods they use. */
export interface AdminLike {
    query: (ref: unknown, args?: unknown) => Promise<unknown>;
    mutation: (ref: unknown, args?: unknown) => Promise<unknown>;
    action: (ref: unknown, args?: unknown) => Promise<unknown>;
    function: (ref: unknown, component: unknown, args?: unknown) => Promise<unknown>;
}
/**
 * A point where an action's call back into the backend (`ctx.runQuery` / `runMutation` /
 * `runAction`, a scheduler call) may let other work run: before the call, and after it returns.
 */
export interface SchedulingPoint {
    /** Which step is about to happen, for traces. */
    kind: "runQuery" | "runMutation" | "runAction" | "schedule";
    phase: "call" | "return";
    /** The Convex function path being called, e.g. "ledgerItems:insert". */
    path: string;
    /** On "return": what the call produced, so a controlled scheduler can print it in a trace. */
    outcome?: {
        ok: true;
        value: unknown;
    } | {
        ok: false;
        error: unknown;
    };
}
/** Decides when a scheduling point continues. */
export type Scheduler = (point: SchedulingPoint) => Promise<void>;
/** A scheduled function's timer (`ctx.scheduler.runAfter` / `runAt`). */
export interface ScheduledTimer {
    /** The scheduled function. */
    path: string;
    /** When it is due, ms since the epoch (the clock's `Date.now()` when it was set, plus the delay). */
    dueAt: number;
    /** Runs the scheduled function now, outside the call that scheduled it. */
    run: () => void;
}
/** Takes a scheduled function's timer; returns the handle `setTimeout` would have returned. */
export type TimerSink = (timer: ScheduledTimer) => unknown;
/**
 * Watches the top-level run of every function (explore uses it to know when a scheduled function it
 * started has finished). Returns a callback for the run's end, or undefined to ignore the run.
 */
export type ExecutionObserver = (path: string) => ((outcome: SchedulingPoint["outcome"]) => void) | undefined;
/** What a controller takes over while it drives a schedule. */
export interface ControllerHooks {
    scheduler: Scheduler;
    timers: TimerSink;
    observer: ExecutionObserver;
}
/** One trial's deployment: its own documents, id counter and transaction lock. */
export interface InProcessSession {
    readonly deployment: InProcessBackend;
    /** Runs a resolved function with the caller's rights, answering as the HTTP API would. */
    call(fn: ResolvedFunction, args: unknown, who: CallerRights, expected?: FunctionKind): Promise<unknown>;
    /** An HTTP action (`convex/http.ts`), as a request to the site would run it. */
    fetch(path: string, init: RequestInit | undefined, who: CallerRights): Promise<Response>;
    /** The admin client of setup, invariants and custom checks, answered in-process. */
    admin(): AdminLike;
}
/** The project's functions, loaded once per run. */
export interface InProcessBackend {
    /** An empty deployment for one trial. */
    fresh(): InProcessSession;
    /** The function a reference (or "module:function") names; throws as the deployment would when there is none. */
    resolve(ref: unknown): Promise<ResolvedFunction>;
    /**
     * Routes every scheduling point, scheduled function's timer and function run to `hooks` until the
     * returned function is called. The hooks are process-wide: one controller at a time.
     */
    attach(hooks: ControllerHooks): () => void;
}
/** Where an in-process deployment says it lives (CONVEX_CLOUD_URL, CONVEX_SITE_URL): nothing listens there. */
export declare const IN_PROCESS_URLS: {
    cloud: string;
    site: string;
};
