/**
 * The Convex HTTP API in front of convex-test, answering as the open-source backend does
 * (get-convex/convex-backend, crates/local_backend/src/public_api.rs and authentication.rs):
 * a function that ran — successfully or not — is HTTP 200 with `{ status: "success", value }` or
 * `{ status: "error", errorMessage, errorData? }` (`logLines` only when there are some); a request
 * refused before anything ran is a 4xx with `{ code, message }`.
 */
import { errorMessage } from "../../errors.js";
import { timingSafeEqual } from "node:crypto";
import type { UserIdentity } from "convex/server";
import { convexToJson, jsonToConvex, type Value } from "convex/values";
import { makeFunctionReference } from "convex/server";
import { errorReply } from "./function-error.js";
import type { EmbeddedFunctions } from "./deployment.js";
import { asRequest, isRegisteredFunction } from "./modules.js";
import type { LogBatch } from "../types.js";

/** The calls of a convex-test accessor the HTTP API drives. */
export interface TestAccessor {
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  query: (ref: never, args: never) => Promise<unknown>;
  mutation: (ref: never, args: never) => Promise<unknown>;
  action: (ref: never, args: never) => Promise<unknown>;
  run: <T>(fn: (ctx: never) => Promise<T>) => Promise<T>;
}

/** A convex-test instance: calls, and the same calls as a signed-in user. */
export interface TestBackend extends TestAccessor {
  withIdentity: (identity: Partial<UserIdentity>) => TestAccessor;
  finishInProgressScheduledFunctions: () => Promise<void>;
}

type Kind = "query" | "mutation" | "action";

/** What the API reads of a request: node:http's IncomingMessage and the embedded front both fit. */
export interface ApiRequest {
  method?: string;
  url?: string;
  headers: { authorization?: string };
  /** When its last byte arrived (performance.now()): a function's time limit counts from there. */
  arrivedAt?: number;
}

export interface ApiResponse {
  writeHead(status: number, headers: Record<string, string | number>): unknown;
  end(body: string): unknown;
}

/** race-check's own admin endpoints, beside the Convex API (see server.ts). */
export interface AdminEndpoints {
  /** GET /_race-check/arrivals[?arm=N]: stamps since the last call; N arms the next fire. */
  arrivals: (armNext?: number) => number[];
  /** GET /_race-check/arrivals?peek: requests stamped since the last take, taking nothing. */
  held: () => number;
  /** GET /_race-check/clock: the deployment's clock; POST ?to=MS moves it on. */
  clock: (advanceTo?: number) => number;
  /**
   * POST /_race-check/reset[?timeLimit=MS]: an empty deployment; MS, when given, the time limit of
   * its queries and mutations (see modules.ts).
   */
  reset: (timeLimitMs?: number) => void;
  /**
   * GET /_race-check/scheduled: every scheduled function not started yet (components' too: the
   * root's system table does not list theirs), and whether any is running.
   */
  scheduled: () => Promise<{ now: number; pending: { path: string; dueAt: number }[]; running: boolean }>;
  /** GET /_race-check/logs: the functions' console lines since the last call. */
  logs: () => LogBatch;
}

export interface HttpApiOptions {
  /** The current instance (replaced by a reset). */
  backend: () => TestBackend;
  functions: EmbeddedFunctions;
  adminKey: string;
  instanceName: string;
  admin: AdminEndpoints;
}

export interface Caller {
  admin: boolean;
  identity?: Partial<UserIdentity>;
}

/** A request refused before any function ran: the real backend's HttpResponseError. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * `Convex <key>` is the admin; `Convex <key>:<base64 JSON>` an admin acting as that user (what
 * ConvexHttpClient.setAdminAuth(key, identity) sends, and the dashboard's "act as a user");
 * `Bearer <jwt>` a signed-in user, whose claims the embedded backend takes without checking a
 * signature (it has no auth providers). No header: anonymous.
 */
