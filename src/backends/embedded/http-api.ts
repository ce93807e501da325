import { timingSafeEqual } from "node:crypto";
import { convexToJson, jsonToConvex, type Value } from "convex/values";
import { makeFunctionReference } from "convex/server";
import { isRegisteredFunction, type ModuleMap } from "./modules.js";

/** The subset of a convex-test instance the HTTP API drives. */
export interface TestBackend {
  query: (ref: never, args: never) => Promise<unknown>;
  mutation: (ref: never, args: never) => Promise<unknown>;
  action: (ref: never, args: never) => Promise<unknown>;
}

type Kind = "query" | "mutation" | "action";

/** What the API reads of a request: node:http's IncomingMessage and the embedded front both fit. */
export interface ApiRequest {
  method?: string;
  url?: string;
  headers: { authorization?: string };
}

export interface ApiResponse {
  writeHead(status: number, headers: Record<string, string | number>): unknown;
  end(body: string): unknown;
}

/** The HTTP status the real backend uses for "the function ran and threw". */
export const STATUS_FUNCTION_FAILED = 560;

export interface HttpApiOptions {
  backend: TestBackend;
  modules: ModuleMap;
  adminKey: string;
  instanceName: string;
  /** Called with the arrival stamp (ms) of every function request, as its body completes. */
  onArrival?: (ms: number) => void;
  /**
   * Answers GET /_race-check/arrivals (admin only). `?arm=N`: the next N function requests are a
   * fire; the server may hold their execution until all N have arrived (see server.ts).
   */
  drainArrivals?: (armNext?: number) => number[];
}

