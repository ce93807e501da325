/**
 * The project's functions as the embedded backend holds them, whether served over HTTP (server.ts)
 * or driven in-process (in-process.ts): the module map, the schema, the components, a fresh
 * convex-test instance per trial, and a function looked up by path as the backend looks it up.
 */
import { convexTest } from "convex-test";
import { loadComponents, registerComponents, type ComponentRegistration } from "./components.js";
import { buildModuleMap, isRegisteredFunction, type ModuleMap } from "./modules.js";
import type { FunctionKind, ResolvedFunction } from "../in-process.js";

export class EmbeddedFunctions {
  private readonly byModule = new Map<string, () => Promise<Record<string, unknown>>>();

  private constructor(
    readonly modules: ModuleMap,
    private readonly schema: unknown,
    private readonly components: ComponentRegistration[],
  ) {
    for (const [key, load] of Object.entries(modules)) {
      this.byModule.set(key.replace(/^\.\/convex\//, "").replace(/\.[^./]+$/, ""), load);
    }
  }

  static async load(functionsDir: string): Promise<EmbeddedFunctions> {
    const modules = await buildModuleMap(functionsDir);
    const schemaKey = Object.keys(modules).find((k) => /^\.\/convex\/schema\.[^/]+$/.test(k));
    const schema = schemaKey ? (await modules[schemaKey]()).default : undefined;
    return new EmbeddedFunctions(modules, schema, await loadComponents(functionsDir));
  }

  /**
   * Imports every module (components' too) now: an import takes file I/O, and a module first
   * loaded mid-schedule would stall it. One that fails to load says so when it is used.
   */
  async importAll(): Promise<void> {
    const all = [this.modules, ...this.components.map((c) => c.modules)].flatMap((m) => Object.values(m));
    await Promise.all(all.map((load) => load().catch(() => undefined)));
  }

  /**
   * A new convex-test instance: its own documents, id counter and transaction lock, every
   * component registered. Imported modules stay cached. Convex's transaction limits are on
   * (16,000 documents written, 1 MiB documents...): code that breaks them fails as in production.
   */
  fresh(): unknown {
    const t = convexTest({ schema: this.schema as never, modules: this.modules, transactionLimits: true });
    registerComponents(t, this.components);
    return t;
  }

  /** The app's modules by path ("ledgerItems"), without `_generated`. */
  *appModules(): Iterable<[string, () => Promise<Record<string, unknown>>]> {
    for (const entry of this.byModule) if (!entry[0].startsWith("_generated")) yield entry;
  }

  /** The function at `udfPath` ("module:function", "module" for a default export), if there is one. */
  async find(udfPath: string): Promise<ResolvedFunction | undefined> {
    const [rawModule, exportName = "default"] = udfPath.split(":");
    const modulePath = rawModule.replace(/\.(js|ts)$/, "");
    const load = this.byModule.get(modulePath);
    if (!load || modulePath.startsWith("_generated") || modulePath.startsWith("_system")) return undefined;
    const fn = (await load())[exportName];
    if (!isRegisteredFunction(fn)) return undefined;
    const kind: FunctionKind = fn.isQuery ? "query" : fn.isMutation ? "mutation" : "action";
    return { kind, path: `${modulePath}:${exportName}`, isInternal: fn.isInternal === true };
  }
}

/**
 * Sets process.env to exactly the deployment's environment (as Convex does: nothing of the
 * machine, the CI job or race-check), plus its own URLs. Returns what it replaced.
 */
export function replaceEnv(
  env: Record<string, string>,
  urls: { cloud: string; site: string },
): Record<string, string | undefined> {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, env, { CONVEX_CLOUD_URL: urls.cloud, CONVEX_SITE_URL: urls.site });
  return saved;
}
