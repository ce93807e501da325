import { access, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { getFunctionName } from "convex/server";
import { schedulingPoint, type SchedulingPoint } from "./scheduling.js";

/** What convex-test wants: module path (with the functions dir) → lazy import. */
export type ModuleMap = Record<string, () => Promise<Record<string, unknown>>>;

const SOURCE = /\.(ts|tsx|js|mjs|jsx|mts)$/;
const SKIP = /(\.d\.ts|\.test\.[jt]sx?|\.spec\.[jt]sx?|\.config\.[jt]s)$/;

/**
 * Lists the project's function modules, the way `convex deploy` bundles them: a subdirectory
 * with its own convex.config is a component, whose modules are not the app's.
 */
export async function listModules(functionsDir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if ((await componentDefinition(full)) === undefined) await walk(full);
      } else if (SOURCE.test(entry.name) && !SKIP.test(entry.name) && !entry.name.includes(" ")) {
        found.push(path.relative(functionsDir, full).split(path.sep).join("/"));
      }
    }
  }
  await walk(functionsDir);
  return found.sort();
}

/** The convex.config of a component (or app) directory, if it has one. */
export async function componentDefinition(dir: string): Promise<string | undefined> {
  for (const name of ["convex.config.ts", "convex.config.js"]) {
    const file = path.join(dir, name);
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    )
      return file;
  }
  return undefined;
}

/**
 * Builds convex-test's module map for a functions directory. Actions are wrapped so that each of
 * their calls back into the backend passes a scheduling point (see scheduling.ts).
 */
export async function buildModuleMap(functionsDir: string): Promise<ModuleMap> {
  const st = await stat(functionsDir).catch(() => undefined);
  if (!st?.isDirectory()) throw new Error(`functions directory not found: ${functionsDir}`);
  const files = await listModules(functionsDir);
  const map: ModuleMap = {};
  for (const file of files) {
    const url = pathToFileURL(path.join(functionsDir, file)).href;
    let loaded: Promise<Record<string, unknown>> | undefined;
    map[`./convex/${file}`] = () => (loaded ??= import(url).then(wrapActions));
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

function wrapActions(mod: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...mod };
  for (const [name, value] of Object.entries(mod)) {
    if (!isRegisteredFunction(value) || !value.isAction) continue;
    const original = value._handler;
    const wrapped = Object.assign((...args: unknown[]) => value(...args), value, {
      _handler: (ctx: Record<string, unknown>, args: unknown) => original(withSchedulingPoints(ctx), args),
    });
    out[name] = wrapped;
  }
  return out;
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

function withSchedulingPoints(ctx: Record<string, unknown>): Record<string, unknown> {
  const call = <K extends string>(k: K) => (ctx[k] as (...a: unknown[]) => Promise<unknown>).bind(ctx);
  const scheduler = ctx.scheduler as
    | {
        runAfter: (...a: unknown[]) => Promise<unknown>;
        runAt: (...a: unknown[]) => Promise<unknown>;
        cancel: (...a: unknown[]) => Promise<unknown>;
      }
    | undefined;
  return {
    ...ctx,
    runQuery: pointed("runQuery", call("runQuery")),
    runMutation: pointed("runMutation", call("runMutation")),
    runAction: pointed("runAction", call("runAction")),
    ...(scheduler && {
      scheduler: {
        cancel: (...a: unknown[]) => scheduler.cancel(...a),
        runAfter: (delay: unknown, ref: unknown, args: unknown) =>
          pointed("schedule", (r: unknown) => scheduler.runAfter(delay, r, args))(ref),
        runAt: (ts: unknown, ref: unknown, args: unknown) =>
          pointed("schedule", (r: unknown) => scheduler.runAt(ts, r, args))(ref),
      },
    }),
  };
}
