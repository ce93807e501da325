import type { ConvexHttpClient } from "convex/browser";
import type { SetupValue } from "../config/types.js";
import type { RunningBackend } from "../backends/types.js";
import type { Operation, Outcome } from "./history.js";
import type { ResolvedScenario } from "./scenario.js";
import { callFunction, type UserClient } from "./client.js";
import { FireGate } from "./fire.js";
import { check } from "./invariants.js";
import { shuffle } from "./random.js";

export type RoundVerdict = "ok" | "violation" | "unknown" | "error";

export interface RoundResult {
  round: number;
  verdict: RoundVerdict;
  observed?: number;
  limit?: number;
  message: string;
  /** max − min arrival of the round's fire, in ms. */
  fireSpreadMs?: number;
  /** Where the spread was measured: on the server (arrival stamps) or the client (send stamps). */
  spreadSource?: "server" | "client";
  durationMs: number;
  history: Operation[];
}

export interface RoundInput {
  backend: RunningBackend;
  /** One per simulated user, kept for the whole scenario (their connections stay warm). */
  users: UserClient[];
  admin: ConvexHttpClient;
  scenario: ResolvedScenario;
  round: number;
  random: () => number;
}

/** Thrown when the round could not be set up at all (as opposed to an invariant failing). */
export class SetupError extends Error {}

export async function runRound({ backend, users, admin, scenario, round, random }: RoundInput): Promise<RoundResult> {
  const began = performance.now();
  let setup: SetupValue = {};
  if (scenario.setup) {
    try {
      setup = await callFunction(admin, scenario.setup.path, scenario.setup.args);
    } catch (e) {
      throw new SetupError(`setup ${scenario.setup.path} threw: ${errorMessage(e)}`);
    }
    if (setup === null || typeof setup !== "object" || Array.isArray(setup)) {
      throw new SetupError(
        `setup ${scenario.setup.path} returned ${JSON.stringify(setup)}; it must return an object such as { sessionId }, the round's context`,
      );
    }
  }

  // The setup's stamps are drained (and the fire armed) while the connections warm: the warm-up
  // requests are not function calls, so the backend does not count them as part of the fire.
  await Promise.all([...users.map((u) => u.transport.warm(backend.url)), backend.drainArrivals?.(users.length)]);

  // Every user's first request waits at the fire gate, held by its last byte (see fire.ts).
  const fire = new FireGate(users.length);
  for (const u of users) u.transport.arm(fire);
  const order = shuffle(
    users.map((_, i) => i),
    random,
  );
  const origin = performance.now();
  const history = (await Promise.all(order.map((i) => runOperation(users[i], i, scenario, setup, origin)))).sort(
    (a, b) => a.client - b.client,
  );

  // Both at once: the invariant's reads start after every fired request was answered, so their
  // arrival stamps come after the fire's and cannot be mistaken for them.
  const [{ fireSpreadMs, spreadSource }, verdict] = await Promise.all([
    measureSpread(backend, users),
    check({
      invariant: scenario.invariant,
      history,
      admin,
      setup,
    }).catch((e: unknown) => ({
      ok: "error" as const,
      message: `invariant check failed: ${errorMessage(e)}`,
    })),
  ]);
  // A round in which every operation was refused exercised nothing (a wrong function, bad
  // arguments, a setup that leaves no room): whatever the invariant says, it proves nothing.
  const refused = history.length > 0 && history.every((op) => op.outcome === "fail");
  const held = verdict.ok === true || verdict.ok === "unknown";
  return {
    round,
    verdict:
      refused && held
        ? "error"
        : verdict.ok === true
          ? "ok"
          : verdict.ok === false
            ? "violation"
            : verdict.ok === "unknown"
              ? "unknown"
              : "error",
    observed: "observed" in verdict ? verdict.observed : undefined,
    limit: "limit" in verdict ? verdict.limit : undefined,
    message:
      refused && held
        ? `every operation failed, so the round tested nothing (client ${history[0].client}: ${history[0].error})`
        : verdict.message,
    fireSpreadMs,
    spreadSource,
    durationMs: performance.now() - began,
    history,
  };
}

async function runOperation(
  user: UserClient,
  client: number,
  scenario: ResolvedScenario,
  setup: SetupValue,
  origin: number,
): Promise<Operation> {
  user.begin(origin);
  const start = performance.now() - origin;
  const act = scenario.act;
  // Through a promise, so an args function or a flow that throws synchronously still ends as
  // this operation's failure and releases its place at the fire gate.
  const work = Promise.resolve().then(() =>
    act.kind === "call"
      ? callFunction(user.convex, act.path, act.args(setup, client))
      : act.flow({ convex: user.convex, setup, client }),
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OperationTimeout(scenario.opTimeout)), scenario.opTimeout);
  });
  let outcome: Outcome;
  let value: unknown;
  let error: string | undefined;
  try {
    value = await Promise.race([work, timeout]);
    outcome = "ok";
  } catch (e) {
    error = errorMessage(e);
    // A timeout or a call whose fate is unknown makes the whole operation unknown: it may have
    // happened. Anything else is a definite failure the backend (or the flow) reported.
    // A flow that failed after one of its writes went through did not "not happen": unknown.
    const wrote = user.calls.some((c) => c.outcome === "ok" && c.endpoint !== "query");
    outcome =
      e instanceof OperationTimeout || wrote || user.calls.some((c) => c.outcome === "unknown") ? "unknown" : "fail";
    if (e instanceof OperationTimeout) user.transport.reset();
  } finally {
    clearTimeout(timer);
    user.transport.disarm();
  }
  return {
    client,
    start,
    end: performance.now() - origin,
    outcome,
    ...(outcome === "ok" ? { value: jsonSafe(value) } : { error }),
    // A copy: a flow that timed out may still add calls, which must not change a decided history.
    calls: [...user.calls],
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
async function measureSpread(
  backend: RunningBackend,
  users: UserClient[],
): Promise<{ fireSpreadMs?: number; spreadSource?: "server" | "client" }> {
  // Drained even when nobody sent: draining also disarms the fire, so later requests run at once.
  const arrivals = await backend.drainArrivals?.().catch(() => undefined);
  const sends = users.map((u) => u.transport.releasedAt).filter((t): t is number => t !== undefined);
  if (sends.length === 0) return {};
  if (arrivals && arrivals.length >= sends.length) {
    // The backend runs none of the fire's requests before all of them have arrived (or a short
    // hold expired), so no second request of a flow can arrive among them: the earliest stamps,
    // one per user who sent, are the fire's.
    const first = [...arrivals].sort((a, b) => a - b).slice(0, sends.length);
    return {
      fireSpreadMs: first[first.length - 1] - first[0],
      spreadSource: "server",
    };
  }
  return {
    fireSpreadMs: Math.max(...sends) - Math.min(...sends),
    spreadSource: "client",
  };
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

function jsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
  } catch {
    return String(value);
  }
}
