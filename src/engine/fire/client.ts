import { ConvexHttpClient } from "convex/browser";
import type { UserIdentityAttributes } from "../../config/types.js";
import type { Call } from "../../model.js";
import { canonicalPath, notFoundReply } from "../identity.js";
import { callOutcome, errorRollsBack, httpActionOutcome, isErrorReply, type FunctionKind } from "../outcome.js";
import { UserTransport } from "./gate.js";

/** Who the user is in one operation, and which functions it must not reach. */
export interface UserRole {
  identity?: UserIdentityAttributes;
  /** The deployment's internal functions: a user acting through the admin key is kept off them. */
  internal?: ReadonlySet<string>;
  /** The deployment's HTTP actions origin: a signed-in user's requests there carry its identity. */
  siteOrigin?: string;
  /** Each function's kind, when the deployment listed them: an action's error is unknown. */
  kinds?: ReadonlyMap<string, FunctionKind>;
}

/**
 * A simulated user's client: the real ConvexHttpClient, and a fetch for HTTP actions, both
 * recording every call the user makes (path, endpoint, timing, outcome) into the trial's history.
 */
export class UserClient {
  /** This operation's client; a fresh one per operation (see `begin`). */
  convex!: ConvexHttpClient;
  /** This operation's fetch, for the deployment's HTTP actions. */
  fetch!: typeof fetch;
  readonly transport = new UserTransport();
  calls: Call[] = [];
  private generation = 0;

  constructor(
    readonly url: string,
    private readonly adminKey = "",
  ) {
    this.begin(0);
  }

  close(): void {
    this.transport.close();
  }

  /**
   * Starts a new operation: times count from `origin` (the trial's fire) and calls go to a new
   * list. An earlier operation that timed out but is still running keeps its own client: its late
   * calls land in its own list and never take the next trial's place at the fire gate.
   */
  begin(origin: number, role: UserRole = {}): void {
    const generation = ++this.generation;
    const calls: Call[] = [];
    this.calls = calls;
    const send: typeof fetch = (input, init) =>
      (generation === this.generation ? this.transport.fetch : this.transport.fetchUngated)(input, init);
    const recorded = async (
      call: Call,
      work: () => Promise<Response>,
      outcome: (res: Response) => Promise<Call["outcome"]>,
    ) => {
      calls.push(call);
      try {
        const res = await work();
        call.outcome = await outcome(res);
        return res;
      } finally {
        call.end = performance.now() - origin;
      }
    };

    const convexFetch: typeof fetch = async (input, init) => {
      const start = performance.now() - origin;
      const body = typeof init?.body === "string" ? (JSON.parse(init.body) as { path?: string }) : {};
      const endpoint = String(input).replace(/^.*\/api\//, "");
      const path = canonicalPath(body.path ?? endpoint.replace(/^run\//, "").replace(/\/([^/]*)$/, ":$1"));
      const call: Call = { path, endpoint, start, end: start, outcome: "unknown" };
      // A signed-in user is the admin acting as that user: the deployment would run an internal
      // function for it. A browser cannot: answer as the deployment answers a browser.
      const refused = role.identity !== undefined && role.internal?.has(path);
      return await recorded(
        call,
        async () => (refused ? notFoundReply(path) : await send(input, init)),
        // The body decides, not the status: the open-source backend answers a function that threw
        // with 200 (see outcome.ts). A refused call ran nothing; an action's error may follow
        // committed writes.
        async (res) => {
          const body = await res.clone().text();
          const outcome = callOutcome(res.status, body, refused || errorRollsBack(endpoint, path, role.kinds));
          // An action's error: unknown, but it has finished; nothing of it lands later.
          if (outcome === "unknown" && isErrorReply(res.status, body)) call.ended = true;
          return outcome;
        },
      );
    };
    this.convex = new ConvexHttpClient(this.url, {
      fetch: convexFetch,
      skipConvexDeploymentUrlCheck: true,
      logger: false,
    });
    if (role.identity) {
      // Internal in convex's types, but how the dashboard acts as a user on any deployment.
      (this.convex as unknown as { setAdminAuth: (key: string, identity: unknown) => void }).setAdminAuth(
        this.adminKey,
        role.identity,
      );
    }

    this.fetch = async (input, init) => {
      const request = input instanceof Request ? input : undefined;
      const url = new URL(request ? request.url : String(input));
      const method = init?.method ?? request?.method ?? "GET";
      const headers = Object.fromEntries(new Headers(init?.headers ?? request?.headers));
      // As the dashboard acts as a user: the identity rides on the admin key, and only to this
      // deployment's own site (never to another host), and only when the flow set no auth itself.
      if (role.identity && url.origin === role.siteOrigin && headers.authorization === undefined) {
        const identity = Buffer.from(JSON.stringify(role.identity), "utf8").toString("base64");
        headers.authorization = `Convex ${this.adminKey}:${identity}`;
      }
      const raw = init?.body ?? (request && request.body ? await request.arrayBuffer() : undefined);
      const body = raw === undefined || raw === null ? undefined : Buffer.from(await new Response(raw).arrayBuffer());
      const start = performance.now() - origin;
      const call: Call = { path: `${method} ${url.pathname}`, endpoint: "http", start, end: start, outcome: "unknown" };
      return await recorded(
        call,
        () =>
          send(url, { method, headers, body: body as unknown as BodyInit, signal: init?.signal ?? request?.signal }),
        async (res) => httpActionOutcome(res.status),
      );
    };
  }
}
