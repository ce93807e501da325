/**
 * The controlled driver: one schedule is one trial on a fresh in-process deployment, every client
 * and every scheduled function a task of the controller, the strategy choosing each step.
 */
import type { ConvexHttpClient } from "convex/browser";
import type { SetupValue } from "../../config/types.js";
import type { Call, Operation, Outcome } from "../../model.js";
import { IN_PROCESS_URLS } from "../../backends/in-process.js";
import type {
  CallerRights,
  FunctionKind as Kind,
  InProcessBackend,
  InProcessSession as Session,
} from "../../backends/in-process.js";
import { identityFor } from "../identity.js";
import { ALL_CALLS_REFUSED, httpActionOutcome, operationOutcome } from "../outcome.js";
import type { ResolvedScenario } from "../../config/scenario.js";
import { QUIET, type SettleResult } from "../settle.js";
import { errorMessage, jsonSafe, runTrial, SetupError, type TrialDriver } from "../trial.js";
import { Controller, StuckError } from "./controller.js";
import { deterministic } from "./determinism.js";
import type { ScheduleRun, StepKind } from "./types.js";

/** Picks the next task at each step (see src/explore/strategies.ts). */
export interface Chooser {
  choose(enabled: number[], step: number): number;
}

export interface ScheduleInput {
  deployment: InProcessBackend;
  scenario: ResolvedScenario;
  /** Client indices taking part (a shrunk counterexample may keep e.g. clients 0 and 3). */
  clients: number[];
  chooser: Chooser;
  /** Seeds Math.random and the clock inside the schedule. */
  seed: number;
  /** Stop after this many steps; tasks still running count as in flight (unknown). */
  stopAfter?: number;
  stepTimeoutMs?: number;
  /** Ends the schedule between two steps (SIGINT): it is then undecided. */
  signal?: AbortSignal;
}

/**
 * Steps one schedule may take: scheduled work that keeps scheduling more (a heartbeat) ends at
 * the horizon, so only a runaway reaches this, and it is an error, never a verdict.
 */
export const MAX_STEPS = 20_000;

/** The setup the explore run uses: the scenario's explore override, else its own. */
function exploreSetup(scenario: ResolvedScenario): ResolvedScenario["setup"] {
  return scenario.explore?.setup ?? scenario.setup;
}

export async function runSchedule(input: ScheduleInput): Promise<ScheduleRun> {
  const stepTimeoutMs = input.stepTimeoutMs ?? Math.min(input.scenario.opTimeout, 10_000);
  const controller = new Controller(stepTimeoutMs, input.seed, input.scenario.settleMs);
  const detach = input.deployment.attach({
    scheduler: controller.hook,
    timers: controller.takeTimer,
    observer: controller.observe,
  });
  try {
    return await deterministic(() => Controller.within(controller, () => execute(input, controller)));
  } finally {
    controller.close();
    detach();
  }
}

class ControlledDriver implements TrialDriver {
  readonly admin;
  readonly choices: number[] = [];
  readonly enabled: number[][] = [];
  stopped = false;

  constructor(
    private readonly input: ScheduleInput,
    private readonly controller: Controller,
    private readonly session: Session,
  ) {
    this.admin = session.admin();
  }

