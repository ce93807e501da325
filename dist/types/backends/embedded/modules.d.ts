import { type SchedulingPoint } from "./scheduling.js";
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
/**
 * Watches the top-level run of every function (explore uses it to know when a scheduled function it
 * started has finished). Returns a callback for the run's end, or undefined to ignore the run.
 */
export type ExecutionObserver = (path: string) => ((outcome: SchedulingPoint["outcome"]) => void) | undefined;
export declare function setExecutionObserver(next: ExecutionObserver | undefined): void;
export {};
