/**
 * The deployment's own account of its functions: `_system/frontend/modules:list`, the system
 * function the dashboard's Functions page reads with the admin key (get-convex/convex-backend,
 * npm-packages/system-udfs/convex/_system/frontend/modules.ts). The embedded backend serves it too.
 */
import type { ConvexHttpClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";

export const MODULES_FUNCTION = "_system/frontend/modules:list";

type ModuleList = [string, { functions: { name: string; visibility?: { kind?: string } | null }[] }][];

/** Every internal function of the deployment, as "module:function". */
export async function internalFunctions(admin: ConvexHttpClient): Promise<Set<string>> {
  const modules = (await admin.query(makeFunctionReference<"query">(MODULES_FUNCTION), {})) as ModuleList;
  const internal = new Set<string>();
  for (const [file, module] of modules) {
    const path = file.replace(/\.(js|ts)$/, "");
    for (const fn of module.functions) if (fn.visibility?.kind === "internal") internal.add(`${path}:${fn.name}`);
  }
  return internal;
}