  async operate(setup: SetupValue): Promise<Operation[]> {
    const { scenario, clients, chooser, stopAfter } = this.input;
    const controller = this.controller;
    const ops = new Map<number, OpRecord>();
    // Identities first: one that is malformed is the config's mistake, found before anything runs.
    const identities = new Map(clients.map((client) => [client, identityFor(scenario.identity, setup, client)]));
    for (const client of clients) {
      const calls: Call[] = [];
      const act = scenario.act;
      const op = act.kind === "call" ? act.path : "flow";
      const who: CallerRights = { asClient: true, identity: identities.get(client) };
      const convex = clientFor(this.session, controller, client, calls, who);
      // Async wrappers: an args function or a flow that throws at once fails its operation,
      // like any other error, instead of the whole schedule.
      const work =
        act.kind === "call"
          ? async () => convex.function(act.path, undefined, act.args(setup, client))
          : async () =>
              act.flow({
                convex: convex as unknown as ConvexHttpClient,
                fetch: httpFor(this.session, controller, calls, who),
                siteUrl: SITE_URL,
                setup,
                client,
              });
      const entry: OpRecord = { calls, settled: Promise.resolve() };
      ops.set(client, entry);
      entry.settled = (await controller.start(client, op, work)).settled;
      track(entry, controller);
    }
    for (;;) {
      const enabled = controller.enabled();
      if (enabled.length === 0) break;
      if (stopAfter !== undefined && this.choices.length >= stopAfter) {
        this.stopped = true;
        break;
      }
      if (this.input.signal?.aborted) throw new StuckError("interrupted");
      if (this.choices.length >= MAX_STEPS) {
        throw new StuckError(
          `the schedule did not end within ${MAX_STEPS} steps: does scheduled work keep scheduling more?`,
        );
      }
      const pick = chooser.choose(enabled, this.choices.length);
      if (!enabled.includes(pick)) throw new Error(`strategy chose task ${pick}, not one of ${enabled.join(", ")}`);
      this.choices.push(pick);
      this.enabled.push(enabled);
      await controller.step(pick);
    }
    // Outcomes are recorded when each task settles; give the last settlements their microtasks.
    await new Promise((r) => setImmediate(r));
    return clients.map((client) => {
      const e = ops.get(client)!;
      const threw = e.outcome === "threw";
      const outcome: Outcome =
        e.outcome === undefined ? "unknown" : operationOutcome({ threw, timedOut: false, calls: e.calls });
      return {
        client,
        start: 0,
        end: e.end ?? controller.steps.length,
        outcome,
        ...(outcome === "ok"
          ? { value: jsonSafe(e.value) }
          : { error: e.error ?? (e.outcome === "returned" ? ALL_CALLS_REFUSED : "still in flight") }),
        calls: e.calls,
        // Unknown, but it threw: what it did is in place already (see undecidedCount).
        ...(outcome === "unknown" && e.outcome !== undefined && { ended: true as const }),
      };
    });
  }

  /**
   * Every scheduled function due within the horizon ran as a task of the schedule (the controller
   * took every timer, of the app and of its components alike); what is left is due beyond it. A
   * schedule stopped early for shrinking is judged on the state it stopped in, which says nothing
   * while scheduled work of its own is still to run.
   */
  async settle(): Promise<SettleResult> {
    const c = this.controller;
    if (c.unfinishedJobs() > 0) {
      return { quiet: false, reason: "stopped while scheduled work was still to run", pending: [], durationMs: 0 };
    }
    return {
      quiet: true,
      pending: c.beyond.map((t) => ({
        path: t.path,
        dueInMs: Math.max(0, t.dueAt - c.horizonEnd + this.input.scenario.settleMs),
      })),
      durationMs: 0,
    };
  }
}

async function execute(input: ScheduleInput, controller: Controller): Promise<ScheduleRun> {
  const session = input.deployment.fresh();
  const driver = new ControlledDriver(input, controller, session);
  const base = () => ({
    clients: input.clients,
    choices: driver.choices,
    enabled: driver.enabled,
    steps: controller.steps,
    ...(driver.stopped && { stoppedAfter: driver.choices.length }),
  });
  try {
    return { ...(await runTrial(input.scenario, driver, exploreSetup(input.scenario))), ...base() };
  } catch (e) {
    if (!(e instanceof StuckError) && !(e instanceof SetupError)) throw e;
    return {
      ...base(),
      verdict: "error",
      message: e instanceof SetupError ? e.message.replace(/ threw: /, " failed: ") : errorMessage(e),
      ...(e instanceof SetupError && { setupError: e.message }),
      setup: null,
      history: [],
      settled: QUIET,
      durationMs: 0,
    };
  }
}

interface OpRecord {
  calls: Call[];
  settled: Promise<unknown>;
  /** Steps executed when the operation finished. */
  end?: number;
  outcome?: "returned" | "threw";
  value?: unknown;
  error?: string;
}

