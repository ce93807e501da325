/**
 * The timed driver: every simulated user's operation released at once over HTTP (Turbo Intruder's
 * last-byte gate, see gate.ts), against any deployment. Its trials are stress rounds.
 */
import type { ConvexHttpClient } from "convex/browser";
import type { SetupValue } from "../../config/types.js";
import type { Operation } from "../../model.js";
import type { RunningBackend } from "../../backends/types.js";
import { callFunction } from "../../backends/admin.js";
import { ALL_CALLS_REFUSED, operationOutcome, type FunctionKind } from "../outcome.js";
import type { ResolvedScenario } from "../../config/scenario.js";
import { settle, type SettleResult } from "../settle.js";
import type { TrialDriver } from "../trial.js";
import { errorMessage, jsonSafe } from "../trial.js";
import { shuffle } from "../random.js";
import { withDeadline } from "../deadline.js";
import { identityFor } from "../identity.js";
import type { UserClient, UserRole } from "./client.js";
import { FireGate } from "./gate.js";

export interface FireSpread {
  /** max − min arrival of the round's fire, in ms. */
  fireSpreadMs?: number;
  /** Where it was measured: on the server (arrival stamps) or the client (send stamps). */
  spreadSource?: "server" | "client";
}

export class FireDriver implements TrialDriver {
  /** The last fire's spread, read after `operate`. */
  spread: FireSpread = {};

  constructor(
    private readonly backend: RunningBackend,
    /** One per simulated user, kept for the whole scenario (their connections stay warm). */
    private readonly users: UserClient[],
    private readonly scenario: ResolvedScenario,
    private readonly random: () => number,
    readonly admin: ConvexHttpClient,
    private readonly signal?: AbortSignal,
    private readonly functions: {
      /** The deployment's internal functions, when users act through the admin key (see identity.ts). */
      internal?: ReadonlySet<string>;
      /** Each function's kind, when the deployment listed them (see `errorRollsBack`). */
      kinds?: ReadonlyMap<string, FunctionKind>;
    } = {},
  ) {}

  async operate(setup: SetupValue): Promise<Operation[]> {
    const { backend, users, scenario } = this;
    // The fire is armed while the connections warm: the warm-up requests are not function calls,
    // so the backend does not count them as part of the fire.
    await Promise.all([
      ...users.map((u) => u.transport.warm(backend.url, scenario.opTimeout)),
      backend.fire?.arm(users.length),
    ]);
    // Every user's first request waits at the fire gate, held by its last byte (see gate.ts).
    // Identities first: one that is malformed is the config's mistake, found before anything fires.
    const siteOrigin = backend.siteUrl ? new URL(backend.siteUrl).origin : undefined;
    const roles = users.map((_, client) => ({
      identity: identityFor(scenario.identity, setup, client),
      internal: this.functions.internal,
      kinds: this.functions.kinds,
      siteOrigin,
    }));
    const fire = new FireGate(users.length);
    for (const u of users) u.transport.arm(fire);
    const order = shuffle(
      users.map((_, i) => i),
      this.random,
    );
    const origin = performance.now();
    const site = siteOf(backend);
    const history = (
      await Promise.all(order.map((i) => runOperation(users[i], i, scenario, setup, origin, roles[i], site)))
    ).sort((a, b) => a.client - b.client);
    // Taken at once, before settle and invariant reads, so no later request is mistaken for the
    // fire's; taking also disarms, so a fire nobody sent through holds nothing back.
    this.spread = await measureSpread(backend, users);
    return history;
  }

  settle(): Promise<SettleResult> {
    return settle(this.backend.scheduled, {
      horizonMs: this.scenario.settleMs,
      timeoutMs: this.scenario.settleMs + this.scenario.opTimeout,
      readTimeoutMs: this.scenario.opTimeout,
      signal: this.signal,
    });
  }
}

/** A flow's `siteUrl`: the deployment's HTTP actions origin, or a clear error where none is known. */
function siteOf(backend: RunningBackend): () => string {
  return () => {
    if (backend.siteUrl) return backend.siteUrl;
    throw new Error("no site URL for this deployment's HTTP actions: pass --site-url (action input site-url)");
  };
}

async function runOperation(
  user: UserClient,
  client: number,
  scenario: ResolvedScenario,
  setup: SetupValue,
  origin: number,
  role: UserRole,
  site: () => string,
): Promise<Operation> {
  user.begin(origin, role);
  const start = performance.now() - origin;
  const act = scenario.act;
  // Through a promise, so an args function or a flow that throws synchronously still ends as
  // this operation's failure and releases its place at the fire gate.
  const work = Promise.resolve().then(() =>
    act.kind === "call"
      ? callFunction(user.convex, act.path, act.args(setup, client))
      : act.flow({
          convex: user.convex,
          fetch: user.fetch,
          get siteUrl() {
            return site();
          },
          setup,
          client,
        }),
  );
  let value: unknown;
  let error: string | undefined;
  let threw = false;
  let timedOut = false;
  try {
    value = await withDeadline(work, scenario.opTimeout, () => new OperationTimeout(scenario.opTimeout));
  } catch (e) {
    threw = true;
    timedOut = e instanceof OperationTimeout;
    error = errorMessage(e);
    if (timedOut) user.transport.reset();
  } finally {
    user.transport.disarm();
  }
  // A copy: a flow that timed out may still add calls, which must not change a decided history.
  const calls = [...user.calls];
  const outcome = operationOutcome({ threw, timedOut, calls });
  return {
    client,
    start,
    end: performance.now() - origin,
    outcome,
    ...(outcome === "ok" ? { value: jsonSafe(value) } : { error: error ?? ALL_CALLS_REFUSED }),
    calls,
    // Unknown, but it threw in time: what it did is in place already (see undecidedCount).
    ...(outcome === "unknown" && !timedOut && { ended: true as const }),
  };
}

class OperationTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms (op-timeout)`);
  }
}

/**
 * The fire spread: max − min arrival of the users' first requests on the server when the backend
 * stamps arrivals, else max − min of the moments their last bytes were sent (client side).
 */
async function measureSpread(backend: RunningBackend, users: UserClient[]): Promise<FireSpread> {
  const arrivals = await backend.fire?.takeArrivals().catch(() => undefined);
  const sends = users.map((u) => u.transport.releasedAt).filter((t): t is number => t !== undefined);
  if (sends.length === 0) return {};
  if (arrivals && arrivals.length >= sends.length) {
    // The backend runs none of the fire's requests before all of them have arrived (or a short
    // hold expired), so no second request of a flow can arrive among them: the earliest stamps,
    // one per user who sent, are the fire's.
    const first = [...arrivals].sort((a, b) => a - b).slice(0, sends.length);
    return { fireSpreadMs: first[first.length - 1] - first[0], spreadSource: "server" };
  }
  return { fireSpreadMs: Math.max(...sends) - Math.min(...sends), spreadSource: "client" };
}