export function parseCaller(header: string | undefined, adminKey: Buffer): Caller {
  if (header === undefined || header === "") return { admin: false };
  if (header.slice(0, 7).toLowerCase() === "convex ") {
    const [key, acting] = splitActing(removeTypePrefix(header.slice(7).trim()));
    const given = Buffer.from(key);
    if (given.length !== adminKey.length || !timingSafeEqual(given, adminKey)) {
      throw new HttpError(401, "BadAdminKey", "The provided admin key was invalid for this instance");
    }
    return acting === undefined ? { admin: true } : { admin: true, identity: actingIdentity(acting) };
  }
  if (header.slice(0, 7).toLowerCase() === "bearer ") return { admin: false, identity: jwtIdentity(header.slice(7)) };
  throw new HttpError(401, "InvalidAuthHeader", "Header must begin with `bearer `");
}

/**
 * Who calls an HTTP action: as for the API, but a header that is not Convex auth (a webhook's own
 * signature scheme) lets the request through unauthenticated, as the real backend does
 * (crates/local_backend/src/http_actions.rs: `identity_result.unwrap_or_else(... Unknown)`).
 */
export function httpActionIdentity(header: string | undefined, adminKey: Buffer): Partial<UserIdentity> | undefined {
  try {
    return parseCaller(header, adminKey).identity;
  } catch {
    return undefined;
  }
}

/** The function ran (or was not found, which the real backend also answers as a function error). */
class FunctionError extends Error {}

/** The real backend's system functions that race-check reads with the admin key, served here too. */
const SCHEDULED_JOBS = "_system/frontend/paginatedScheduledJobs:default";
const MODULES = "_system/frontend/modules:list";

