/** What a static read of the functions directory tells about one exported function. */
export interface FunctionInfo {
    path: string;
    /** "public" / "internal" when the builder's name says so (query vs internalQuery); else unknown. */
    visibility: "public" | "internal" | "unknown";
}
/**
 * Lists the functions a project exports, by reading its sources (no code runs, so it works before
 * any backend is up and for every backend kind). Custom builders keep their names but have
 * unknown visibility.
 */
export declare function scanFunctions(functionsDir: string): Promise<Map<string, FunctionInfo>>;
/** The known names closest to `wanted` (edit distance), best first. */
export declare function closeMatches(wanted: string, known: Iterable<string>, max?: number): string[];
