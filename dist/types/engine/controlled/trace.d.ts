/**
 * A schedule's trace in words: one line per step, what ran and what it saw, then what broke. Part
 * of a counterexample (the report keeps it), so it is made where the schedule is.
 */
import { type Step } from "./types.js";
/** "client 0", or "scheduled #1" for the first function scheduled during the schedule. */
export declare function taskLabel(task: number): string;
/** One line per step, columns aligned, then "⇒ <what broke>". */
export declare function renderTrace(steps: Step[], verdictMessage: string, stoppedAfter?: number): string[];
/** A compact value: system fields (`_id`, `_creationTime`) left out, long parts cut. */
export declare function brief(v: unknown, depth?: number): string;
