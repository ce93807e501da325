import { stat } from "node:fs/promises";
import { listModules } from "../../config/project-files.js";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { getFunctionName } from "convex/server";
import { asScheduling } from "./scheduled-timers.js";
import { schedulingPoint } from "./scheduling.js";
import type { ExecutionObserver, SchedulingPoint } from "../in-process.js";

/** What convex-test wants: module path (with the functions dir) → lazy import. */
export type ModuleMap = Record<string, () => Promise<Record<string, unknown>>>;

/**
 * Builds convex-test's module map for a functions directory. Actions are wrapped so that each of
 * their calls back into the backend passes a scheduling point (see scheduling.ts).
 */
export async function buildModuleMap(functionsDir: string): Promise<ModuleMap> {
  const st = await stat(functionsDir).catch(() => undefined);
  if (!st?.isDirectory()) throw new Error(`functions directory not found: ${functionsDir}`);
  const files = await listModules(functionsDir);
  if (!files.some((f) => f.startsWith("_generated/"))) {
    throw new Error(
      `${path.join(functionsDir, "_generated")} is missing: run \`npx convex codegen\` in the project first`,
    );
  }
  const map: ModuleMap = {};
  for (const file of files) {
    const url = pathToFileURL(path.join(functionsDir, file)).href;
    let loaded: Promise<Record<string, unknown>> | undefined;
    const modulePath = file.replace(/\.[^./]+$/, "");
    map[`./convex/${file}`] = () =>
      (loaded ??= import(url).then((mod: Record<string, unknown>) => instrumentModule(mod, modulePath)));
  }
  return map;
}

type RegisteredFunction = ((...args: unknown[]) => unknown) & {
  isAction?: boolean;
  isQuery?: boolean;
  isMutation?: boolean;
  isPublic?: boolean;
  isInternal?: boolean;
  _handler: (ctx: Record<string, unknown>, args: unknown) => unknown;
};

export function isRegisteredFunction(value: unknown): value is RegisteredFunction {
  return (
    typeof value === "function" &&
    "_handler" in value &&
    ("isQuery" in value || "isMutation" in value || "isAction" in value)
  );
}

let observer: ExecutionObserver | undefined;

export function setExecutionObserver(next: ExecutionObserver | undefined): void {
  observer = next;
}

/**
 * Instruments one module's functions: an action's calls back into the backend pass scheduling
 * points (see scheduling.ts); every scheduler call, from a mutation or an action, is marked so
 * its timer is known (see scheduled-timers.ts); every run is reported to the execution observer.
 */
function instrumentModule(mod: Record<string, unknown>, modulePath: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...mod };
  for (const [name, value] of Object.entries(mod)) {
    if (isRouter(value)) instrumentRouter(value);
    if (!isRegisteredFunction(value)) continue;
    const original = value._handler;
    const path = `${modulePath}:${name}`;
    const instrument = value.isAction ? withSchedulingPoints : value.isMutation ? withMarkedScheduler : undefined;
    const handler = async (ctx: Record<string, unknown>, args: unknown) => {
      const done = observer?.(path);
      try {
        const result = await original(instrument ? instrument(ctx) : ctx, args);
        done?.({ ok: true, value: result });
        return result;
      } catch (error) {
        done?.({ ok: false, error });
        throw error;
      }
    };
    out[name] = Object.assign((...args: unknown[]) => value(...args), value, { _handler: handler });
  }
  return out;
}

interface HttpAction {
  isHttp: true;
  _handler: (ctx: Record<string, unknown>, request: Request) => Promise<Response>;
}

/** What `httpRouter()` returns, as far as its routes go (convex/server's HttpRouter). */
interface Router {
  exactRoutes: Map<string, Map<string, HttpAction>>;
  prefixRoutes: Map<string, Map<string, HttpAction>>;
}

function isRouter(value: unknown): value is Router {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Partial<Router>).exactRoutes instanceof Map &&
    (value as Partial<Router>).prefixRoutes instanceof Map
  );
}

const instrumented = new WeakSet<object>();

/**
 * An HTTP action is an action: its ctx.runQuery / runMutation / scheduler calls pass the same
 * scheduling points. Its routes are rewired in place (the router is this process's own copy).
 */
function instrumentRouter(router: Router): void {
  if (instrumented.has(router)) return;
  instrumented.add(router);
  const wrap = (action: HttpAction): HttpAction =>
    Object.assign(Object.create(Object.getPrototypeOf(action) as object) as HttpAction, action, {
      _handler: (ctx: Record<string, unknown>, request: Request) => action._handler(withSchedulingPoints(ctx), request),
    });
  for (const methods of [...router.exactRoutes.values(), ...router.prefixRoutes.values()]) {
    for (const [key, action] of methods) methods.set(key, wrap(action));
  }
}

function referencePath(ref: unknown): string {
  try {
    return getFunctionName(ref as never);
  } catch {
    return typeof ref === "string" ? ref : "<function>";
  }
}

function pointed<A extends unknown[], R>(
  kind: SchedulingPoint["kind"],
  fn: (ref: unknown, ...rest: A) => Promise<R>,
): (ref: unknown, ...rest: A) => Promise<R> {
  return async (ref, ...rest) => {
    const p = referencePath(ref);
    await schedulingPoint({ kind, phase: "call", path: p });
    let outcome: SchedulingPoint["outcome"];
    try {
      const value = await fn(ref, ...rest);
      outcome = { ok: true, value };
      return value;
    } catch (error) {
      outcome = { ok: false, error };
      throw error;
    } finally {
      await schedulingPoint({ kind, phase: "return", path: p, outcome });
    }
  };
}

interface SchedulerLike {
  runAfter: (...a: unknown[]) => Promise<unknown>;
  runAt: (...a: unknown[]) => Promise<unknown>;
  cancel: (...a: unknown[]) => Promise<unknown>;
}

/** The scheduler with each runAfter / runAt marked, so the timer it sets is recognised. */
function markedScheduler(scheduler: SchedulerLike, point: boolean): SchedulerLike {
  const schedule =
    (method: "runAfter" | "runAt") =>
    (when: unknown, ref: unknown, args: unknown): Promise<unknown> => {
      const path = referencePath(ref);
      const call = (r: unknown) => asScheduling(path, () => scheduler[method](when, r, args));
      return point ? pointed("schedule", call)(ref) : call(ref);
    };
  return {
    cancel: (...a: unknown[]) => scheduler.cancel(...a),
    runAfter: schedule("runAfter"),
    runAt: schedule("runAt"),
  };
}

function withMarkedScheduler(ctx: Record<string, unknown>): Record<string, unknown> {
  const scheduler = ctx.scheduler as SchedulerLike | undefined;
  return scheduler ? { ...ctx, scheduler: markedScheduler(scheduler, false) } : ctx;
}

function withSchedulingPoints(ctx: Record<string, unknown>): Record<string, unknown> {
  const call = <K extends string>(k: K) => (ctx[k] as (...a: unknown[]) => Promise<unknown>).bind(ctx);
  const scheduler = ctx.scheduler as SchedulerLike | undefined;
  return {
    ...ctx,
    runQuery: pointed("runQuery", call("runQuery")),
    runMutation: pointed("runMutation", call("runMutation")),
    runAction: pointed("runAction", call("runAction")),
    ...(scheduler && { scheduler: markedScheduler(scheduler, true) }),
  };
}