function track(entry: OpRecord, controller: Controller): void {
  entry.settled.then(
    (value) => {
      entry.outcome = "returned";
      entry.value = value;
      entry.end = controller.steps.length;
    },
    (e: unknown) => {
      entry.outcome = "threw";
      entry.error = errorMessage(e);
      entry.end = controller.steps.length;
    },
  );
}

/**
 * The `convex` a client (or a flow) gets: ConvexHttpClient's call methods, answered by convex-test
 * with a browser's rights. A query or mutation is one step; an action's own calls are its steps.
 */
/** The in-process deployment's HTTP actions answer at this origin (nothing listens there). */
const SITE_URL = IN_PROCESS_URLS.site;

/**
 * A flow's `fetch`: the deployment's HTTP actions, run in-process. Like an action, the HTTP
 * action is no step of its own; its ctx.runQuery / runMutation calls are.
 */
function httpFor(session: Session, controller: Controller, calls: Call[], who: CallerRights): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : String(input), SITE_URL);
    const method = init?.method ?? request?.method ?? "GET";
    const record: Call = {
      path: `${method} ${url.pathname}`,
      endpoint: "http",
      start: controller.steps.length,
      end: 0,
      outcome: "unknown",
    };
    calls.push(record);
    try {
      const res = await session.fetch(`${url.pathname}${url.search}`, { ...init, method }, who);
      record.outcome = httpActionOutcome(res.status);
      return res;
    } catch (e) {
      record.outcome = "unknown";
      throw e;
    } finally {
      record.end = controller.steps.length;
    }
  };
}

function clientFor(session: Session, controller: Controller, client: number, calls: Call[], who: CallerRights) {
  const call = async (ref: unknown, args: unknown, expected?: Kind) => {
    const record: Call = {
      path: "?",
      endpoint: expected ?? "function",
      start: controller.steps.length,
      end: 0,
      outcome: "unknown",
    };
    calls.push(record);
    let mayHaveWritten = false;
    try {
      const fn = await session.deployment.resolve(ref);
      record.path = fn.path;
      // A call the deployment would refuse (internal, wrong kind) fails without touching the
      // database. An action is no step of its own: its ctx.runQuery / runMutation calls are.
      if (fn.isInternal || (expected && expected !== fn.kind) || fn.kind === "action") {
        const refused = fn.isInternal || (expected !== undefined && expected !== fn.kind);
        const first = controller.steps.length;
        try {
          const value = await session.call(fn, args, who, expected);
          record.outcome = "ok";
          return value;
        } catch (e) {
          // An action is not a transaction: a mutation it ran (or work it scheduled) before it
          // threw stays committed, so its failure is unknown, not a failure.
          mayHaveWritten = !refused && wroteSince(controller, client, first);
          throw e;
        }
      }
      const kind: StepKind = fn.kind;
      await controller.point(client, kind, fn.path);
      try {
        const value = await session.call(fn, args, who, expected);
        controller.finishStep(client, kind, fn.path, { ok: true, value });
        record.outcome = "ok";
        return value;
      } catch (e) {
        controller.finishStep(client, kind, fn.path, { ok: false, error: errorMessage(e) });
        throw e;
      }
    } catch (e) {
      // Every other answer here is the function's own (or the deployment's refusal): the call
      // failed, unless an action's committed write already made it unknown.
      record.outcome = mayHaveWritten ? "unknown" : "fail";
      // The action has finished: its writes are in place, none lands later.
      if (mayHaveWritten) record.ended = true;
      throw e;
    } finally {
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

/**
 * Whether `client` may have written since step `first`: a nested ctx.runMutation that committed
 * (or whose end was not seen), or work it scheduled. Steps of another call of the same client
 * running at once (Promise.all in a flow) count too: unknown is the safe side.
 */
function wroteSince(controller: Controller, client: number, first: number): boolean {
  return controller.steps
    .slice(first)
    .some(
      (s) =>
        s.client === client &&
        (s.kind === "runMutation" || s.kind === "schedule") &&
        (s.outcome === undefined || s.outcome.ok),
    );
}
