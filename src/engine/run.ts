import { setTimeout as sleep } from "node:timers/promises";
import type { RunningBackend } from "../backends/types.js";
import { BackendError } from "../backends/types.js";
import { ConfigError } from "../errors.js";
import { UserClient, adminClient } from "./client.js";
import { checkOpenFileLimit } from "./fire.js";
import { prng } from "./random.js";
import { runRound, SetupError, errorMessage, type RoundResult } from "./round.js";
import type { ResolvedScenario } from "./scenario.js";
import type { RoundSummary, ScenarioResult, ScenarioVerdict } from "./result.js";
import { percentile, wilson, zeroEventUpperBound } from "./stats.js";

/**
 * Full histories kept per scenario besides the sample: the first violating, unknown or failed
 * rounds. Every other round keeps only its summary, so a 10,000-round nightly run stays small.
 */
export const KEPT_HISTORIES = 10;

export interface Progress {
  scenario: string;
  round: number;
  rounds: number;
  violations: number;
}

export interface RunScenarioOptions {
  backend: RunningBackend;
  scenario: ResolvedScenario;
  seed: number;
  onProgress?: (p: Progress) => void;
  /** Stops between rounds when aborted (SIGINT): the rounds so far are still reported. */
  signal?: AbortSignal;
}

/** Runs one scenario's rounds and sums them up. */
export async function runScenario({
  backend,
  scenario,
  seed,
  onProgress,
  signal,
}: RunScenarioOptions): Promise<ScenarioResult> {
  const began = performance.now();
  const admin = adminClient(backend.url, backend.adminKey);
  const random = prng(seed ^ hash(scenario.name));
  const rounds: RoundResult[] = [];
  let sample: RoundResult | undefined;
  const kept: RoundResult[] = [];
  let error: string | undefined;
  const functions = new Set(scenario.functions);
  checkOpenFileLimit(scenario.clients);
  // ConvexHttpClient queues one client's mutations one after another: one client per user.
  const users = Array.from({ length: scenario.clients }, () => new UserClient(backend.url));
  let lost: string | undefined;
  let violations = 0;
  try {
    for (let r = 1; r <= scenario.rounds && !signal?.aborted; r++) {
      let result: RoundResult;
      try {
        result = await runRound({
          backend,
          users,
          admin,
          scenario,
          round: r,
          random,
        });
      } catch (e) {
        if (await backendGone(backend)) {
          lost = `backend exited during round ${r} of "${scenario.name}"`;
          break;
        }
        // A setup that fails on the very first round is a mistake in the config or the function,
        // not a finding: report it as bad input.
        if (e instanceof SetupError && r === 1) throw new ConfigError(`scenario "${scenario.name}": ${e.message}`);
        error = e instanceof SetupError ? e.message : `round ${r} failed: ${errorMessage(e)}`;
        break;
      }
      // An unknown operation may mean the backend died under it; a round against a dead backend
      // decides nothing.
      if (result.verdict !== "ok" && result.verdict !== "violation" && (await backendGone(backend))) {
        lost = `backend exited during round ${r} of "${scenario.name}"`;
        break;
      }
      for (const op of result.history) for (const c of op.calls) functions.add(c.path);
      // Keep one full history: the first violation's, else the first round's. The rest keep only
      // their summary, so thousands of rounds cost little memory.
      if (!sample || (sample.verdict !== "violation" && result.verdict === "violation")) sample = result;
      if (result.verdict !== "ok" && kept.length < KEPT_HISTORIES) kept.push(result);
      rounds.push({ ...result, history: [] });
      if (result.verdict === "violation") violations++;
      onProgress?.({ scenario: scenario.name, round: r, rounds: scenario.rounds, violations });
      if (scenario.delayBetweenRounds > 0 && r < scenario.rounds) await sleep(scenario.delayBetweenRounds);
    }
  } finally {
    for (const u of users) u.close();
  }
  // Cut short by an interrupt or a dead backend: the rounds run so far still count (a race seen
  // stays a race), but a scenario that did not finish is never reported clean.
  if (lost === undefined && signal?.aborted && rounds.length < scenario.rounds && error === undefined) {
    error = `interrupted after ${rounds.length} of ${scenario.rounds} rounds`;
  }
  const result = {
    ...summarize(scenario, rounds, sample, [...functions], lost ?? error, performance.now() - began),
    histories: kept.map((r) => ({ round: r.round, verdict: r.verdict, history: r.history })),
  };
  if (lost !== undefined) {
    const logTail = signal?.aborted ? undefined : backend.logTail?.();
    throw new ScenarioCutShort(signal?.aborted ? "interrupted" : lost, {
      ...result,
      ...(signal?.aborted && { error: `interrupted after ${rounds.length} of ${scenario.rounds} rounds` }),
      ...(logTail && { backendLog: logTail }),
    });
  }
  return result;
}

