/** Stress mode: one scenario's rounds, each a trial driven by the timed fire, summed up. */
import { setTimeout as sleep } from "node:timers/promises";
import type { RunningBackend } from "../../backends/types.js";
import { BackendError } from "../../backends/types.js";
import { adminClient } from "../../backends/admin.js";
import { deploymentFunctions, type DeploymentFunctions } from "../../backends/functions.js";
import { prng } from "../random.js";
import type { ResolvedScenario } from "../../config/scenario.js";
import type { RoundSummary, ScenarioResult } from "../result.js";
import { percentile } from "../stats.js";
import { KEPT_HISTORIES, TrialLog } from "../summary.js";
import { SetupError, bounded, errorMessage, runTrial, setupConfigError, type TrialResult } from "../trial.js";
import { UserClient } from "./client.js";
import { FireDriver, type FireSpread } from "./driver.js";
import { checkOpenFileLimit } from "./gate.js";

// Defined beside the summary, which merged shards share; exported here as before.
export { KEPT_HISTORIES };

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
  /** Only rounds `from`..`to` of the scenario's rounds (one shard's part); default all of them. */
  range?: { from: number; to: number };
  onProgress?: (p: Progress) => void;
  /** Receives every line the functions logged, per scenario (the report keeps a count and the first lines). */
  onLogs?: (scenario: string, lines: string[]) => void;
  /** Stops between rounds (and waits) when aborted (SIGINT): the rounds so far are still reported. */
  signal?: AbortSignal;
}

type Round = TrialResult & FireSpread & { round: number };

/** Runs one scenario's rounds and sums them up. */
export async function runScenario({
  backend,
  scenario,
  seed,
  range = { from: 1, to: scenario.rounds },
  onProgress,
  onLogs,
  signal,
}: RunScenarioOptions): Promise<ScenarioResult> {
  const began = performance.now();
  const planned = range.to - range.from + 1;
  const admin = adminClient(backend.url, backend.adminKey);
  const log = new TrialLog(scenario.functions);
  const details: RoundSummary[] = [];
  const kept: Round[] = [];
  let sample: Round | undefined;
  let spreadSource: FireSpread["spreadSource"];
  let cutShort: string | undefined;
  let lost = false;
  checkOpenFileLimit(scenario.clients);
  // ConvexHttpClient queues one client's mutations one after another: one client per user.
  const users = Array.from({ length: scenario.clients }, () => new UserClient(backend.url, backend.adminKey));
  // The deployment's functions. Signed-in users act through the admin key, which reaches internal
  // functions on a real deployment: the engine keeps them off, so it must know which those are.
  // And an action's error reply cannot say whether the mutations it ran committed: the engine
  // must know which functions are actions (a call through /api/function does not say).
  let functions: DeploymentFunctions | undefined;
  try {
    functions = await bounded(deploymentFunctions(admin), scenario.opTimeout, "listing the deployment's functions");
  } catch (e) {
    if (scenario.identity) {
      throw new BackendError(
        `could not list the deployment's functions (needed for signed-in users): ${errorMessage(e)}`,
      );
    }
    // Without the list, an error reply of a call whose kind its endpoint does not tell is unknown.
  }
  const driver = new FireDriver(backend, users, scenario, prng(seed ^ hash(scenario.name)), admin, signal, {
    internal: scenario.identity ? functions?.internal : undefined,
    kinds: functions?.kinds,
  });
  try {
    for (let r = range.from; r <= range.to && !signal?.aborted; r++) {
      let trial: TrialResult;
      try {
        // Past the op timeout a call is unknown to its client: the deployment may end it.
        await backend.reset?.({ timeLimitMs: scenario.opTimeout });
        trial = await runTrial(scenario, driver);
      } catch (e) {
        if (!(await backend.probe())) {
          lost = true;
          cutShort = `backend exited during round ${r} of "${scenario.name}"`;
          break;
        }
        // A setup that fails on the very first round is a mistake in the config or the function,
        // not a finding: report it as bad input.
        if (e instanceof SetupError && r === range.from) throw setupConfigError(scenario.name, e.message);
        cutShort = e instanceof SetupError ? e.message : `round ${r} failed: ${errorMessage(e)}`;
        break;
      }
      // An undecided round may mean the backend died under it; a round against a dead backend
      // decides nothing, and what it saw is not counted.
      if ((trial.verdict === "unknown" || trial.verdict === "error") && !(await backend.probe())) {
        lost = true;
        cutShort = `backend exited during round ${r} of "${scenario.name}"`;
        break;
      }
      const round: Round = { ...trial, ...driver.spread, round: r };
      spreadSource ??= round.spreadSource;
      log.add(trial);
      const lines = await backend.logs?.take().catch(() => undefined);
      if (lines) {
        log.addLogs(lines);
        if (lines.lines.length > 0) onLogs?.(scenario.name, lines.lines);
      }
      // Keep one full history: the first violation's, else the first round's. The rest keep only
      // their summary, so thousands of rounds cost little memory.
      if (!sample || (sample.verdict !== "violation" && round.verdict === "violation")) sample = round;
      if (round.verdict !== "ok" && kept.length < KEPT_HISTORIES) kept.push(round);
      details.push(summarizeRound(round));
      onProgress?.({
        scenario: scenario.name,
        round: r - range.from + 1,
        rounds: planned,
        violations: log.tally.violations,
      });
      if (scenario.delayBetweenRounds > 0 && r < range.to) {
        await sleep(scenario.delayBetweenRounds, undefined, { signal }).catch(() => undefined);
      }
    }
  } finally {
    for (const u of users) u.close();
  }
  // Cut short by an interrupt: the rounds run so far still count (a race seen stays a race), but a
  // scenario that did not finish is never reported clean.
  const ran = details.length;
  if (signal?.aborted && ran < planned && cutShort === undefined) {
    cutShort = `interrupted after ${ran} of ${planned} rounds`;
  }
  if (signal?.aborted && lost) cutShort = `interrupted after ${ran} of ${planned} rounds`;
  const spreads = details.map((d) => d.fireSpreadMs).filter((s): s is number => s !== undefined);
  const result: ScenarioResult = {
    ...log.summary("stress", scenario.name, scenario.clients, {
      cutShort,
      durationMs: performance.now() - began,
      noun: "rounds",
    }),
    fireSpread: {
      p50: percentile(spreads, 50),
      max: spreads.length ? Math.max(...spreads) : undefined,
      source: spreadSource,
    },
    roundDetails: details,
    ...(sample && { sampleRound: { round: sample.round, history: sample.history } }),
    histories: kept.map((r) => ({ round: r.round, verdict: r.verdict, history: r.history })),
  };
  if (lost) {
    const logTail = signal?.aborted ? undefined : backend.logTail?.();
    throw new ScenarioCutShort(signal?.aborted ? "interrupted" : cutShort!, {
      ...result,
      ...(logTail && { backendLog: logTail }),
    });
  }
  return result;
}

function summarizeRound(r: Round): RoundSummary {
  return {
    round: r.round,
    verdict: r.verdict,
    ...(r.observed !== undefined && { observed: r.observed }),
    ...(r.limit !== undefined && { limit: r.limit }),
    message: r.message,
    ...(r.fireSpreadMs !== undefined && { fireSpreadMs: r.fireSpreadMs }),
    durationMs: r.durationMs,
  };
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

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
