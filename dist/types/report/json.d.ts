import type { RunResult } from "../engine/result.js";
/** The machine-readable report (`--json`, the action's artifact). Stable field names. */
export declare function renderJson(run: RunResult): string;
