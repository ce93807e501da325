import { ConvexHttpClient } from "convex/browser";
import type { Call } from "../../model.js";
import { callOutcome } from "../outcome.js";
import { UserTransport } from "./gate.js";

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
        // The body decides, not the status: the open-source backend answers a function that threw
        // with 200 (see outcome.ts).
        call.outcome = callOutcome(res.status, await res.clone().text());
        return res;
      } finally {
        call.end = performance.now() - origin;
      }
    };
    this.convex = new ConvexHttpClient(this.url, { fetch: record, skipConvexDeploymentUrlCheck: true, logger: false });
  }
}
