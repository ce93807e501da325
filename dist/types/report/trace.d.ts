/**
 * Explore in words: a schedule's trace (one line per step, what ran and what it saw, then what
 * broke), what a search covered and how its counterexample was found.
 */
import { type Step } from "../engine/controlled/types.js";
import type { Counterexample, ScenarioResult } from "../engine/result.js";
export declare function coverageLine(s: ScenarioResult): string;
export declare function strategyLabel(s: ScenarioResult): string;
export declare function foundLine(s: ScenarioResult, c: Counterexample): string;
/** "client 0", or "scheduled #1" for the first function scheduled during the schedule. */
export declare function taskLabel(task: number): string;
/** One line per step, columns aligned, then "⇒ <what broke>". */
export declare function renderTrace(steps: Step[], verdictMessage: string, stoppedAfter?: number): string[];
/** A compact value: system fields (`_id`, `_creationTime`) left out, long parts cut. */
export declare function brief(v: unknown, depth?: number): string;
