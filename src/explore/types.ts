import type { Operation } from "../engine/history.js";

/** A step is one atomic unit of backend work: a transaction or a scheduler call. */
export type StepKind = "query" | "mutation" | "runQuery" | "runMutation" | "schedule";

export type StepOutcome = { ok: true; value: unknown } | { ok: false; error: string };

export interface Step {
  client: number;
  /** The client's operation: the scenario's function, or "flow" for a client flow. */
  op: string;
  kind: StepKind;
  /** The function this step runs, e.g. "ledgerItems:enrollment". */
  path: string;
  /** Missing while the step's call is still in flight (a schedule cut short). */
  outcome?: StepOutcome;
}

export type ScheduleVerdict = "ok" | "violation" | "unknown" | "error";

/** One executed schedule: which client ran at each step, what happened, and the verdict. */
export interface ScheduleRun {
  clients: number[];
  /** The client chosen at each step: replaying these choices reproduces the run. */
  choices: number[];
  /** The clients that could have run at each step (for exhaustive search). */
  enabled: number[][];
  steps: Step[];
  history: Operation[];
  setup: unknown;
  verdict: ScheduleVerdict;
  message: string;
  observed?: number;
  limit?: number;
  /** Set when the schedule stopped before every client finished (a shortened counterexample). */
  stoppedAfter?: number;
}

export type StrategyName = "mixed" | "random" | "pct" | "exhaustive";

/** What `explore` found for one scenario. */
export interface ExploreScenarioResult {
  name: string;
  verdict: "race" | "ok" | "inconclusive" | "error";
  headline: string;
  strategy: StrategyName;
  seed: number;
  depth?: number;
  clients: number;
  budget: number;
  /** Schedules executed by the search (shrinking not included). */
  schedules: number;
  /** Distinct step orders among them. */
  distinctInterleavings: number;
  /** Exhaustive search only: every interleaving was tried. */
  exhausted?: boolean;
  /** 1-based index of the first violating schedule. */
  firstViolationAt?: number;
  /** Schedules whose verdict could not be decided (unknown or error). */
  undecided: number;
  counterexample?: Counterexample;
  /** A replay that did not reproduce what its token recorded. */
  replayMismatch?: string;
  error?: string;
  durationMs: number;
}

export interface Counterexample {
  clients: number[];
  steps: Step[];
  /** Readable trace, one line per step, ending with "⇒ <violation>". */
  trace: string[];
  message: string;
  observed?: number;
  limit?: number;
  token: string;
  command: string;
  /** Schedules run while shrinking. */
  shrinkRuns: number;
  /** Clients and steps of the first violation, before shrinking. */
  original: { clients: number; steps: number };
}

export interface ExploreResult {
  tool: { name: "race-check"; version: string };
  mode: "explore";
  verdict: "race" | "ok" | "inconclusive" | "error";
  startedAt: string;
  durationMs: number;
  config: string;
  scenarios: ExploreScenarioResult[];
}
