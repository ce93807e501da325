/**
 * Convex components (convex/convex.config.ts: `app.use(rateLimiter)`…) on convex-test: every
 * component the app uses, nested ones too, registered with its own schema and modules, as
 * `npx convex deploy` would install them from the packages (or local directories) the app imports.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildModuleMap, componentDefinition, type ModuleMap } from "./modules.js";

/** One component instance as convex-test wants it. */
export interface ComponentRegistration {
  /** The instance's path: the name `use` gave it, under its parent's ("rateLimiter/batchWorker"). */
  path: string;
  /** The directory holding its convex.config: its functions root. */
  dir: string;
  schema: unknown;
  modules: ModuleMap;
}

/** A component instance as the app's definition declares it. */
export interface ComponentNode {
  name: string;
  dir: string;
  children: ComponentNode[];
}

/** What `defineApp()` / `defineComponent()` return, as far as this module reads it. */
interface Definition {
  _childComponents?: [string, Definition, ...unknown[]][];
  /** Set by race-check's loader (src/loader/hooks.ts) on every convex.config it loads. */
  componentDefinitionPath?: string;
}

/**
 * The components an app uses, read by running its convex.config (empty when it has none). The
 * config is loaded through race-check's loader, which gives each definition its directory.
 */
export async function readComponentTree(functionsDir: string): Promise<ComponentNode[]> {
  const file = await componentDefinition(functionsDir);
  if (file === undefined) return [];
  let app: Definition;
  try {
    app = ((await import(pathToFileURL(file).href)) as { default?: Definition }).default ?? {};
  } catch (e) {
    throw new Error(`cannot load ${file}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`, { cause: e });
  }
  return children(app, file);
}

function children(definition: Definition, where: string): ComponentNode[] {
  return (definition._childComponents ?? []).map(([name, child]) => {
    const dir = child.componentDefinitionPath;
    if (typeof dir !== "string") {
      throw new Error(`component "${name}" used in ${where} was not loaded through race-check's loader`);
    }
    return { name, dir: path.resolve(dir), children: children(child, path.join(dir, "convex.config")) };
  });
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
