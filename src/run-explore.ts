/**
 * `race-check explore`: search each scenario's schedules (explore/strategies.ts), shrink what violates
 * (explore/shrink.ts), and make it replayable (explore/token.ts). Each schedule is a trial of the controlled
 * driver; the verdicts and the summary are the engine's, as in stress mode.
 */
import { prepareRun, type PrepareOptions } from "./config/prepare.js";
import type { ResolvedScenario } from "./config/scenario.js";
import { randomSeed } from "./engine/random.js";
import { runSchedule, type Chooser } from "./engine/controlled/driver.js";
import type { ScheduleRun } from "./engine/controlled/types.js";
import {
  runEnvelope,
  type Counterexample,
  type RunResult,
  type ScenarioResult,
  type StrategyName,
} from "./engine/result.js";
import { TrialLog, failedScenario } from "./engine/summary.js";
import { jsonSafe, setupConfigError } from "./engine/trial.js";
import { withInProcessBackend } from "./backends/index.js";
import type { InProcessBackend } from "./backends/in-process.js";
import type { LogBatch } from "./backends/types.js";
import { ConfigError } from "./errors.js";
// The trace is rendered as the counterexample is described: from the steps with their values in
// full, before the report's JSON-safe copy of them.
import { renderTrace } from "./report/trace.js";
import { shrink } from "./explore/shrink.js";
import {
  exhaustiveStrategy,
  mixedStrategy,
  pctStrategy,
  randomStrategy,
  replay,
  type Strategy,
} from "./explore/strategies.js";
import { decodeToken, encodeToken, replayCommand, traceFingerprint, type ReplayToken } from "./explore/token.js";

export const EXPLORE_DEFAULTS = { budget: 1000, strategy: "mixed" as StrategyName, depth: 2 } as const;

export interface ExploreOptions extends Pick<PrepareOptions, "configFile" | "config" | "projectDir" | "cwd" | "env"> {
  signal?: AbortSignal;
  scenario?: string | string[];
  /** Clients per schedule (default: the scenario's `explore.clients`, else its `clients`). */
  clients?: number;
  /** Schedules per scenario (default 1000). */
  budget?: number;
  strategy?: StrategyName;
  /** PCT depth (pct and mixed): priority change points + 1 (default 2). */
  depth?: number;
  seed?: number;
  /** Replays exactly one recorded schedule instead of searching. */
  replay?: string;
  onProgress?: (p: { scenario: string; schedules: number; budget: number }) => void;
  /** Receives every line the functions logged, per scenario (the report keeps a count and the first lines). */
  onLogs?: (scenario: string, lines: string[]) => void;
}

export interface ScenarioExploreInput {
  deployment: InProcessBackend;
  scenario: ResolvedScenario;
  configLabel: string;
  clients?: number;
  budget?: number;
  strategy?: StrategyName;
  depth?: number;
  seed: number;
  signal?: AbortSignal;
  onProgress?: ExploreOptions["onProgress"];
  logs?: { capture: { take(): LogBatch }; sink?: ExploreOptions["onLogs"] };
}