/** Serves the parts of the Convex HTTP API that ConvexHttpClient and race-check speak. */
export function createHttpApi(opts: HttpApiOptions) {
  const adminKey = Buffer.from(opts.adminKey);

  const caller = (req: ApiRequest): Caller => parseCaller(req.headers.authorization, adminKey);

  async function resolve(udfPath: string, who: Caller): Promise<{ kind: Kind; path: string }> {
    const [rawModule, exportName = "default"] = udfPath.split(":");
    const modulePath = rawModule.replace(/\.(js|ts)$/, "");
    const canonical = `${modulePath}:${exportName}`;
    const notFound = new FunctionError(`Could not find public function for '${canonical}'.`);
    if ((canonical === SCHEDULED_JOBS || canonical === MODULES) && who.admin) return { kind: "query", path: canonical };
    const fn = await opts.functions.find(udfPath);
    // Internal functions exist only for admins (acting as a user included, as on the real
    // backend); everyone else is told what the real backend says of a function that does not exist.
    if (!fn || (fn.isInternal && !who.admin)) throw notFound;
    return { kind: fn.kind, path: fn.path };
  }

  /** `_system/frontend/modules:list`: `[path, { functions: [{ name, udfType, visibility }] }]`. */
  async function listModules(): Promise<unknown> {
    const result: unknown[] = [];
    for (const [modulePath, load] of opts.functions.appModules()) {
      const functions = Object.entries(await load())
        .filter(([, fn]) => isRegisteredFunction(fn))
        .map(([name, fn]) => {
          const f = fn as { isQuery?: boolean; isMutation?: boolean; isInternal?: boolean };
          return {
            name,
            udfType: f.isQuery ? "Query" : f.isMutation ? "Mutation" : "Action",
            visibility: { kind: f.isInternal ? "internal" : "public" },
          };
        });
      if (functions.length > 0) result.push([`${modulePath}.js`, { functions, sourcePackageId: "embedded" }]);
    }
    return result;
  }

  async function run(kind: Kind, path: string, args: Record<string, Value>, who: Caller): Promise<unknown> {
    const backend = opts.backend();
    if (path === SCHEDULED_JOBS) return await scheduledJobs(backend);
    if (path === MODULES) return await listModules();
    const accessor = who.identity ? backend.withIdentity(who.identity) : backend;
    return await accessor[kind](makeFunctionReference(path) as never, args as never);
  }

  async function handleCall(req: ApiRequest, body: Buffer, endpoint: string): Promise<unknown> {
    const who = caller(req);
    let parsed: { path?: unknown; args?: unknown; format?: unknown };
    try {
      parsed = JSON.parse(body.toString("utf8") || "{}");
    } catch {
      throw new HttpError(400, "BadJsonBody", "Failed to parse the request body as JSON");
    }
    let udfPath = parsed.path;
    if (endpoint.startsWith("run/")) udfPath = runPathToUdf(endpoint.slice(4));
    if (typeof udfPath !== "string" || udfPath === "") {
      throw new HttpError(400, "BadJsonBody", "Missing field `path` in the request body");
    }
    // Older clients send args as a one-element array: the backend accepts both.
    const rawArgs = Array.isArray(parsed.args) ? parsed.args[0] : (parsed.args ?? {});
    if (typeof rawArgs !== "object" || rawArgs === null || Array.isArray(rawArgs)) {
      throw new HttpError(400, "BadJsonBody", "`args` must be an object");
    }
    const args = jsonToConvex(rawArgs as never) as Record<string, Value>;
    try {
      const target = await resolve(udfPath, who);
      const wanted: Kind | undefined =
        endpoint === "query" || endpoint === "mutation" || endpoint === "action" ? endpoint : undefined;
      if (wanted && wanted !== target.kind) {
        throw new FunctionError(
          `Trying to execute ${target.path} as ${capitalize(wanted)}, but it is defined as ${capitalize(target.kind)}.`,
        );
      }
      const value = await asRequest(req.arrivedAt ?? performance.now(), () => run(target.kind, target.path, args, who));
      return { status: "success", value: convexToJson((value ?? null) as Value) };
    } catch (e) {
      return functionError(e);
    }
  }

  return async function handle(req: ApiRequest, res: ApiResponse, body: Buffer): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = url.pathname;
    try {
      if (req.method === "GET" && route === "/instance_name") return send(res, 200, opts.instanceName, "text/plain");
      if (req.method === "GET" && route === "/version") return send(res, 200, "race-check-embedded", "text/plain");
      if (route.startsWith("/_race-check/")) return adminEndpoint(req, res, url);
      const m = /^\/api\/(query|mutation|action|function|run\/.+)$/.exec(route);
      if (!m) throw new HttpError(404, "NotFound", `No route for ${req.method} ${route}`);
      if (req.method !== "POST") throw new HttpError(405, "MethodNotAllowed", `Use POST for ${route}`);
      return send(res, 200, JSON.stringify(await handleCall(req, body, m[1])));
    } catch (e) {
      if (e instanceof HttpError) return send(res, e.status, JSON.stringify({ code: e.code, message: e.message }));
      // Anything else is ours, not the function's: the real backend answers 500 InternalServerError.
      return send(res, 500, JSON.stringify({ code: "InternalServerError", message: errorMessage(e) }));
    }
  };

  function adminEndpoint(req: ApiRequest, res: ApiResponse, url: URL): void {
    if (!caller(req).admin) throw new HttpError(401, "Unauthenticated", "Admin key required");
    const number = (name: string) => {
      const n = Number(url.searchParams.get(name) ?? NaN);
      return Number.isFinite(n) ? n : undefined;
    };
    switch (`${req.method} ${url.pathname}`) {
      case "GET /_race-check/arrivals": {
        // A look that takes nothing and releases nothing: how many requests the fire holds so far.
        if (url.searchParams.has("peek")) return send(res, 200, JSON.stringify({ held: opts.admin.held() }));
        const arm = number("arm");
        const armNext = arm !== undefined && Number.isSafeInteger(arm) && arm > 0 ? arm : undefined;
        return send(res, 200, JSON.stringify({ arrivals: opts.admin.arrivals(armNext) }));
      }
      case "GET /_race-check/clock":
        return send(res, 200, JSON.stringify({ now: opts.admin.clock() }));
      case "POST /_race-check/clock":
        return send(res, 200, JSON.stringify({ now: opts.admin.clock(number("to")) }));
      case "GET /_race-check/scheduled":
        return void opts.admin.scheduled().then((state) => send(res, 200, JSON.stringify(state)));
      case "GET /_race-check/logs":
        return send(res, 200, JSON.stringify(opts.admin.logs()));
      case "POST /_race-check/reset": {
        const limit = number("timeLimit");
        opts.admin.reset(limit !== undefined && limit > 0 ? limit : undefined);
        return send(res, 200, "{}");
      }
      default:
        throw new HttpError(404, "NotFound", `No route for ${req.method} ${url.pathname}`);
    }
  }
}

