import type { PreparedRun } from "../config/prepare.js";
import type { ResolvedScenario } from "../config/scenario.js";
import type { ScenarioResult } from "./result.js";
/** Each result marked `expect: "race"` when its scenario is a known race. */
export declare function withExpectations(results: ScenarioResult[], scenarios: ResolvedScenario[]): ScenarioResult[];
/** The functions directory relative to `cwd`, with forward slashes ("convex", "apps/web/convex"). */
export declare function functionsDirLabel(prepared: Pick<PreparedRun, "projectDir" | "functionsDir">, cwd: string): string;