export async function runExplore(opts: ExploreOptions = {}): Promise<RunResult> {
  const began = performance.now();
  const startedAt = new Date().toISOString();
  let token: ReplayToken | undefined;
  if (opts.replay !== undefined) {
    try {
      token = decodeToken(opts.replay);
    } catch (e) {
      throw new ConfigError((e as Error).message);
    }
    const wanted = [opts.scenario ?? []].flat();
    if (wanted.length > 0 && !(wanted.length === 1 && wanted[0] === token.scenario)) {
      throw new ConfigError(
        `--replay: the token is for scenario "${token.scenario}", not ${wanted.map((w) => `"${w}"`).join(", ")}`,
      );
    }
  }
  const prepared = await prepareRun({
    configFile: opts.configFile,
    config: opts.config,
    projectDir: opts.projectDir,
    cwd: opts.cwd,
    env: opts.env,
    signal: opts.signal,
    scenario: token ? token.scenario : opts.scenario,
  });
  const seed = opts.seed ?? randomSeed();
  const scenarios = await withInProcessBackend(
    { projectDir: prepared.projectDir, functionsDir: prepared.functionsDir, deploymentEnv: prepared.env },
    searchAll,
  );
  async function searchAll(deployment: InProcessBackend, capture: { take(): LogBatch }): Promise<ScenarioResult[]> {
    const scenarios: ScenarioResult[] = [];
    for (const scenario of prepared.scenarios) {
      if (opts.signal?.aborted) break;
      try {
        scenarios.push(
          token
            ? await replayScenario(deployment, scenario, token, prepared.configLabel)
            : await exploreScenario({
                deployment,
                scenario,
                configLabel: prepared.configLabel,
                clients: opts.clients,
                budget: opts.budget,
                strategy: opts.strategy,
                depth: opts.depth,
                seed,
                signal: opts.signal,
                onProgress: opts.onProgress,
                logs: { capture, sink: opts.onLogs },
              }),
        );
      } catch (e) {
        // As in stress: a later scenario's broken setup must not throw away the earlier scenarios' results.
        if (!(e instanceof ConfigError) || scenarios.length === 0) throw e;
        scenarios.push(failedScenario(scenario, e.message, undefined, "explore"));
      }
    }
    return scenarios;
  }
  return runEnvelope({
    mode: "explore",
    startedAt,
    began,
    seed,
    backend: { kind: "embedded" },
    prepared,
    cwd: opts.cwd,
    scenarios,
  });
}

function strategyFor(name: StrategyName, seed: number, depth: number): Strategy {
  if (name === "random") return randomStrategy(seed);
  if (name === "exhaustive") return exhaustiveStrategy();
  if (name === "mixed") return mixedStrategy(seed, depth);
  return pctStrategy(seed, depth);
}

export async function exploreScenario(input: ScenarioExploreInput): Promise<ScenarioResult> {
  const began = performance.now();
  const { deployment, scenario, seed } = input;
  const n = input.clients ?? scenario.explore?.clients ?? scenario.clients;
  const clients = Array.from({ length: n }, (_, i) => i);
  const budget = input.budget ?? EXPLORE_DEFAULTS.budget;
  const strategyName = input.strategy ?? EXPLORE_DEFAULTS.strategy;
  const depth = input.depth ?? EXPLORE_DEFAULTS.depth;
  const strategy = strategyFor(strategyName, seed, depth);
  const run = (cs: number[], chooser: Chooser, stopAfter?: number) =>
    runSchedule({ deployment, scenario, clients: cs, chooser, seed, stopAfter, signal: input.signal });

  const log = new TrialLog(scenario.functions);
  const seen = new Set<string>();
  let schedules = 0;
  let counterexample: Counterexample | undefined;
  let firstViolationAt: number | undefined;
  while (schedules < budget && !input.signal?.aborted) {
    const chooser = strategy.next();
    if (!chooser) break;
    const r = await run(clients, chooser);
    if (schedules === 0 && r.setupError !== undefined) throw setupConfigError(scenario.name, r.setupError);
    schedules++;
    strategy.observe(r);
    seen.add(r.choices.join(","));
    log.add(r);
    if (input.logs) {
      const batch = input.logs.capture.take();
      log.addLogs(batch);
      if (batch.lines.length > 0) input.logs.sink?.(scenario.name, batch.lines);
    }
    input.onProgress?.({ scenario: scenario.name, schedules, budget });
    if (r.verdict === "violation") {
      firstViolationAt = schedules;
      const shrunk = await shrink(r, run, 2000, seed);
      // What the shrinking runs logged repeats what the search saw.
      input.logs?.capture.take();
      counterexample = describe(scenario, shrunk.run, seed, input.configLabel, shrunk.runs, r);
      break;
    }
    // A setup that fails or a client that hangs will do the same in every schedule.
    if (r.verdict === "error") break;
  }
  const exhausted = strategyName === "exhaustive" ? strategy.exhausted && !counterexample : undefined;
  const interrupted = input.signal?.aborted === true && !counterexample && schedules < budget && !exhausted;
  const summary = log.summary("explore", scenario.name, n, {
    // An interrupted search covered less than it was asked to: never report it as a clean one.
    cutShort: interrupted ? `interrupted after ${schedules} of ${budget} schedules` : undefined,
    durationMs: performance.now() - began,
    noun: "schedules",
  });
  const space = exhausted ? ", every interleaving tried" : "";
  return {
    ...summary,
    // The verdict is the engine's; a clean search's headline says what it covered.
    headline:
      summary.verdict === "ok"
        ? `no violation in ${schedules} schedule(s), ${seen.size} distinct interleaving(s)${space}`
        : counterexample
          ? counterexample.message
          : summary.headline,
    fireSpread: {},
    roundDetails: [],
    strategy: strategyName,
    seed,
    ...((strategyName === "pct" || strategyName === "mixed") && { depth }),
    budget,
    schedules,
    distinctInterleavings: seen.size,
    ...(exhausted !== undefined && { exhausted }),
    ...(firstViolationAt !== undefined && { firstViolationAt }),
    ...(counterexample && { counterexample }),
  };
}

