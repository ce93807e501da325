/**
 * Lists the project's function modules, the way `convex deploy` bundles them: a subdirectory
 * with its own convex.config is a component, whose modules are not the app's.
 */
export declare function listModules(functionsDir: string): Promise<string[]>;
/** The convex.config of a component (or app) directory, if it has one. */
export declare function componentDefinition(dir: string): Promise<string | undefined>;