/**
 * The rows the real `_system/frontend/paginatedScheduledJobs` returns: jobs not yet finished,
 * soonest first, `nextTs` in nanoseconds. convex-test keeps them in `_scheduled_functions`.
 */
async function scheduledJobs(backend: TestBackend): Promise<unknown> {
  const rows = await backend.run(async (ctx: never) => {
    const db = (ctx as { db: { system: { query: (t: string) => { collect: () => Promise<unknown[]> } } } }).db;
    return await db.system.query("_scheduled_functions").collect();
  });
  const page = (
    rows as { _id: string; _creationTime: number; name: string; scheduledTime: number; state: { kind: string } }[]
  )
    .filter((r) => r.state.kind === "pending" || r.state.kind === "inProgress")
    .sort((a, b) => a.scheduledTime - b.scheduledTime)
    .map((r) => ({
      _id: r._id,
      _creationTime: r._creationTime,
      udfPath: r.name,
      state: { type: r.state.kind },
      nextTs: BigInt(Math.round(r.scheduledTime)) * 1_000_000n,
    }));
  return { page, isDone: true, continueCursor: "" };
}

function functionError(e: unknown): Record<string, unknown> {
  if (e instanceof FunctionError) return { status: "error", errorMessage: e.message };
  return { status: "error", ...errorReply(e) };
}

/** `prod:name|key` is `name|key`: the dashboard's visible type prefix is not part of the key. */
function removeTypePrefix(key: string): string {
  const bar = key.indexOf("|");
  if (bar < 0) return key;
  const prefix = key.slice(0, bar);
  const colon = prefix.indexOf(":");
  if (colon < 0) return key;
  const type = prefix.slice(0, colon).toLowerCase();
  return type === "preview" || type === "project" ? key.slice(bar + 1) : key.slice(colon + 1);
}

function splitActing(key: string): [string, string | undefined] {
  const colon = key.indexOf(":");
  return colon < 0 ? [key, undefined] : [key.slice(0, colon), key.slice(colon + 1)];
}

/** As the backend parses it: JSON attributes with tokenIdentifier, or issuer and subject. */
function actingIdentity(b64: string): Partial<UserIdentity> {
  let attributes: unknown;
  try {
    attributes = JSON.parse(Buffer.from(b64, "base64").toString("utf8"));
  } catch {
    throw new HttpError(400, "HeaderParseFailure", "Malformed Authorization header.");
  }
  const a = attributes as Record<string, unknown>;
  if (a === null || typeof a !== "object" || Array.isArray(a)) {
    throw new HttpError(400, "HeaderParseFailure", "Malformed Authorization header.");
  }
  if (typeof a.tokenIdentifier !== "string" && (typeof a.issuer !== "string" || typeof a.subject !== "string")) {
    throw new HttpError(400, "HeaderParseFailure", "Malformed Authorization header.");
  }
  return {
    ...(a as Partial<UserIdentity>),
    tokenIdentifier:
      typeof a.tokenIdentifier === "string" ? a.tokenIdentifier : `${String(a.issuer)}|${String(a.subject)}`,
  };
}

/** The standard claims of a JWT as Convex maps them to a UserIdentity. */
function jwtIdentity(token: string): Partial<UserIdentity> {
  const payload = token.trim().split(".")[1];
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
  } catch {
    throw new HttpError(401, "InvalidAuthHeader", "Could not parse JWT payload");
  }
  const issuer = typeof claims.iss === "string" ? claims.iss : undefined;
  const subject = typeof claims.sub === "string" ? claims.sub : undefined;
  if (!issuer || !subject) throw new HttpError(401, "InvalidAuthHeader", "JWT must have `iss` and `sub` claims");
  const { iss: _iss, sub: _sub, aud: _aud, exp: _exp, iat: _iat, nbf: _nbf, ...rest } = claims;
  return { ...(rest as Partial<UserIdentity>), issuer, subject, tokenIdentifier: `${issuer}|${subject}` };
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
