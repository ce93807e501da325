import type { RunResult } from "../engine/result.js";
import { failingRaces, type Comparison, type FailOn } from "../report/baseline.js";

/**
 * The one-line reason to fail the step, or undefined. Scenarios that could not run always fail it:
 * `fail-on: never` is about races found, not about a check that did not happen. Races fail it as
 * `fail-on` says: every race the config does not expect (`race`), only those the baseline does not
 * have (`new-race`), or none (`never`).
 */
export function failure(run: RunResult, cmp: Comparison, failOn: FailOn): string | undefined {
  const errored = run.scenarios.filter((s) => s.verdict === "error");
  if (errored.length > 0 || run.scenarios.length === 0) {
    const first = errored[0];
    return first
      ? `race-check: ${errored.length} scenario(s) could not run; ${first.name}: ${first.error ?? first.headline}`
      : "race-check: no scenario ran";
  }
  const broken = run.explore?.scenarios.filter((s) => s.verdict === "error") ?? [];
  if (broken.length > 0) {
    return `race-check: explore failed in ${broken.map((x) => `${x.name} (${x.headline})`).join(", ")}`;
  }
  const failing = new Set(failingRaces(cmp, failOn));
  if (failing.size === 0) return undefined;
  const stress = run.scenarios.filter((s) => s.verdict === "race" && failing.has(s.name));
  const searchOnly = (run.explore?.scenarios ?? []).filter(
    (s) => s.verdict === "race" && failing.has(s.name) && !stress.some((x) => x.name === s.name),
  );
  const what = failOn === "new-race" && cmp.baseline ? "new race condition" : "race condition";
  const parts: string[] = [];
  if (stress.length > 0) {
    const list = stress.map((s) => `${s.name} (${s.headline})`).join(", ");
    parts.push(`${what} in ${stress.length} of ${run.scenarios.length} scenarios: ${list}`);
  }
  if (searchOnly.length > 0) {
    parts.push(
      `explore found a ${failOn === "new-race" && cmp.baseline ? "new " : ""}counterexample in ${searchOnly.map((s) => s.name).join(", ")}`,
    );
  }
  return `race-check: ${parts.join("; ")}`;
}
