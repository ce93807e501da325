import { type ModuleMap } from "./modules.js";
/** One component instance as convex-test wants it. */
export interface ComponentRegistration {
    /** The instance's path: the name `use` gave it, under its parent's ("rateLimiter/batchWorker"). */
    path: string;
    /** The directory holding its convex.config: its functions root. */
    dir: string;
    schema: unknown;
    modules: ModuleMap;
}
/**
 * Every component instance of the app in `functionsDir`, parents before their children, each with
 * its module map (lazy imports, shared by every convex-test instance) and its schema. Load once
 * per process; register on each new convex-test instance with `registerComponents`.
 */
export declare function loadComponents(functionsDir: string): Promise<ComponentRegistration[]>;
/** The part of a convex-test instance components are registered on. */
export interface ComponentHost {
    registerComponent(componentPath: string, schema: never, modules: ModuleMap): void;
}
/** Registers every component on a fresh convex-test instance: each gets its own empty tables. */
export declare function registerComponents(t: ComponentHost, regs: ComponentRegistration[]): void;