interface CallRequest {
  path: string;
  args: Record<string, Value>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Serves the parts of the Convex HTTP API that ConvexHttpClient and race-check speak. */
export function createHttpApi(opts: HttpApiOptions) {
  const byModule = new Map<string, () => Promise<Record<string, unknown>>>();
  for (const [key, load] of Object.entries(opts.modules)) {
    byModule.set(key.replace(/^\.\/convex\//, "").replace(/\.[^./]+$/, ""), load);
  }
  const adminKey = Buffer.from(opts.adminKey);

  function isAdmin(req: ApiRequest): boolean {
    const header = req.headers.authorization ?? "";
    if (!header.startsWith("Convex ")) return false;
    const given = Buffer.from(header.slice("Convex ".length).trim());
    return given.length === adminKey.length && timingSafeEqual(given, adminKey);
  }

  async function resolve(udfPath: string, admin: boolean): Promise<{ kind: Kind; path: string }> {
    const [rawModule, exportName = "default"] = udfPath.split(":");
    const modulePath = rawModule.replace(/\.(js|ts)$/, "");
    const canonical = `${modulePath}:${exportName}`;
    const notFound = new HttpError(
      STATUS_FUNCTION_FAILED,
      "",
      `Could not find public function for '${canonical}'. Did you forget to run \`npx convex dev\` or \`npx convex deploy\`?`,
    );
    const load = byModule.get(modulePath);
    if (!load || modulePath.startsWith("_generated")) throw notFound;
    const fn = (await load())[exportName];
    if (!isRegisteredFunction(fn)) throw notFound;
    // Internal functions exist only for admins (and other functions); everyone else is told
    // exactly what the real backend says about a function that does not exist.
    if (fn.isInternal && !admin) throw notFound;
    const kind: Kind = fn.isQuery ? "query" : fn.isMutation ? "mutation" : "action";
    return { kind, path: canonical };
  }

  async function run(kind: Kind, call: CallRequest): Promise<unknown> {
    const ref = makeFunctionReference(call.path) as never;
    return await opts.backend[kind](ref, call.args as never);
  }

  async function handleCall(req: ApiRequest, body: Buffer, endpoint: string): Promise<[number, unknown]> {
    let parsed: { path?: unknown; args?: unknown; format?: unknown };
    try {
      parsed = JSON.parse(body.toString("utf8") || "{}");
    } catch {
      throw new HttpError(400, "BadJsonBody", "Failed to parse the request body as JSON");
    }
    let udfPath = parsed.path;
    if (endpoint.startsWith("run/")) udfPath = runPathToUdf(endpoint.slice(4));
    if (typeof udfPath !== "string" || udfPath === "") {
      throw new HttpError(400, "BadRequest", "Missing `path` in the request body");
    }
    const rawArgs = Array.isArray(parsed.args) ? parsed.args[0] : (parsed.args ?? {});
    if (typeof rawArgs !== "object" || rawArgs === null || Array.isArray(rawArgs)) {
      throw new HttpError(400, "BadRequest", "`args` must be an object");
    }
    const args = jsonToConvex(rawArgs as never) as Record<string, Value>;
    const target = await resolve(udfPath, isAdmin(req));
    const wanted: Kind | undefined =
      endpoint === "query" || endpoint === "mutation" || endpoint === "action" ? endpoint : undefined;
    if (wanted && wanted !== target.kind) {
      throw new HttpError(
        STATUS_FUNCTION_FAILED,
        "",
        `Trying to execute ${target.path} as ${capitalize(wanted)}, but it is defined as ${capitalize(target.kind)}.`,
      );
    }
    const value = await run(target.kind, { path: target.path, args });
    return [
      200,
      {
        status: "success",
        value: convexToJson((value ?? null) as Value),
        logLines: [],
      },
    ];
  }

  return async function handle(req: ApiRequest, res: ApiResponse, body: Buffer): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = url.pathname;
    try {
      if (req.method === "GET" && route === "/instance_name") return send(res, 200, opts.instanceName, "text/plain");
      if (req.method === "GET" && route === "/version") return send(res, 200, "race-check-embedded", "text/plain");
      if (req.method === "GET" && route === "/_race-check/arrivals") {
        if (!isAdmin(req)) throw new HttpError(401, "Unauthenticated", "Admin key required");
        const arm = Number(url.searchParams.get("arm") ?? 0);
        const armNext = Number.isSafeInteger(arm) && arm > 0 ? arm : undefined;
        return send(res, 200, JSON.stringify({ arrivals: opts.drainArrivals?.(armNext) ?? [] }));
      }
      const m = /^\/api\/(query|mutation|action|function|run\/.+)$/.exec(route);
      if (!m) throw new HttpError(404, "NotFound", `No route for ${req.method} ${route}`);
      if (req.method !== "POST") throw new HttpError(405, "MethodNotAllowed", `Use POST for ${route}`);
      const [status, reply] = await handleCall(req, body, m[1]);
      return send(res, status, JSON.stringify(reply));
    } catch (e) {
      if (e instanceof HttpError && e.status !== STATUS_FUNCTION_FAILED) {
        return send(res, e.status, JSON.stringify({ code: e.code, message: e.message }));
      }
      return send(res, STATUS_FUNCTION_FAILED, JSON.stringify(functionError(e)));
    }
  };
}

function functionError(e: unknown): Record<string, unknown> {
  const err = e instanceof Error ? e : new Error(String(e));
  const reply: Record<string, unknown> = {
    status: "error",
    errorMessage: err.message,
    logLines: [],
  };
  if (err instanceof HttpError) return reply;
  const data = (err as { data?: unknown }).data;
  if (err.name === "ConvexError" || data !== undefined) {
    reply.errorMessage = `Uncaught ConvexError: ${err.message}`;
    if (data !== undefined) reply.errorData = convexToJson(data as Value);
  } else {
    reply.errorMessage = `Uncaught ${err.name || "Error"}: ${err.message}`;
  }
  return reply;
}

/** `/api/run/messages/list` names `messages:list` (the documented HTTP API variant). */
function runPathToUdf(rest: string): string {
  const parts = rest.split("/");
  const fn = parts.pop() ?? "";
  return `${parts.join("/")}:${fn}`;
}

function capitalize(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

function send(res: ApiResponse, status: number, body: string, type = "application/json"): void {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}