/** The backend went away mid-scenario: the rounds run so far travel with the error. */
export class ScenarioCutShort extends BackendError {
  constructor(
    message: string,
    readonly partial: ScenarioResult,
  ) {
    super(message, partial.backendLog);
  }
}

/** A scenario that could not run (or finish): verdict error, with the backend's last words. */
export function failedScenario(scenario: ResolvedScenario, message: string, logTail?: string): ScenarioResult {
  return {
    ...summarize(scenario, [], undefined, scenario.functions, message, 0),
    ...(logTail && { backendLog: logTail }),
  };
}

/**
 * Is the backend gone? A refused connection can arrive before the process's exit is noticed, so
 * besides the process state, one readiness probe decides.
 */
async function backendGone(backend: RunningBackend): Promise<boolean> {
  if (backend.isAlive && !backend.isAlive()) return true;
  try {
    const res = await fetch(`${backend.url}/instance_name`, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return !res.ok;
  } catch {
    return true;
  }
}

function summarize(
  scenario: ResolvedScenario,
  rounds: RoundResult[],
  sample: RoundResult | undefined,
  functions: string[],
  error: string | undefined,
  durationMs: number,
): ScenarioResult {
  const decided = rounds.filter((r) => r.verdict !== "error");
  const violating = decided.filter((r) => r.verdict === "violation");
  const unknown = decided.filter((r) => r.verdict === "unknown").length;
  const errors = rounds.length - decided.length + (error ? 1 : 0);
  const n = decided.length;
  const worstRound = violating.reduce<RoundResult | undefined>(
    (w, r) => (w === undefined || excess(r) > excess(w) ? r : w),
    undefined,
  );
  const verdict: ScenarioVerdict =
    violating.length > 0 ? "race" : errors > 0 || n === 0 ? "error" : unknown > 0 ? "inconclusive" : "ok";
  const spreads = rounds.map((r) => r.fireSpreadMs).filter((s): s is number => s !== undefined);
  const last = decided.at(-1);
  const headline =
    verdict === "race"
      ? worstRound!.message
      : verdict === "error"
        ? (error ?? rounds.find((r) => r.verdict === "error")?.message ?? "no round completed")
        : verdict === "inconclusive"
          ? `${unknown}/${n} rounds undecided (unknown operations); no violation seen`
          : (last?.message ?? "");
  const roundDetails: RoundSummary[] = rounds.map(({ history: _h, spreadSource: _s, ...rest }) => rest);
  return {
    name: scenario.name,
    verdict,
    headline,
    clients: scenario.clients,
    rounds: n,
    violations: violating.length,
    unknown,
    errors,
    // Over decided rounds only: an undecided round is neither a detection nor a clean round.
    detectionRate: n - unknown === 0 ? 0 : violating.length / (n - unknown),
    interval: wilson(violating.length, n - unknown),
    // Only rounds that were decided clean rule anything out; undecided ones prove nothing.
    ...(violating.length === 0 && n - unknown > 0 && { upperBound: zeroEventUpperBound(n - unknown) }),
    worst: worstRound ? { observed: worstRound.observed ?? NaN, limit: worstRound.limit ?? NaN } : null,
    functions,
    fireSpread: {
      p50: percentile(spreads, 50),
      max: spreads.length ? Math.max(...spreads) : undefined,
      source: rounds.find((r) => r.spreadSource)?.spreadSource,
    },
    roundDetails,
    ...(sample && {
      sampleRound: { round: sample.round, history: sample.history },
    }),
    ...(error && { error }),
    durationMs,
  };
}

function excess(r: RoundResult): number {
  return (r.observed ?? 0) - (r.limit ?? 0);
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
