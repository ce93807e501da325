/**
 * The deployment's own account of its functions: `_system/frontend/modules:list`, the system
 * function the dashboard's Functions page reads with the admin key (get-convex/convex-backend,
 * npm-packages/system-udfs/convex/_system/frontend/modules.ts). The embedded backend serves it too.
 */
import type { ConvexHttpClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";

export const MODULES_FUNCTION = "_system/frontend/modules:list";

type ModuleList = [
  string,
  { functions: { name: string; udfType?: string; visibility?: { kind?: string } | null }[] },
][];

export interface DeploymentFunctions {
  /** Every internal function, as "module:function". */
  internal: Set<string>;
  /** Every query, mutation and action by "module:function" (HTTP actions are not called by path). */
  kinds: Map<string, "query" | "mutation" | "action">;
}

/** The deployment's functions: which are internal, and the kind of each. */
export async function deploymentFunctions(admin: ConvexHttpClient): Promise<DeploymentFunctions> {
  const modules = (await admin.query(makeFunctionReference<"query">(MODULES_FUNCTION), {})) as ModuleList;
  const internal = new Set<string>();
  const kinds = new Map<string, "query" | "mutation" | "action">();
  for (const [file, module] of modules) {
    const path = file.replace(/\.(js|ts)$/, "");
    for (const fn of module.functions) {
      const name = `${path}:${fn.name}`;
      if (fn.visibility?.kind === "internal") internal.add(name);
      if (fn.udfType === "Query") kinds.set(name, "query");
      else if (fn.udfType === "Mutation") kinds.set(name, "mutation");
      else if (fn.udfType === "Action") kinds.set(name, "action");
    }
  }
  return { internal, kinds };
}
