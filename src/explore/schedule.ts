/** Runs one schedule of a scenario: fresh database, setup, every client under the controller, verdict. */
import type { ConvexHttpClient } from "convex/browser";
import type { Operation, Call, Outcome } from "../engine/history.js";
import type { ResolvedScenario } from "../engine/scenario.js";
import { check } from "../engine/invariants.js";
import { setScheduler } from "../backends/embedded/scheduling.js";
import type { ExploreBackend, Kind, Session } from "./backend.js";
import { Controller, StuckError, errorText } from "./controller.js";
import { deterministic } from "./determinism.js";
import type { Chooser } from "./strategies.js";
import type { ScheduleRun, StepKind } from "./types.js";

export interface ScheduleInput {
  backend: ExploreBackend;
  scenario: ResolvedScenario;
  /** Client indices taking part (a shrunk counterexample may keep e.g. clients 0 and 3). */
  clients: number[];
  chooser: Chooser;
  /** Seeds Math.random and the clock inside the schedule. */
  seed: number;
  /** Stop after this many steps; clients still running count as in flight (unknown). */
  stopAfter?: number;
  stepTimeoutMs?: number;
}

/** The setup the explore run uses: the scenario's explore override, else its own. */
export function exploreSetup(scenario: ResolvedScenario): ResolvedScenario["setup"] {
  return scenario.explore?.setup ?? scenario.setup;
}

export async function runSchedule(input: ScheduleInput): Promise<ScheduleRun> {
  const controller = new Controller(input.stepTimeoutMs ?? Math.min(input.scenario.opTimeout, 10_000), input.seed);
  setScheduler(controller.hook);
  try {
    return await deterministic(() => Controller.within(controller, () => execute(input, controller)));
  } finally {
    controller.close();
    setScheduler(undefined);
  }
}

async function execute(input: ScheduleInput, controller: Controller): Promise<ScheduleRun> {
  const { backend, scenario, clients } = input;
  const session = backend.fresh();
  const admin = session.admin();
  const base = { clients, choices: [] as number[], enabled: [] as number[][], steps: controller.steps };
  const setupCall = exploreSetup(scenario);
  let setup: unknown = {};
  if (setupCall) {
    try {
      setup = await admin.function(setupCall.path, undefined, setupCall.args);
    } catch (e) {
      return {
        ...base,
        history: [],
        setup: null,
        verdict: "error",
        message: `setup ${setupCall.path} failed: ${errorText(e)}`,
      };
    }
  }

  const ops = new Map<number, OpRecord>();
  try {
    for (const client of clients) {
      const calls: Call[] = [];
      const act = scenario.act;
      const op = act.kind === "call" ? act.path : "flow";
      const convex = clientFor(session, controller, client, calls);
      // Async wrappers: an args function or a flow that throws at once fails its operation,
      // like any other error, instead of the whole schedule.
      const work =
        act.kind === "call"
          ? async () => convex.function(act.path, undefined, act.args(setup, client))
          : async () => act.flow({ convex: convex as unknown as ConvexHttpClient, setup, client });
      const entry: OpRecord = { calls, settled: Promise.resolve() };
      ops.set(client, entry);
      entry.settled = (await controller.start(client, op, work)).settled;
      track(entry, controller);
    }
    for (;;) {
      const enabled = controller.enabled();
      if (enabled.length === 0) break;
      if (input.stopAfter !== undefined && base.choices.length >= input.stopAfter) break;
      const step = base.choices.length;
      const pick = input.chooser.choose(enabled, step);
      if (!enabled.includes(pick)) throw new Error(`strategy chose client ${pick}, not one of ${enabled.join(", ")}`);
      base.choices.push(pick);
      base.enabled.push(enabled);
      await controller.step(pick);
    }
  } catch (e) {
    if (!(e instanceof StuckError)) throw e;
    return { ...base, history: [], setup, verdict: "error", message: e.message };
  }
  // Outcomes are recorded when each task settles; give the last settlements their microtasks.
  await new Promise((r) => setImmediate(r));

  const history: Operation[] = clients.map((client) => {
    const e = ops.get(client)!;
    const outcome = e.outcome ?? "unknown";
    return {
      client,
      start: 0,
      end: e.end ?? controller.steps.length,
      outcome,
      ...(outcome === "ok" ? { value: jsonSafe(e.value) } : { error: e.error ?? "still in flight" }),
      calls: e.calls,
    };
  });
  const verdict = await check({
    invariant: scenario.invariant,
    history,
    admin: admin as unknown as ConvexHttpClient,
    setup,
  }).catch((e: unknown) => ({ ok: "error" as const, message: `invariant check failed: ${errorText(e)}` }));
  const stopped = input.stopAfter !== undefined && controller.enabled().length > 0;
  return {
    ...base,
    history,
    setup,
    verdict:
      verdict.ok === true ? "ok" : verdict.ok === false ? "violation" : verdict.ok === "unknown" ? "unknown" : "error",
    message: verdict.message,
    ...("observed" in verdict && verdict.observed !== undefined && { observed: verdict.observed }),
    ...("limit" in verdict && verdict.limit !== undefined && { limit: verdict.limit }),
    ...(stopped && { stoppedAfter: base.choices.length }),
  };
}

interface OpRecord {
  calls: Call[];
  settled: Promise<unknown>;
  /** Steps executed when the operation finished. */
  end?: number;
  outcome?: Outcome;
  value?: unknown;
  error?: string;
}

function track(entry: OpRecord, controller: Controller): void {
  entry.settled.then(
    (value) => {
      entry.outcome = "ok";
      entry.value = value;
      entry.end = controller.steps.length;
    },
    (e: unknown) => {
      entry.outcome = "fail";
      entry.error = errorText(e);
      entry.end = controller.steps.length;
    },
  );
}

/**
 * The `convex` a client (or a flow) gets: ConvexHttpClient's call methods, answered by convex-test
 * with a browser's rights. A query or mutation is one step; an action's own calls are its steps.
 */
function clientFor(session: Session, controller: Controller, client: number, calls: Call[]) {
  const call = async (ref: unknown, args: unknown, expected?: Kind) => {
    const record: Call = {
      path: "?",
      endpoint: expected ?? "function",
      start: controller.steps.length,
      end: 0,
      outcome: "unknown",
    };
    calls.push(record);
    try {
      const fn = await session.backend.resolve(ref);
      record.path = fn.path;
      // A call the backend would refuse (internal, wrong kind) fails without touching the database.
      if (fn.isInternal || (expected && expected !== fn.kind)) {
        return await session.call(fn, args, true, expected);
      }
      if (fn.kind === "action") return await session.call(fn, args, true, expected);
      const kind: StepKind = fn.kind;
      await controller.point(client, kind, fn.path);
      try {
        const value = await session.call(fn, args, true, expected);
        controller.finishStep(client, kind, fn.path, { ok: true, value });
        return value;
      } catch (e) {
        controller.finishStep(client, kind, fn.path, { ok: false, error: errorText(e) });
        throw e;
      }
    } catch (e) {
      record.outcome = "fail";
      throw e;
    } finally {
      if (record.outcome !== "fail") record.outcome = "ok";
      record.end = controller.steps.length;
    }
  };
  return {
    query: (ref: unknown, args?: unknown) => call(ref, args, "query"),
    mutation: (ref: unknown, args?: unknown) => call(ref, args, "mutation"),
    action: (ref: unknown, args?: unknown) => call(ref, args, "action"),
    function: (ref: unknown, _component?: unknown, args?: unknown) => call(ref, args),
  };
}

export function jsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
  } catch {
    return String(value);
  }
}
