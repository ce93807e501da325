/**
 * The project's functions on convex-test, in this process: explore drives every call itself
 * instead of going through the embedded backend's HTTP API, so it owns every step.
 */
import { convexTest } from "convex-test";
import { getFunctionName, makeFunctionReference } from "convex/server";
import { buildModuleMap, isRegisteredFunction, type ModuleMap } from "../backends/embedded/modules.js";
import { loadComponents, registerComponents, type ComponentRegistration } from "../backends/embedded/components.js";

export type Kind = "query" | "mutation" | "action";

/** The part of a convex-test instance explore uses. */
interface TestInstance {
  query: (ref: unknown, args: unknown) => Promise<unknown>;
  mutation: (ref: unknown, args: unknown) => Promise<unknown>;
  action: (ref: unknown, args: unknown) => Promise<unknown>;
}

export interface ResolvedFunction {
  kind: Kind;
  path: string;
  isInternal: boolean;
}

/** Loaded once per run; `fresh()` gives an empty database for every schedule. */
export class ExploreBackend {
  private readonly byModule = new Map<string, () => Promise<Record<string, unknown>>>();

  private constructor(
    private readonly modules: ModuleMap,
    private readonly schema: unknown,
    private readonly components: ComponentRegistration[],
  ) {
    for (const [key, load] of Object.entries(modules)) {
      this.byModule.set(key.replace(/^\.\/convex\//, "").replace(/\.[^./]+$/, ""), load);
    }
  }

  static async load(functionsDir: string): Promise<ExploreBackend> {
    const modules = await buildModuleMap(functionsDir);
    const schemaKey = Object.keys(modules).find((k) => /^\.\/convex\/schema\.[^/]+$/.test(k));
    const schema = schemaKey ? (await modules[schemaKey]()).default : undefined;
    return new ExploreBackend(modules, schema, await loadComponents(functionsDir));
  }

  /**
   * A new convex-test instance: its own DatabaseFake (documents, id counter, transaction lock),
   * so every schedule starts from the same empty state. Imported modules stay cached.
   */
  fresh(): Session {
    const t = convexTest(this.schema as never, this.modules);
    registerComponents(t, this.components);
    return new Session(this, t as unknown as TestInstance);
  }

  async resolve(ref: unknown): Promise<ResolvedFunction> {
    const udfPath = typeof ref === "string" ? ref : getFunctionName(ref as never);
    const [rawModule, exportName = "default"] = udfPath.split(":");
    const modulePath = rawModule.replace(/\.(js|ts)$/, "");
    const path = `${modulePath}:${exportName}`;
    const load = this.byModule.get(modulePath);
    const fn = load && !modulePath.startsWith("_generated") ? (await load())[exportName] : undefined;
    if (!isRegisteredFunction(fn)) {
      throw new Error(`Could not find public function for '${path}'`);
    }
    const kind: Kind = fn.isQuery ? "query" : fn.isMutation ? "mutation" : "action";
    return { kind, path, isInternal: fn.isInternal === true };
  }
}

export class Session {
  constructor(
    readonly backend: ExploreBackend,
    private readonly t: TestInstance,
  ) {}

  /** Runs a resolved function; `asClient` applies the visibility rules of a browser client. */
  async call(fn: ResolvedFunction, args: unknown, asClient: boolean, expected?: Kind): Promise<unknown> {
    // The same answers the real backend gives, so a flow behaves as it would against a deployment.
    if (asClient && fn.isInternal) throw new Error(`Could not find public function for '${fn.path}'`);
    if (expected && expected !== fn.kind) {
      throw new Error(`Trying to execute ${fn.path} as ${cap(expected)}, but it is defined as ${cap(fn.kind)}.`);
    }
    return await this.t[fn.kind](makeFunctionReference(fn.path), args ?? {});
  }

  /**
   * What setup, invariants and custom checks get as `admin`: the ConvexHttpClient methods they
   * use, answered in-process with admin rights (internal functions allowed).
   */
  admin(): AdminLike {
    const run = (expected?: Kind) => async (ref: unknown, args?: unknown) =>
      this.call(await this.backend.resolve(ref), args, false, expected);
    return {
      query: run("query"),
      mutation: run("mutation"),
      action: run("action"),
      function: async (ref: unknown, _component: unknown, args?: unknown) =>
        this.call(await this.backend.resolve(ref), args, false),
    };
  }
}

export interface AdminLike {
  query: (ref: unknown, args?: unknown) => Promise<unknown>;
  mutation: (ref: unknown, args?: unknown) => Promise<unknown>;
  action: (ref: unknown, args?: unknown) => Promise<unknown>;
  function: (ref: unknown, component: unknown, args?: unknown) => Promise<unknown>;
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
