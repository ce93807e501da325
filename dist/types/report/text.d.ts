import type { RunResult } from "../engine/result.js";
/** Human output in the style of the original BerryFun load-testing README: one report, either mode. */
export declare function renderText(run: RunResult): string;
