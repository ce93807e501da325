import type { ExecutionObserver } from "../in-process.js";
/** What convex-test wants: module path (with the functions dir) → lazy import. */
export type ModuleMap = Record<string, () => Promise<Record<string, unknown>>>;
/**
 * Builds convex-test's module map for a functions directory. Actions are wrapped so that each of
 * their calls back into the backend passes a scheduling point (see scheduling.ts).
 */
export declare function buildModuleMap(functionsDir: string): Promise<ModuleMap>;
type RegisteredFunction = ((...args: unknown[]) => unknown) & {
    isAction?: boolean;
    isQuery?: boolean;
    isMutation?: boolean;
    isPublic?: boolean;
    isInternal?: boolean;
    _handler: (ctx: Record<string, unknown>, args: unknown) => unknown;
};
export declare function isRegisteredFunction(value: unknown): value is RegisteredFunction;
export declare function setExecutionObserver(next: ExecutionObserver | undefined): void;
/** The time limit of every query and mutation from now on (undefined: none). */
export declare function setTimeLimit(ms: number | undefined): void;
/**
 * Serves one request that arrived at `arrivedAt`: a call that waited its turn behind a hung one
 * counts that wait, as its client does, so the queue behind a hung call drains in one time limit,
 * not one per call.
 */
export declare function asRequest<T>(arrivedAt: number, serve: () => T): T;
/** A query or mutation past its time limit. */
export declare class TimeLimitError extends Error {
    constructor(path: string, ms: number);
}
export {};
