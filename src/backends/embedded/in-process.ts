/**
 * The project's functions on convex-test, in this process: the controlled driver calls every
 * function itself instead of going through the embedded backend's HTTP API, so it owns every step.
 * Answers are those of the HTTP API (see http-api.ts): a flow behaves as against a deployment.
 */
import { convexTest } from "convex-test";
import type { UserIdentity } from "convex/server";
import { getFunctionName, makeFunctionReference } from "convex/server";
import { loadComponents, registerComponents, type ComponentRegistration } from "./components.js";
import { clientError } from "./function-error.js";
import { buildModuleMap, isRegisteredFunction, type ModuleMap } from "./modules.js";

export type Kind = "query" | "mutation" | "action";

/** The part of a convex-test accessor the controlled driver uses. */
interface TestAccessor {
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  query: (ref: unknown, args: unknown) => Promise<unknown>;
  mutation: (ref: unknown, args: unknown) => Promise<unknown>;
  action: (ref: unknown, args: unknown) => Promise<unknown>;
  run: <T>(fn: (ctx: never) => Promise<T>) => Promise<T>;
}

interface TestInstance extends TestAccessor {
  withIdentity: (identity: Partial<UserIdentity>) => TestAccessor;
}

export interface ResolvedFunction {
  kind: Kind;
  path: string;
  isInternal: boolean;
}

/** Loaded once per run; `fresh()` gives an empty database for every trial. */
export class InProcessDeployment {
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

  static async load(functionsDir: string): Promise<InProcessDeployment> {
    const modules = await buildModuleMap(functionsDir);
    const schemaKey = Object.keys(modules).find((k) => /^\.\/convex\/schema\.[^/]+$/.test(k));
    const schema = schemaKey ? (await modules[schemaKey]()).default : undefined;
    const components = await loadComponents(functionsDir);
    // Every module imported now, not when a schedule first needs it: an import takes file I/O,
    // and a scheduled function whose module loads mid-schedule would look as if it never started.
    // One that fails to load says so when it is used, as it would have.
    const all = [modules, ...components.map((c) => c.modules)].flatMap((m) => Object.values(m));
    await Promise.all(all.map((load) => load().catch(() => undefined)));
    return new InProcessDeployment(modules, schema, components);
  }

  /**
   * A new convex-test instance: its own DatabaseFake (documents, id counter, transaction lock),
   * so every trial starts from the same empty state. Imported modules stay cached. Transaction
   * limits are on, as on Convex.
   */
  fresh(): Session {
    const t = convexTest({ schema: this.schema as never, modules: this.modules, transactionLimits: true });
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
    if (!isRegisteredFunction(fn)) throw new Error(`Could not find public function for '${path}'.`);
    const kind: Kind = fn.isQuery ? "query" : fn.isMutation ? "mutation" : "action";
    return { kind, path, isInternal: fn.isInternal === true };
  }
}

/** Where the in-process deployment says it lives (CONVEX_CLOUD_URL, CONVEX_SITE_URL): nothing listens there. */
export const IN_PROCESS_URLS = { cloud: "https://embedded.convex.cloud", site: "https://embedded.convex.site" };

/**
 * Runs `fn` with process.env set to exactly the deployment's environment, as the embedded
 * backend's functions see it: modules that read a variable at load find it, and no function sees
 * a variable of this machine, of the CI job or of race-check. Restored afterwards.
 */
export async function withDeploymentEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, env, { CONVEX_CLOUD_URL: IN_PROCESS_URLS.cloud, CONVEX_SITE_URL: IN_PROCESS_URLS.site });
  try {
    return await fn();
  } finally {
    for (const name of Object.keys(process.env)) delete process.env[name];
    Object.assign(process.env, saved);
  }
}

/** Who is calling: a simulated user (a browser's rights, maybe signed in) or the admin. */
export interface CallerRights {
  asClient: boolean;
  /** A signed-in user's identity attributes (subject, issuer, tokenIdentifier, claims). */
  identity?: Record<string, unknown>;
}

export class Session {
  constructor(
    readonly deployment: InProcessDeployment,
    private readonly t: TestInstance,
  ) {}

  /** Runs a resolved function with the caller's rights, answering as the HTTP API would. */
  async call(fn: ResolvedFunction, args: unknown, who: CallerRights, expected?: Kind): Promise<unknown> {
    if (who.asClient && fn.isInternal) throw new Error(`Could not find public function for '${fn.path}'.`);
    if (expected && expected !== fn.kind) {
      throw new Error(`Trying to execute ${fn.path} as ${cap(expected)}, but it is defined as ${cap(fn.kind)}.`);
    }
    const accessor = who.identity ? this.t.withIdentity(who.identity as Partial<UserIdentity>) : this.t;
    try {
      return await accessor[fn.kind](makeFunctionReference(fn.path), args ?? {});
    } catch (e) {
      // A client sees what the HTTP API answers ("Uncaught Error: …"); an admin call the raw error.
      throw who.asClient ? clientError(e) : e;
    }
  }

  /** An HTTP action (`convex/http.ts`), as a request to the site would run it. */
  async fetch(path: string, init: RequestInit | undefined, who: CallerRights): Promise<Response> {
    const accessor = who.identity ? this.t.withIdentity(who.identity as Partial<UserIdentity>) : this.t;
    return await accessor.fetch(path, init);
  }

  /**
   * What setup, invariants and custom checks get as `admin`: the ConvexHttpClient methods they
   * use, answered in-process with admin rights (internal functions allowed).
   */
  admin(): AdminLike {
    const run = (expected?: Kind) => async (ref: unknown, args?: unknown) =>
      this.call(await this.deployment.resolve(ref), args, { asClient: false }, expected);
    return {
      query: run("query"),
      mutation: run("mutation"),
      action: run("action"),
      function: async (ref: unknown, _component: unknown, args?: unknown) =>
        this.call(await this.deployment.resolve(ref), args, { asClient: false }),
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
