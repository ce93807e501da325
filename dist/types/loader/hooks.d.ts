export interface LoaderData {
    /** The user's project: where `convex` (and its esbuild) are resolved from. */
    projectDir: string;
    /** What `import ... from "race-check"` means: race-check's own API module. */
    selfApi: string;
}
interface ResolveContext {
    parentURL?: string;
    conditions?: string[];
    importAttributes?: Record<string, string>;
}
interface ResolveResult {
    url: string;
    format?: string | null;
    shortCircuit?: boolean;
}
type NextResolve = (specifier: string, context?: ResolveContext) => Promise<ResolveResult>;
interface LoadContext {
    format?: string | null;
    conditions?: string[];
    importAttributes?: Record<string, string>;
}
interface LoadResult {
    format: string;
    source?: string | ArrayBuffer | Uint8Array | null;
    shortCircuit?: boolean;
}
type NextLoad = (url: string, context?: LoadContext) => Promise<LoadResult>;
export declare function initialize(init: LoaderData | undefined): void;
export declare function resolve(specifier: string, context: ResolveContext, next: NextResolve): Promise<ResolveResult>;
export declare function load(url: string, context: LoadContext, next: NextLoad): Promise<LoadResult>;
export {};
