/** The lines that say what an explore search covered and how its counterexample was found. */
import type { Counterexample, ScenarioResult } from "../engine/result.js";
export declare function coverageLine(s: ScenarioResult): string;
export declare function strategyLabel(s: ScenarioResult): string;
export declare function foundLine(s: ScenarioResult, c: Counterexample): string;
