/** Human-readable traces and reports of `race-check explore`. */
import { codeBlock, mdCell, mdInline } from "../report/escape.js";
import type { Counterexample, ExploreResult, ExploreScenarioResult, Step } from "./types.js";

/** One line per step, columns aligned, then "⇒ <what broke>". */
export function renderTrace(steps: Step[], verdictMessage: string, stoppedAfter?: number): string[] {
  const rows = steps.map((s) => [`client ${s.client}`, s.op, s.kind, s.path, result(s)]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(0, ...rows.map((r) => r[c].length)));
  const lines = rows.map((r) =>
    r
      .map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell))
      .join("  ")
      .trimEnd(),
  );
  if (stoppedAfter !== undefined)
    lines.push(`(stopped after step ${stoppedAfter}: the violation holds whatever the rest does)`);
  lines.push(`⇒ ${verdictMessage}`);
  return lines;
}

function result(s: Step): string {
  if (!s.outcome) return "… in flight";
  if (!s.outcome.ok) return `✗ ${s.outcome.error}`;
  const v = s.outcome.value;
  if (s.kind === "query" || s.kind === "runQuery") return `→ ${brief(v)}`;
  // A mutation's id, a scheduled job's id or null says nothing a reader needs: the check mark is the point.
  if (v === null || v === undefined || isId(v) || s.kind === "schedule") return "✓";
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

export function coverageLine(s: ExploreScenarioResult): string {
  const space =
    s.strategy === "exhaustive"
      ? s.exhausted
        ? ", search space exhausted"
        : ", search space NOT exhausted (raise --budget)"
      : "";
  return `${s.schedules} schedule(s), ${s.distinctInterleavings} distinct interleaving(s) with ${s.clients} client(s) (${strategyLabel(s)}${space})`;
}

function strategyLabel(s: ExploreScenarioResult): string {
  if (s.strategy === "pct") return `pct depth ${s.depth}, seed ${s.seed}`;
  if (s.strategy === "mixed") return `random + pct depth ${s.depth}, seed ${s.seed}`;
  if (s.strategy === "random") return `random, seed ${s.seed}`;
  return "exhaustive";
}

const LABEL: Record<ExploreScenarioResult["verdict"], string> = {
  race: "RACE CONDITION",
  ok: "OK",
  inconclusive: "INCONCLUSIVE",
  error: "ERROR",
};

/** Plain text for the terminal and CI logs. */
export function renderExploreText(run: ExploreResult): string {
  const out: string[] = [];
  for (const s of run.scenarios) {
    out.push(`${s.name}: ${LABEL[s.verdict]}: ${s.headline}`);
    if (s.error) out.push(`  ${s.error}`);
    if (s.replayMismatch) out.push(`  ! ${s.replayMismatch}`);
    const c = s.counterexample;
    if (c) {
      out.push(`  ${foundLine(s, c)}`, "");
      out.push(...c.trace.map((l) => `  ${l}`), "");
      out.push(`  replay: ${c.command}`);
    } else if (s.verdict !== "error") {
      out.push(`  ${coverageLine(s)}`);
    }
    out.push("");
  }
  out.push(
    `race-check explore: ${run.scenarios.filter((s) => s.verdict === "race").length} of ${run.scenarios.length} scenario(s) violate their invariant (${(run.durationMs / 1000).toFixed(1)} s)`,
  );
  return out.join("\n");
}

function foundLine(s: ExploreScenarioResult, c: Counterexample): string {
  if (s.firstViolationAt === undefined) return `replayed ${c.clients.length} client(s), ${c.steps.length} step(s)`;
  return `found at schedule ${s.firstViolationAt} of ${s.budget} (${strategyLabel(s)}); shrunk from ${c.original.clients} clients / ${c.original.steps} steps to ${c.clients.length} clients / ${c.steps.length} steps in ${c.shrinkRuns} runs`;
}

const ICON: Record<ExploreScenarioResult["verdict"], string> = {
  race: "🔴",
  ok: "🟢",
  inconclusive: "🟡",
  error: "⚠️",
};

/** GitHub-flavoured Markdown for a PR comment or the job summary. */
export function renderExploreMarkdown(run: ExploreResult): string {
  const races = run.scenarios.filter((s) => s.verdict === "race");
  const out: string[] = [
    races.length > 0
      ? `### 🔴 race-check explore: ${races.length} of ${run.scenarios.length} scenarios have a schedule that breaks their invariant`
      : run.verdict === "ok"
        ? `### 🟢 race-check explore: no violating schedule in ${run.scenarios.length} scenario(s)`
        : run.verdict === "inconclusive"
          ? "### 🟡 race-check explore: inconclusive: some schedules could not be decided"
          : "### ⚠️ race-check explore: some scenarios could not run",
    "",
    "| Scenario | Verdict | Result | Schedules | Distinct interleavings | Clients |",
    "|---|---|---|---|---|---|",
  ];
  for (const s of run.scenarios) {
    const space = s.strategy === "exhaustive" ? (s.exhausted ? " (exhausted)" : " (not exhausted)") : "";
    out.push(
      `| ${cell(s.name)} | ${ICON[s.verdict]} ${LABEL[s.verdict]} | ${cell(s.headline)} | ${s.schedules}${space} | ${s.distinctInterleavings} | ${s.counterexample ? s.counterexample.clients.length : s.clients} |`,
    );
  }
  out.push("");
  for (const s of run.scenarios) {
    const c = s.counterexample;
    if (!c) continue;
    out.push(
      `#### ${mdInline(s.name)}: ${mdInline(s.headline)}`,
      "",
      `${foundLine(s, c)}.`,
      "",
      ...codeBlock("text", c.trace),
      "",
    );
    out.push("Replay exactly this schedule:", "", ...codeBlock("sh", [c.command]), "");
  }
  out.push(`<sub>explore · ${(run.durationMs / 1000).toFixed(1)} s · race-check ${run.tool.version}</sub>`);
  return out.join("\n");
}

function cell(text: string): string {
  return mdCell(text);
}
