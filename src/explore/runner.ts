/** `race-check explore`: search the interleavings of each scenario, shrink what violates, report. */
import path from "node:path";
import { prepareRun, type RunOptions } from "../run.js";
import type { ResolvedScenario } from "../engine/scenario.js";
import { randomSeed } from "../engine/random.js";
import { ConfigError } from "../errors.js";
import { flag, shellQuote } from "../report/escape.js";
import { VERSION } from "../version.js";
import { ExploreBackend } from "./backend.js";
import { jsonSafe, runSchedule } from "./schedule.js";
import { shrink } from "./shrink.js";
import {
  exhaustiveStrategy,
  mixedStrategy,
  pctStrategy,
  randomStrategy,
  replay,
  type Chooser,
  type Strategy,
} from "./strategies.js";
import { decodeToken, encodeToken, traceFingerprint, type ReplayToken } from "./token.js";
import { renderTrace } from "./trace.js";
import type { Counterexample, ExploreResult, ExploreScenarioResult, ScheduleRun, StrategyName } from "./types.js";

export const EXPLORE_DEFAULTS = { budget: 1000, strategy: "mixed" as StrategyName, depth: 2 } as const;

export interface ExploreOptions extends Pick<RunOptions, "configFile" | "config" | "projectDir" | "cwd" | "signal"> {
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
}

export interface ScenarioExploreInput {
  backend: ExploreBackend;
  scenario: ResolvedScenario;
  configLabel: string;
  clients?: number;
  budget?: number;
  strategy?: StrategyName;
  depth?: number;
  seed: number;
  signal?: AbortSignal;
  onProgress?: ExploreOptions["onProgress"];
}

export async function runExplore(opts: ExploreOptions = {}): Promise<ExploreResult> {
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
    scenario: token ? token.scenario : opts.scenario,
  });
  const backend = await ExploreBackend.load(path.resolve(prepared.projectDir, prepared.functionsDir));
  const seed = opts.seed ?? randomSeed();
  const scenarios: ExploreScenarioResult[] = [];
  for (const scenario of prepared.scenarios) {
    if (opts.signal?.aborted) break;
    scenarios.push(
      token
        ? await replayScenario(backend, scenario, token, prepared.configLabel)
        : await exploreScenario({
            backend,
            scenario,
            configLabel: prepared.configLabel,
            clients: opts.clients,
            budget: opts.budget,
            strategy: opts.strategy,
            depth: opts.depth,
            seed,
            signal: opts.signal,
            onProgress: opts.onProgress,
          }),
    );
  }
  return {
    tool: { name: "race-check", version: VERSION },
    mode: "explore",
    verdict: scenarios.some((s) => s.verdict === "race")
      ? "race"
      : scenarios.some((s) => s.verdict === "error") || scenarios.length === 0
        ? "error"
        : scenarios.some((s) => s.verdict === "inconclusive")
          ? "inconclusive"
          : "ok",
    startedAt,
    durationMs: performance.now() - began,
    config: prepared.configLabel,
    scenarios,
  };
}

function strategyFor(name: StrategyName, seed: number, depth: number): Strategy {
  if (name === "random") return randomStrategy(seed);
  if (name === "exhaustive") return exhaustiveStrategy();
  if (name === "mixed") return mixedStrategy(seed, depth);
  return pctStrategy(seed, depth);
}

