/**
 * Convex components (convex/convex.config.ts: `app.use(rateLimiter)`…) on convex-test: every
 * component the app uses, nested ones too, registered with its own schema and modules, as
 * `npx convex deploy` would install them from the packages (or local directories) the app imports.
 */
import { readComponentTree, type ComponentNode } from "../../config/component-tree.js";
import { buildModuleMap, type ModuleMap } from "./modules.js";

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
export async function loadComponents(functionsDir: string): Promise<ComponentRegistration[]> {
  const out: ComponentRegistration[] = [];
  // One module map per directory: two instances of one component share its modules, as on Convex.
  const byDir = new Map<string, Promise<{ schema: unknown; modules: ModuleMap }>>();
  async function walk(nodes: ComponentNode[], parent: string | undefined): Promise<void> {
    for (const node of nodes) {
      const instancePath = parent === undefined ? node.name : `${parent}/${node.name}`;
      let loaded = byDir.get(node.dir);
      if (!loaded) {
        loaded = loadDefinitionDir(instancePath, node.dir);
        byDir.set(node.dir, loaded);
      }
      out.push({ path: instancePath, dir: node.dir, ...(await loaded) });
      await walk(node.children, instancePath);
    }
  }
  await walk(await readComponentTree(functionsDir), undefined);
  return out;
}

async function loadDefinitionDir(name: string, dir: string): Promise<{ schema: unknown; modules: ModuleMap }> {
  const modules = await buildModuleMap(dir);
  const keys = Object.keys(modules);
  if (!keys.some((k) => k.includes("/_generated/"))) {
    throw new Error(
      `component "${name}" (${dir}) has no _generated/ directory: run \`npx convex dev\` once to generate it`,
    );
  }
  const schemaKey = keys.find((k) => /^\.\/convex\/schema\.[^/]+$/.test(k));
  const schema = schemaKey ? (await modules[schemaKey]()).default : undefined;
  return { schema, modules };
}

/** The part of a convex-test instance components are registered on. */
export interface ComponentHost {
  registerComponent(componentPath: string, schema: never, modules: ModuleMap): void;
}

/** Registers every component on a fresh convex-test instance: each gets its own empty tables. */
export function registerComponents(t: ComponentHost, regs: ComponentRegistration[]): void {
  for (const reg of regs) t.registerComponent(reg.path, (reg.schema ?? null) as never, reg.modules);
}
