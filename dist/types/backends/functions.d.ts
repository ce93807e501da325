/**
 * The deployment's own account of its functions: `_system/frontend/modules:list`, the system
 * function the dashboard's Functions page reads with the admin key (get-convex/convex-backend,
 * npm-packages/system-udfs/convex/_system/frontend/modules.ts). The embedded backend serves it too.
 */
import type { ConvexHttpClient } from "convex/browser";
export declare const MODULES_FUNCTION = "_system/frontend/modules:list";
export interface DeploymentFunctions {
    /** Every internal function, as "module:function". */
    internal: Set<string>;
    /** Every query, mutation and action by "module:function" (HTTP actions are not called by path). */
    kinds: Map<string, "query" | "mutation" | "action">;
}
/** The deployment's functions: which are internal, and the kind of each. */
export declare function deploymentFunctions(admin: ConvexHttpClient): Promise<DeploymentFunctions>;
