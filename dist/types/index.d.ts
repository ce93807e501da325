/** race-check's library API. */
export { defineConfig, defineScenario, scenario, capacity, maxSuccesses, custom } from "./config/define.js";
export type { InvariantHelpers, InvariantOf, ScenarioSpec } from "./config/define.js";
export type * from "./config/types.js";
export type { Operation, Call, Outcome } from "./model.js";
export type { RunResult, ScenarioResult, RunVerdict, ScenarioVerdict, Counterexample } from "./engine/result.js";
export { runRaceCheck, type RunOptions } from "./run.js";
export { runStressTest, type StressTestOptions } from "./stress.js";
export { renderText } from "./report/text.js";
export { renderJson } from "./report/json.js";
export { renderMarkdown } from "./report/markdown.js";
export { ConfigError } from "./errors.js";
export { BackendError } from "./backends/types.js";
export type { ExploreOptions } from "./run-explore.js";
export type { Step as ExploreStep } from "./engine/controlled/types.js";
