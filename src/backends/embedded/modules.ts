import { AsyncLocalStorage } from "node:async_hooks";
import { stat } from "node:fs/promises";
// The timers of the event loop itself: convex-test replaces the global ones inside functions.
import { clearTimeout as clearTimer, setTimeout as setTimer } from "node:timers";
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
 * convex-test runs one query or mutation at a time (its transaction lock): one that never returns
 * would hold every later call of its instance, the invariant read included. A deployment ends a
 * function past its time limit; the embedded backend (server.ts) sets this one to the op timeout,
 * past which race-check's client has given up on the call anyway. A query or mutation still running
 * then is ended with an error: convex-test rolls back its writes and frees the lock. Its code, if it
 * ever resumed, is not stopped (JavaScript cannot be); a query or mutation can only wait on the
 * database, so one that waits that long waits on something that never comes.
 */
let timeLimitMs: number | undefined;

/** The time limit of every query and mutation from now on (undefined: none). */
export function setTimeLimit(ms: number | undefined): void {
  timeLimitMs = ms;
}

/** When the request being served arrived (performance.now()): a call's time counts from there. */
const requestArrival = new AsyncLocalStorage<number>();

/**
 * Serves one request that arrived at `arrivedAt`: a call that waited its turn behind a hung one
 * counts that wait, as its client does, so the queue behind a hung call drains in one time limit,
 * not one per call.
 */
export function asRequest<T>(arrivedAt: number, serve: () => T): T {
  return requestArrival.run(arrivedAt, serve);
}

/** A query or mutation past its time limit. */
export class TimeLimitError extends Error {
  constructor(path: string, ms: number) {
    super(`${path} ran past the time limit (${ms} ms, the op timeout) and was ended; nothing it wrote was kept`);
  }
}

/**
 * Runs a function's handler outside the request's time (what it calls or schedules counts its own)
 * and, for a query or a mutation, within the time limit, counted from the request's arrival.
 */
function withinTimeLimit<T>(path: string, limited: boolean, run: () => Promise<T>): Promise<T> {
  const arrivedAt = requestArrival.getStore();
  const body = () => requestArrival.exit(run);
  const ms = timeLimitMs;
  if (!limited || ms === undefined) return body();
  const left = (arrivedAt ?? performance.now()) + ms - performance.now();
  // Its client gave up while it waited its turn: it does not start.
  if (left <= 0) return Promise.reject(new TimeLimitError(path, ms));
  return new Promise<T>((resolve, reject) => {
    const timer = setTimer(() => reject(new TimeLimitError(path, ms)), left);
    body().then(
      (value) => {
        clearTimer(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimer(timer);
        reject(error as Error);
      },
    );
  });
}

/**
 * Instruments one module's functions: an action's calls back into the backend pass scheduling
 * points (see scheduling.ts); every scheduler call, from a mutation or an action, is marked so
 * its timer is known (see scheduled-timers.ts); a query or mutation runs within the time limit;
 * every run is reported to the execution observer.
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
        const result = await withinTimeLimit(path, !value.isAction, async () =>
          original(instrument ? instrument(ctx) : ctx, args),
        );
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
