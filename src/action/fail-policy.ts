import type { RunResult } from "../engine/result.js";
import type { FailOn } from "./inputs.js";

/**
 * The one-line reason to fail the step, or undefined. Scenarios that could not run always fail it:
 * `fail-on: never` is about races found, not about a check that did not happen.
 */
export function failure(run: RunResult, failOn: FailOn): string | undefined {
  const errored = run.scenarios.filter((s) => s.verdict === "error");
  if (errored.length > 0 || run.scenarios.length === 0) {
    const first = errored[0];
    return first
      ? `race-check: ${errored.length} scenario(s) could not run; ${first.name}: ${first.error ?? first.headline}`
      : "race-check: no scenario ran";
  }
  const races = run.scenarios.filter((s) => s.verdict === "race");
  if (races.length > 0 && failOn === "race") {
    const list = races.map((s) => `${s.name} (${s.headline})`).join(", ");
    return `race-check: race condition in ${races.length} of ${run.scenarios.length} scenarios: ${list}`;
  }
  return undefined;
}
