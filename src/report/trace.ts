/**
 * Explore in words: a schedule's trace (one line per step, what ran and what it saw, then what
 * broke), what a search covered and how its counterexample was found.
 */
import { JOB_BASE, type Step } from "../engine/controlled/types.js";
import type { Counterexample, ScenarioResult } from "../engine/result.js";

export function coverageLine(s: ScenarioResult): string {
  const space =
    s.strategy === "exhaustive"
      ? s.exhausted
        ? ", search space exhausted"
        : ", search space NOT exhausted (raise --budget)"
      : "";
  return `${s.schedules ?? 0} schedule(s), ${s.distinctInterleavings ?? 0} distinct interleaving(s) with ${s.clients} client(s) (${strategyLabel(s)}${space})`;
}

export function strategyLabel(s: ScenarioResult): string {
  if (s.strategy === "pct") return `pct depth ${s.depth}, seed ${s.seed}`;
  if (s.strategy === "mixed") return `random + pct depth ${s.depth}, seed ${s.seed}`;
  if (s.strategy === "random") return `random, seed ${s.seed}`;
  return "exhaustive";
}

export function foundLine(s: ScenarioResult, c: Counterexample): string {
  if (s.firstViolationAt === undefined) return `replayed ${c.clients.length} client(s), ${c.steps.length} step(s)`;
  return `found at schedule ${s.firstViolationAt} of ${s.budget} (${strategyLabel(s)}); shrunk from ${c.original.clients} clients / ${c.original.steps} steps to ${c.clients.length} clients / ${c.steps.length} steps in ${c.shrinkRuns} runs`;
}

/** "client 0", or "scheduled #1" for the first function scheduled during the schedule. */
export function taskLabel(task: number): string {
  return task >= JOB_BASE ? `scheduled #${task - JOB_BASE + 1}` : `client ${task}`;
}

/** One line per step, columns aligned, then "⇒ <what broke>". */
export function renderTrace(steps: Step[], verdictMessage: string, stoppedAfter?: number): string[] {
  const rows = steps.map((s) => [taskLabel(s.client), s.op, s.kind, s.path, result(s)]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(0, ...rows.map((r) => r[c].length)));
  const lines = rows.map((r) =>
    r
      .map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell))
      .join("  ")
      .trimEnd(),
  );
  if (stoppedAfter !== undefined)
    lines.push(
      `(stopped after step ${stoppedAfter}: the state is already violated, with no scheduled work still to run; the clients still in flight are left out)`,
    );
  lines.push(`⇒ ${verdictMessage}`);
  return lines;
}

function result(s: Step): string {
  if (!s.outcome) return "… in flight";
  if (!s.outcome.ok) return `✗ ${s.outcome.error}`;
  const v = s.outcome.value;
  if (s.kind === "query" || s.kind === "runQuery") return `→ ${brief(v)}`;
  // A mutation's id, a scheduled job's id or null says nothing a reader needs: the check mark is the point.
  if (v === null || v === undefined || isId(v) || s.kind === "schedule" || s.kind === "scheduled") return "✓";
  return `✓ → ${brief(v)}`;
}

function isId(v: unknown): boolean {
  return typeof v === "string" && /^[0-9a-z_]{20,}$/i.test(v) && /[a-z]/i.test(v);
}

/** A compact value: system fields (`_id`, `_creationTime`) left out, long parts cut. */
export function brief(v: unknown, depth = 0): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 39)}…` : v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "bigint") return `${v}n`;
  if (depth >= 2) return Array.isArray(v) ? "[…]" : "{…}";
  if (Array.isArray(v)) {
    const items = v.slice(0, 5).map((x) => brief(x, depth + 1));
    return `[${items.join(", ")}${v.length > 5 ? `, … ${v.length} items` : ""}]`;
  }
  if (typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>).filter(([k]) => !k.startsWith("_"));
    const shown = entries.slice(0, 6).map(([k, x]) => `${k}: ${brief(x, depth + 1)}`);
    return `{${shown.join(", ")}${entries.length > 6 ? ", …" : ""}}`;
  }
  return String(v);
}
