import { type ModuleMap } from "./modules.js";
import type { ResolvedFunction } from "../in-process.js";
export declare class EmbeddedFunctions {
    readonly modules: ModuleMap;
    private readonly schema;
    private readonly components;
    private readonly byModule;
    private constructor();
    static load(functionsDir: string): Promise<EmbeddedFunctions>;
    /**
     * Imports every module (components' too) now: an import takes file I/O, and a module first
     * loaded mid-schedule would stall it. One that fails to load says so when it is used.
     */
    importAll(): Promise<void>;
    /**
     * A new convex-test instance: its own documents, id counter and transaction lock, every
     * component registered. Imported modules stay cached. Convex's transaction limits are on
     * (16,000 documents written, 1 MiB documents...): code that breaks them fails as in production.
     */
    fresh(): unknown;
    /** The app's modules by path ("ledgerItems"), without `_generated`. */
    appModules(): Iterable<[string, () => Promise<Record<string, unknown>>]>;
    /** The function at `udfPath` ("module:function", "module" for a default export), if there is one. */
    find(udfPath: string): Promise<ResolvedFunction | undefined>;
}
/**
 * Sets process.env to exactly the deployment's environment (as Convex does: nothing of the
 * machine, the CI job or race-check), plus its own URLs. Returns what it replaced.
 */
export declare function replaceEnv(env: Record<string, string>, urls: {
    cloud: string;
    site: string;
}): Record<string, string | undefined>;
