/**
 * Gating on what is new: how each scenario stands against what the config expects of it
 * (`expect: "race"`) and against a baseline report (the base branch's), and which of them fail
 * the check under `fail-on`. One module for the CLI and the action, so both decide alike.
 */
import type { RunResult, RunVerdict } from "../engine/result.js";
import { ConfigError } from "../errors.js";
import { joinVerdicts } from "../model.js";

export type FailOn = "race" | "new-race" | "never";
export const FAIL_ON: readonly FailOn[] = ["race", "new-race", "never"];

/**
 * - race: races now, not expected, and there is no baseline to compare with
 * - new: races now, not expected, and did not race in the baseline
 * - still: races now and raced in the baseline, not expected
 * - known: races now, and the config expects it
 * - fixed: raced in the baseline, decided clean now
 * - may-be-fixed: the config expects a race, and this run decided it clean
 * - none: nothing to say (clean before and now, or undecided, or could not run)
 */
export type Standing = "race" | "new" | "still" | "known" | "fixed" | "may-be-fixed" | "none";

export interface ScenarioStanding {
  name: string;
  standing: Standing;
  /** The scenario's verdict with the interleaving search's joined in. */
  verdict: RunVerdict;
}

export interface Comparison {
  /** What the run was compared with: a file, or the commit of the base branch's report. */
  baseline?: { label: string; startedAt?: string };
  scenarios: ScenarioStanding[];
}

/** Each scenario's verdict, the search's (run.explore) joined in: a race either found is a race. */
export function scenarioVerdicts(run: RunResult): Map<string, RunVerdict> {
  const out = new Map<string, RunVerdict>();
  for (const s of run.scenarios) out.set(s.name, s.verdict);
  for (const s of run.explore?.scenarios ?? []) {
    const stress = out.get(s.name);
    out.set(s.name, stress === undefined ? s.verdict : joinVerdicts([stress, s.verdict]));
  }
  return out;
}

function expectedRaces(run: RunResult): Set<string> {
  const all = [...run.scenarios, ...(run.explore?.scenarios ?? [])];
  return new Set(all.filter((s) => s.expect === "race").map((s) => s.name));
}

/** How every scenario of `run` stands; `baseline` is the base branch's report, when there is one. */
export function compareRuns(
  run: RunResult,
  baseline?: { run: RunResult; label: string; startedAt?: string },
): Comparison {
  const before = baseline && scenarioVerdicts(baseline.run);
  const expected = expectedRaces(run);
  const scenarios: ScenarioStanding[] = [];
  for (const [name, verdict] of scenarioVerdicts(run)) {
    const racedBefore = before?.get(name) === "race";
    let standing: Standing = "none";
    if (verdict === "race") {
      standing = expected.has(name) ? "known" : !before ? "race" : racedBefore ? "still" : "new";
    } else if (verdict === "ok") {
      standing = expected.has(name) ? "may-be-fixed" : racedBefore ? "fixed" : "none";
    }
    scenarios.push({ name, standing, verdict });
  }
  return {
    ...(baseline && { baseline: { label: baseline.label, startedAt: baseline.startedAt ?? baseline.run.startedAt } }),
    scenarios,
  };
}

export function named(cmp: Comparison, ...standings: Standing[]): string[] {
  return cmp.scenarios.filter((s) => standings.includes(s.standing)).map((s) => s.name);
}

/**
 * The scenarios whose race fails the check. `new-race` without a baseline counts every race that
 * is not expected as new: with nothing to compare with, no race can be shown to be old.
 */
export function failingRaces(cmp: Comparison, failOn: FailOn): string[] {
  if (failOn === "never") return [];
  if (failOn === "new-race") return named(cmp, "new", "race");
  return named(cmp, "race", "new", "still");
}

/**
 * What the check says, for an exit code: race when a race fails it; else the run's verdict with
 * every race that does not fail it (known, old, or not gated) counted as decided.
 */
export function checkVerdict(cmp: Comparison, failOn: FailOn): RunVerdict {
  const failing = new Set(failingRaces(cmp, failOn));
  if (cmp.scenarios.length === 0) return "error";
  return joinVerdicts(cmp.scenarios.map((s) => (s.verdict === "race" && !failing.has(s.name) ? "ok" : s.verdict)));
}

/**
 * A report read back (`--baseline FILE`, the action's `baseline`): JSON of a race-check report with
 * its scenarios' names and verdicts. Anything else is one line naming where it came from.
 */
export function parseReport(text: string, where: string): RunResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${where}: not JSON (${(e as Error).message}); give a report written by --json`);
  }
  const run = value as Partial<RunResult> | null;
  const scenarios = run?.scenarios;
  const valid =
    run !== null &&
    typeof run === "object" &&
    run.tool?.name === "race-check" &&
    Array.isArray(scenarios) &&
    scenarios.every((s) => typeof s?.name === "string" && typeof s?.verdict === "string") &&
    (run.explore === undefined || Array.isArray(run.explore?.scenarios));
  if (!valid) throw new ConfigError(`${where}: not a race-check JSON report (written by --json or the action)`);
  return run as RunResult;
}
