/**
 * The trial: setup → each simulated user's operation → the history → settle → invariant →
 * verdict. A stress round and an explore schedule are both trials; they differ only in their
 * driver (the timed HTTP fire, or the controlled scheduler), never in what a history means.
 */
import type { Args, SetupValue } from "../config/types.js";
import type { Operation } from "../model.js";
import { callFunction } from "../backends/admin.js";
import { check } from "./invariants.js";
import type { ResolvedScenario } from "../config/scenario.js";
import type { SettleResult } from "./settle.js";
import { decideTrial, type TrialDecision } from "./verdict.js";
import { withDeadline } from "./deadline.js";
import { ConfigError, errorMessage } from "../errors.js";

export interface TrialDriver {
  /** Setup, invariant reads and custom checks: admin rights, internal functions allowed. */
  readonly admin: unknown;
  /** Every simulated user's operation, released together; one history entry per user. */
  operate(setup: SetupValue): Promise<Operation[]>;
  /** Waits until no scheduled work runs or falls due within the scenario's horizon. */
  settle(): Promise<SettleResult>;
}

export interface TrialResult extends TrialDecision {
  setup: SetupValue;
  history: Operation[];
  settled: SettleResult;
  durationMs: number;
}

/** The trial could not be set up at all (as opposed to an invariant failing). */
export class SetupError extends Error {}

/**
 * A setup that fails on a scenario's first trial is a mistake in the config or the function, not
 * a finding: bad input (exit 2), in stress and explore alike. A later trial's is an error result.
 */
export function setupConfigError(scenario: string, setupError: string): ConfigError {
  return new ConfigError(`scenario "${scenario}": ${setupError}`);
}

export async function runTrial(
  scenario: ResolvedScenario,
  driver: TrialDriver,
  setupCall: { path: string; args: Args } | undefined = scenario.setup,
): Promise<TrialResult> {
  const began = performance.now();
  const setup = await runSetup(driver.admin, setupCall, scenario.opTimeout);
  const history = await driver.operate(setup);
  const settled = await driver.settle();
  const invariant = await bounded(
    check({ invariant: scenario.invariant, history, admin: driver.admin as never, setup }),
    scenario.opTimeout,
    "invariant check",
  ).catch((e: unknown) => ({ ok: "error" as const, message: `invariant check failed: ${errorMessage(e)}` }));
  return {
    ...decideTrial(history, invariant, settled),
    setup,
    history,
    settled,
    durationMs: performance.now() - began,
  };
}

async function runSetup(
  admin: unknown,
  call: { path: string; args: Args } | undefined,
  timeoutMs: number,
): Promise<SetupValue> {
  if (!call) return {};
  let setup: unknown;
  try {
    setup = await bounded(callFunction(admin, call.path, call.args), timeoutMs, "setup");
  } catch (e) {
    throw new SetupError(`setup ${call.path} threw: ${errorMessage(e)}`);
  }
  if (setup === null || typeof setup !== "object" || Array.isArray(setup)) {
    throw new SetupError(
      `setup ${call.path} returned ${JSON.stringify(setup)}; it must return an object such as { sessionId }, the trial's context`,
    );
  }
  return setup;
}

/** An admin call that never answers must not hang the run: past `ms` it fails. */
export function bounded<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return withDeadline(work, ms, () => new Error(`${what}: no answer within ${ms} ms (op-timeout)`));
}

export { errorMessage };

/** A value as the JSON report holds it: bigints as strings, undefined as null, cycles as text. */
export function jsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
  } catch {
    return String(value);
  }
}
