/**
 * The project's functions on convex-test, in this process: the controlled driver calls every
 * function itself instead of going through the embedded backend's HTTP API, so it owns every step.
 * Answers are those of the HTTP API (see http-api.ts): a flow behaves as against a deployment.
 * This is the embedded backend's side of the in-process contract (src/backends/in-process.ts).
 */
import type { UserIdentity } from "convex/server";
import { getFunctionName, makeFunctionReference } from "convex/server";
import {
  IN_PROCESS_URLS,
  type AdminLike,
  type CallerRights,
  type ControllerHooks,
  type FunctionKind,
  type InProcessBackend,
  type InProcessSession,
  type ResolvedFunction,
} from "../in-process.js";
import type { LogBatch } from "../types.js";
import { ConsoleCapture } from "./console-capture.js";
import { clientError } from "./function-error.js";
import { EmbeddedFunctions, replaceEnv } from "./deployment.js";
import { setExecutionObserver } from "./modules.js";
import { setTimerSink } from "./scheduled-timers.js";
import { setScheduler } from "./scheduling.js";

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

/** Loaded once per run; `fresh()` gives an empty database for every trial. */
export class InProcessDeployment implements InProcessBackend {
  private constructor(private readonly functions: EmbeddedFunctions) {}

  static async load(functionsDir: string): Promise<InProcessDeployment> {
    const functions = await EmbeddedFunctions.load(functionsDir);
    // Before any schedule: a scheduled function whose module loads mid-schedule would look as if
    // it never started.
    await functions.importAll();
    return new InProcessDeployment(functions);
  }

  fresh(): Session {
    return new Session(this, this.functions.fresh() as TestInstance);
  }

  async resolve(ref: unknown): Promise<ResolvedFunction> {
    const udfPath = typeof ref === "string" ? ref : getFunctionName(ref as never);
    const found = await this.functions.find(udfPath);
    if (!found) throw new Error(`Could not find public function for '${canonical(udfPath)}'.`);
    return found;
  }

  /** convex-test has no hooks of its own: these are the instrumented modules' process-wide ones. */
  attach(hooks: ControllerHooks): () => void {
    setScheduler(hooks.scheduler);
    setTimerSink(hooks.timers);
    setExecutionObserver(hooks.observer);
    return () => {
      setScheduler(undefined);
      setTimerSink(undefined);
      setExecutionObserver(undefined);
    };
  }
}

function canonical(udfPath: string): string {
  const [module, name = "default"] = udfPath.split(":");
  return `${module.replace(/\.(js|ts)$/, "")}:${name}`;
}

/**
 * Runs `fn` with process.env set to exactly the deployment's environment, as the embedded
 * backend's functions see it: modules that read a variable at load find it, and no function sees
 * a variable of this machine, of the CI job or of race-check. Restored afterwards.
 */
async function withDeploymentEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = replaceEnv(env, IN_PROCESS_URLS);
  try {
    return await fn();
  } finally {
    for (const name of Object.keys(process.env)) delete process.env[name];
    Object.assign(process.env, saved);
  }
}

/**
 * Loads the functions in this process with the deployment's environment and runs `fn` with them;
 * the functions' console output is kept for the report (`logs`), never printed. The process's
 * environment and console are restored afterwards.
 */
export async function withInProcessDeployment<T>(
  functionsDir: string,
  env: Record<string, string>,
  fn: (deployment: InProcessDeployment, logs: { take(): LogBatch }) => Promise<T>,
): Promise<T> {
  const capture = new ConsoleCapture().install();
  try {
    return await withDeploymentEnv(env, async () => await fn(await InProcessDeployment.load(functionsDir), capture));
  } finally {
    capture.restore();
  }
}

export class Session implements InProcessSession {
  constructor(
    readonly deployment: InProcessDeployment,
    private readonly t: TestInstance,
  ) {}

  /** Runs a resolved function with the caller's rights, answering as the HTTP API would. */
  async call(fn: ResolvedFunction, args: unknown, who: CallerRights, expected?: FunctionKind): Promise<unknown> {
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
    const run = (expected?: FunctionKind) => async (ref: unknown, args?: unknown) =>
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

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
