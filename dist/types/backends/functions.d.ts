/**
 * The deployment's own account of its functions: `_system/frontend/modules:list`, the system
 * function the dashboard's Functions page reads with the admin key (get-convex/convex-backend,
 * npm-packages/system-udfs/convex/_system/frontend/modules.ts). The embedded backend serves it too.
 */
import type { ConvexHttpClient } from "convex/browser";
export declare const MODULES_FUNCTION = "_system/frontend/modules:list";
/** Every internal function of the deployment, as "module:function". */
export declare function internalFunctions(admin: ConvexHttpClient): Promise<Set<string>>;
