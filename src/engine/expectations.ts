/**
 * What a run's envelope carries from the config besides the trials: which scenarios are known
 * races, and where the functions live. Readers of a report (gating, the action) then never need
 * to load the config, which runs the user's code.
 */
import path from "node:path";
import type { PreparedRun } from "../config/prepare.js";
import type { ResolvedScenario } from "../config/scenario.js";
import type { ScenarioResult } from "./result.js";

/** Each result marked `expect: "race"` when its scenario is a known race. */
export function withExpectations(results: ScenarioResult[], scenarios: ResolvedScenario[]): ScenarioResult[] {
  const expected = new Set(scenarios.filter((s) => s.expect === "race").map((s) => s.name));
  return results.map((r) => (expected.has(r.name) ? { ...r, expect: "race" as const } : r));
}

/** The functions directory relative to `cwd`, with forward slashes ("convex", "apps/web/convex"). */
export function functionsDirLabel(prepared: Pick<PreparedRun, "projectDir" | "functionsDir">, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(prepared.projectDir, prepared.functionsDir));
  return (relative || ".").split(path.sep).join("/");
}
