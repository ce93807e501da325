import type { BackendKind } from "../backends/types.js";
import type { ExploreResult } from "../explore/types.js";
import type { Operation } from "./history.js";
import type { RoundVerdict } from "./round.js";

/** race: a violation was seen. ok: none, and every round was decided. inconclusive: none seen, but
 * some rounds could not be decided. error: the scenario could not run. */
export type ScenarioVerdict = "race" | "ok" | "inconclusive" | "error";
export type RunVerdict = ScenarioVerdict;

export interface RoundSummary {
  round: number;
  verdict: RoundVerdict;
  observed?: number;
  limit?: number;
  message: string;
  fireSpreadMs?: number;
  durationMs: number;
}

export interface ScenarioResult {
  name: string;
  verdict: ScenarioVerdict;
  /** One line in the seed's style: "Overbooking: 7/5 enrollments" or "5/5 enrollments (at capacity)". */
  headline: string;
  clients: number;
  /** Rounds that ran to a verdict of their own (ok, violation or unknown). */
  rounds: number;
  violations: number;
  unknown: number;
  errors: number;
  /** violations / rounds. */
  detectionRate: number;
  /** 95 % Wilson interval of the per-round detection probability. */
  interval: [number, number];
  /** When nothing was seen: the per-round race probability this run rules out (one-sided 95 %). */
  upperBound?: number;
  worst: { observed: number; limit: number } | null;
  /** Functions the scenario called (act and flow calls), for annotations. */
  functions: string[];
  fireSpread: { p50?: number; max?: number; source?: "server" | "client" };
  roundDetails: RoundSummary[];
  /** The full history of the first violating round (or of the first round when none violated). */
  sampleRound?: { round: number; history: Operation[] };
  /** Full histories of the first (at most 10) rounds that violated or could not be decided. */
  histories?: { round: number; verdict: RoundVerdict; history: Operation[] }[];
  error?: string;
  /** The backend's last log lines when it failed during this scenario. */
  backendLog?: string;
  durationMs: number;
}

export interface RunResult {
  tool: { name: "race-check"; version: string };
  verdict: RunVerdict;
  startedAt: string;
  durationMs: number;
  seed: number;
  backend: { kind: BackendKind; startupMs?: number };
  config: string;
  scenarios: ScenarioResult[];
  /** The interleaving search that followed the stress rounds (the action's `explore: true`). */
  explore?: ExploreResult;
}