export async function replayScenario(
  deployment: InProcessBackend,
  scenario: ResolvedScenario,
  token: ReplayToken,
  configLabel: string,
): Promise<ScenarioResult> {
  const began = performance.now();
  const r = await runSchedule({
    deployment,
    scenario,
    clients: token.clients,
    chooser: replay(token.choices),
    seed: token.seed,
    stopAfter: token.stopAfter,
  });
  if (r.setupError !== undefined) throw setupConfigError(scenario.name, r.setupError);
  const fingerprint = traceFingerprint(r.steps);
  const mismatch =
    (token.trace !== undefined && token.trace !== fingerprint) || r.choices.join() !== token.choices.join()
      ? "this replay differs from the recorded trace: the functions, the config or race-check changed since the token was made"
      : undefined;
  const log = new TrialLog(scenario.functions);
  log.add(r);
  const summary = log.summary("explore", scenario.name, token.clients.length, {
    durationMs: performance.now() - began,
    noun: "schedules",
  });
  return {
    ...summary,
    headline: r.message,
    fireSpread: {},
    roundDetails: [],
    strategy: "exhaustive",
    seed: token.seed,
    budget: 1,
    schedules: 1,
    distinctInterleavings: 1,
    counterexample: describe(scenario, r, token.seed, configLabel, 0, r),
    ...(mismatch && { replayMismatch: mismatch }),
  };
}

function describe(
  scenario: ResolvedScenario,
  r: ScheduleRun,
  seed: number,
  configLabel: string,
  shrinkRuns: number,
  original: ScheduleRun,
): Counterexample {
  const token = encodeToken({
    scenario: scenario.name,
    clients: r.clients,
    choices: r.choices,
    seed,
    ...(r.stoppedAfter !== undefined && { stopAfter: r.stoppedAfter }),
    trace: traceFingerprint(r.steps),
  });
  return {
    clients: r.clients,
    // The report is JSON: values such as bigints become their JSON-safe form.
    steps: r.steps.map((s) => (s.outcome?.ok ? { ...s, outcome: { ok: true, value: jsonSafe(s.outcome.value) } } : s)),
    trace: renderTrace(r.steps, r.message, r.stoppedAfter),
    message: r.message,
    ...(r.observed !== undefined && { observed: r.observed }),
    ...(r.limit !== undefined && { limit: r.limit }),
    token,
    command: replayCommand(configLabel, scenario.name, token),
    shrinkRuns,
    original: { clients: original.clients.length, steps: original.steps.length },
  };
}
