/**
 * A scenario's trials summed up, the same way in both modes: counts, rates, intervals, the bound a
 * clean run proves, scheduled work left beyond the horizon, and the verdict (see verdict.ts).
 */
import type { ResolvedScenario } from "../config/scenario.js";
import type { RunMode } from "../model.js";
import type { LogSummary, PendingSummary, ScenarioResult } from "./result.js";
import { wilson, zeroEventUpperBound } from "./stats.js";
import type { TrialResult } from "./trial.js";
import { ScenarioTally } from "./verdict.js";
import type { LogBatch } from "../backends/types.js";

/** Log lines a report keeps per scenario; the rest are in the log file. */
const FIRST_LOG_LINES = 10;

/** The fields every scenario result has, whichever driver produced it. */
export type ScenarioSummary = Pick<
  ScenarioResult,
  | "name"
  | "mode"
  | "verdict"
  | "headline"
  | "clients"
  | "rounds"
  | "violations"
  | "unknown"
  | "errors"
  | "detectionRate"
  | "interval"
  | "upperBound"
  | "worst"
  | "functions"
  | "pending"
  | "logs"
  | "operations"
  | "error"
  | "durationMs"
>;

/**
 * Full histories kept per scenario besides the sample: the first violating, unknown or failed
 * rounds. Every other round keeps only its summary, so a 10,000-round nightly run stays small.
 */
export const KEPT_HISTORIES = 10;

export class TrialLog {
  readonly tally = new ScenarioTally();
  private readonly pending = new Map<string, PendingSummary>();
  private readonly functions: Set<string>;
  private readonly logs: LogSummary = { count: 0, scheduledErrors: 0, first: [] };

  constructor(functions: Iterable<string>) {
    this.functions = new Set(functions);
  }

  /** The functions' console lines of a trial (the full text goes to the caller's log sink). */
  addLogs(batch: LogBatch): void {
    this.logs.count += batch.lines.length + batch.dropped;
    this.logs.scheduledErrors += batch.scheduledErrors;
    for (const line of batch.lines) {
      if (this.logs.first.length < FIRST_LOG_LINES) {
        this.logs.first.push(line.length > 300 ? `${line.slice(0, 299)}…` : line);
      }
    }
  }

  add(trial: TrialResult): void {
    this.tally.add(trial);
    for (const op of trial.history) for (const c of op.calls) this.functions.add(c.path);
    // Counted once per trial: ten users each leaving a reminder is one trial that left work pending.
    const soonest = new Map<string, number>();
    for (const p of trial.settled.pending) soonest.set(p.path, Math.min(soonest.get(p.path) ?? Infinity, p.dueInMs));
    for (const [path, dueInMs] of soonest) {
      const p = { path, dueInMs };
      const seen = this.pending.get(p.path);
      if (seen) {
        seen.count++;
        seen.dueInMs = Math.min(seen.dueInMs, p.dueInMs);
      } else {
        this.pending.set(p.path, { path: p.path, count: 1, dueInMs: p.dueInMs });
      }
    }
  }

  summary(
    mode: RunMode,
    name: string,
    clients: number,
    opts: { cutShort?: string; durationMs: number; noun?: string },
  ): ScenarioSummary {
    const t = this.tally;
    const { verdict, headline } = t.verdict(opts.cutShort, opts.noun);
    const ran = t.trials - t.errors;
    const clean = ran - t.unknown;
    const worst = t.worst;
    return {
      name,
      mode,
      verdict,
      headline,
      clients,
      rounds: ran,
      violations: t.violations,
      unknown: t.unknown,
      errors: t.errors + (opts.cutShort !== undefined ? 1 : 0),
      // Over decided trials only: an undecided trial is neither a detection nor a clean one.
      detectionRate: clean === 0 ? 0 : t.violations / clean,
      interval: wilson(t.violations, clean),
      // Only trials decided clean rule anything out; undecided ones prove nothing.
      ...(t.violations === 0 && clean > 0 && { upperBound: zeroEventUpperBound(clean) }),
      worst: worst ? { observed: worst.observed ?? NaN, limit: worst.limit ?? NaN } : null,
      functions: [...this.functions],
      ...(this.pending.size > 0 && { pending: [...this.pending.values()] }),
      ...(this.logs.count > 0 && { logs: this.logs }),
      operations: t.operations,
      ...(opts.cutShort !== undefined && { error: opts.cutShort }),
      durationMs: opts.durationMs,
    };
  }
}

/** A scenario that could not run (or finish): verdict error, with the backend's last words. */
export function failedScenario(
  scenario: ResolvedScenario,
  message: string,
  logTail?: string,
  mode: RunMode = "stress",
): ScenarioResult {
  return {
    ...new TrialLog(scenario.functions).summary(mode, scenario.name, scenario.clients, {
      cutShort: message,
      durationMs: 0,
    }),
    fireSpread: {},
    roundDetails: [],
    ...(logTail && { backendLog: logTail }),
  };
}
