import type { RunResult } from "../engine/result.js";

/** The machine-readable report (`--json`, the action's artifact). Stable field names. */
export function renderJson(run: RunResult): string {
  return `${JSON.stringify(run, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;
}
