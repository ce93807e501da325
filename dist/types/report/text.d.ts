import type { RunResult } from "../engine/result.js";
import { type Comparison } from "./baseline.js";
/**
 * Human output in the style of the original BerryFun load-testing README: one report, either mode.
 * `comparison` (default: the run against no baseline) marks known races and those that may be fixed.
 */
export declare function renderText(run: RunResult, comparison?: Comparison): string;