export async function exploreScenario(input: ScenarioExploreInput): Promise<ExploreScenarioResult> {
  const began = performance.now();
  const { backend, scenario, seed } = input;
  const n = input.clients ?? scenario.explore?.clients ?? scenario.clients;
  const clients = Array.from({ length: n }, (_, i) => i);
  const budget = input.budget ?? EXPLORE_DEFAULTS.budget;
  const strategyName = input.strategy ?? EXPLORE_DEFAULTS.strategy;
  const depth = input.depth ?? EXPLORE_DEFAULTS.depth;
  const strategy = strategyFor(strategyName, seed, depth);
  const run = (cs: number[], chooser: Chooser, stopAfter?: number) =>
    runSchedule({ backend, scenario, clients: cs, chooser, seed, stopAfter });

  const base = {
    name: scenario.name,
    strategy: strategyName,
    seed,
    ...((strategyName === "pct" || strategyName === "mixed") && { depth }),
    clients: n,
    budget,
  };
  const seen = new Set<string>();
  let schedules = 0;
  let undecided = 0;
  let lastError: string | undefined;
  while (schedules < budget && !input.signal?.aborted) {
    const chooser = strategy.next();
    if (!chooser) break;
    const r = await run(clients, chooser);
    schedules++;
    strategy.observe(r);
    seen.add(r.choices.join(","));
    input.onProgress?.({ scenario: scenario.name, schedules, budget });
    if (r.verdict === "violation") {
      const shrunk = await shrink(r, run, 2000, seed);
      const counterexample = describe(scenario, shrunk.run, seed, input.configLabel, shrunk.runs, r);
      return {
        ...base,
        verdict: "race",
        headline: shrunk.run.message,
        schedules,
        distinctInterleavings: seen.size,
        ...(strategyName === "exhaustive" && { exhausted: false }),
        firstViolationAt: schedules,
        undecided,
        counterexample,
        durationMs: performance.now() - began,
      };
    }
    if (r.verdict === "error") {
      undecided++;
      lastError = r.message;
      // A setup that fails or a client that hangs will do the same in every schedule.
      if (r.steps.length === 0 || /reached no scheduling point|^setup /.test(r.message)) break;
    }
    if (r.verdict === "unknown") undecided++;
  }
  const exhausted = strategyName === "exhaustive" ? strategy.exhausted : undefined;
  const space = exhausted ? ", every interleaving tried" : "";
  const interrupted = input.signal?.aborted === true;
  // An interrupted search covered less than it was asked to: never report it as a clean one.
  const verdict = lastError && schedules === undecided ? "error" : undecided > 0 || interrupted ? "inconclusive" : "ok";
  return {
    ...base,
    verdict,
    headline:
      verdict === "error"
        ? (lastError ?? "error")
        : `${interrupted ? "interrupted: " : ""}no violation in ${schedules} schedule(s), ${seen.size} distinct interleaving(s)${space}`,
    schedules,
    distinctInterleavings: seen.size,
    ...(exhausted !== undefined && { exhausted }),
    undecided,
    ...(lastError && { error: lastError }),
    durationMs: performance.now() - began,
  };
}

export async function replayScenario(
  backend: ExploreBackend,
  scenario: ResolvedScenario,
  token: ReplayToken,
  configLabel: string,
): Promise<ExploreScenarioResult> {
  const began = performance.now();
  const r = await runSchedule({
    backend,
    scenario,
    clients: token.clients,
    chooser: replay(token.choices),
    seed: token.seed,
    stopAfter: token.stopAfter,
  });
  const fingerprint = traceFingerprint(r.steps);
  const mismatch =
    (token.trace !== undefined && token.trace !== fingerprint) || r.choices.join() !== token.choices.join()
      ? "this replay differs from the recorded trace: the functions, the config or race-check changed since the token was made"
      : undefined;
  const counterexample = describe(scenario, r, token.seed, configLabel, 0, r);
  return {
    name: scenario.name,
    verdict:
      r.verdict === "violation" ? "race" : r.verdict === "ok" ? "ok" : r.verdict === "error" ? "error" : "inconclusive",
    headline: r.message,
    strategy: "exhaustive",
    seed: token.seed,
    clients: token.clients.length,
    budget: 1,
    schedules: 1,
    distinctInterleavings: 1,
    undecided: r.verdict === "unknown" || r.verdict === "error" ? 1 : 0,
    counterexample,
    ...(mismatch && { replayMismatch: mismatch }),
    ...(r.verdict === "error" && { error: r.message }),
    durationMs: performance.now() - began,
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

export function replayCommand(configLabel: string, scenario: string, token: string): string {
  return ["npx", "race-check", "explore", ...flag("--config", configLabel), ...flag("--scenario", scenario)]
    .concat("--replay", token)
    .map(shellQuote)
    .join(" ");
}
