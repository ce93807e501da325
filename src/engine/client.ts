import { ConvexHttpClient } from "convex/browser";
import type { Call } from "./history.js";
import { UserTransport } from "./fire.js";

/**
 * A simulated user's client: the real ConvexHttpClient, with a fetch that records every call the
 * user makes (path, endpoint, timing, outcome) into the round's history.
 */
export class UserClient {
  /** This operation's client; a fresh one per operation (see `begin`). */
  convex!: ConvexHttpClient;
  readonly transport = new UserTransport();
  calls: Call[] = [];
  private generation = 0;

  constructor(readonly url: string) {
    this.begin(0);
  }

  close(): void {
    this.transport.close();
  }

  /**
   * Starts a new operation: times count from `origin` (the round's fire) and calls go to a new
   * list. An earlier operation that timed out but is still running keeps its own client: its late
   * calls land in its own list and never take the next round's place at the fire gate.
   */
  begin(origin: number): void {
    const generation = ++this.generation;
    const calls: Call[] = [];
    this.calls = calls;
    const record: typeof fetch = async (input, init) => {
      const send = generation === this.generation ? this.transport.fetch : this.transport.fetchUngated;
      const start = performance.now() - origin;
      const body = typeof init?.body === "string" ? (JSON.parse(init.body) as { path?: string }) : {};
      const endpoint = String(input).replace(/^.*\/api\//, "");
      const call: Call = { path: body.path ?? "?", endpoint, start, end: start, outcome: "unknown" };
      calls.push(call);
      try {
        const res = await send(input, init);
        // 560 is "the function threw": it did not happen. Other 5xx mean the backend itself failed
        // and the call may or may not have run.
        call.outcome = res.ok ? "ok" : res.status >= 500 && res.status !== 560 ? "unknown" : "fail";
        return res;
      } finally {
        call.end = performance.now() - origin;
      }
    };
    this.convex = new ConvexHttpClient(this.url, { fetch: record, skipConvexDeploymentUrlCheck: true, logger: false });
  }
}

/** An admin client for setup and invariant reads (may call internal functions). */
export function adminClient(url: string, adminKey: string): ConvexHttpClient {
  const admin = new ConvexHttpClient(url, {
    skipConvexDeploymentUrlCheck: true,
    logger: false,
  });
  // setAdminAuth is marked internal in convex's types but is how every Convex tool sends an admin key.
  (admin as unknown as { setAdminAuth: (key: string) => void }).setAdminAuth(adminKey);
  return admin;
}

/** Calls any function by path, whatever its type, through the `/api/function` endpoint. */
export async function callFunction(
  client: ConvexHttpClient,
  path: string,
  args: Record<string, unknown>,
): Promise<unknown> {
  return await (
    client as unknown as {
      function: (p: string, c: undefined, a: unknown) => Promise<unknown>;
    }
  ).function(path, undefined, args);
}
