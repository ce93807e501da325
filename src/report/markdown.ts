import type { RunResult, ScenarioResult } from "../engine/result.js";
import { codeBlock, escapeHtml, mdCell, mdInline, mermaidText } from "./escape.js";
import {
  VERDICT_ICON as ICON,
  VERDICT_LABEL,
  ms,
  pct,
  pctBound,
  logsLine,
  pendingLine,
  rateLine,
  reproduceCommand,
  seedLabel,
} from "./format.js";
import { foundLine } from "./trace.js";

const CHART_ROUNDS = 100;

/** GitHub-flavoured Markdown: the PR comment and the job summary, either mode. */
export function renderMarkdown(run: RunResult): string {
  const out = run.mode === "explore" ? exploreMarkdown(run) : stressMarkdown(run);
  return run.explore ? `${out}\n\n${renderMarkdown(run.explore)}` : out;
}

function stressMarkdown(run: RunResult): string {
  const races = run.scenarios.filter((s) => s.verdict === "race");
  const headline =
    run.verdict === "race"
      ? `### 🔴 race-check: ${races.length} of ${run.scenarios.length} scenarios show a race condition`
      : run.verdict === "ok"
        ? `### 🟢 race-check: no race condition in ${run.scenarios.length} scenario(s)`
        : run.verdict === "inconclusive"
          ? "### 🟡 race-check: inconclusive: some rounds could not be decided"
          : "### ⚠️ race-check: some scenarios could not run";
  const out: string[] = [headline, ""];
  out.push(
    "| Scenario | Verdict | Worst case | Violating rounds | Detection rate (95% CI) | Clients | Fire spread p50 |",
  );
  out.push("|---|---|---|---|---|---|---|");
  for (const s of run.scenarios) {
    const worst = s.worst ? `${s.worst.observed}/${s.worst.limit}` : "—";
    const rate =
      s.rounds === 0
        ? "—"
        : s.violations > 0
          ? `${pct(s.detectionRate)} (${pct(s.interval[0])}–${pct(s.interval[1])})`
          : `0% (< ${pctBound(s.upperBound ?? 1)})`;
    out.push(
      `| ${cell(s.name)} | ${ICON[s.verdict]} ${VERDICT_LABEL[s.verdict]} | ${worst} | ${s.violations}/${s.rounds} | ${rate} | ${s.clients} | ${ms(s.fireSpread.p50)}${s.fireSpread.source === "client" ? " ¹" : ""} |`,
    );
  }
  out.push("");
  if (run.scenarios.some((s) => s.fireSpread.source === "client")) {
    out.push(
      "¹ client-side: this backend reports no arrival times, so the spread is that of the sends (the server's may be wider).",
      "",
    );
  }
  for (const s of run.scenarios) {
    if (s.verdict === "race") out.push(...raceSection(run, s));
    else if (s.verdict !== "ok")
      out.push(
        `**${mdInline(s.name)}**: ${mdInline(s.headline)}${s.error && s.error !== s.headline ? ` (${mdInline(s.error)})` : ""}`,
        "",
      );
    const pending = pendingLine(s);
    if (pending) out.push(`**${mdInline(s.name)}**: ${mdInline(pending)}`, "");
    out.push(...logsSection(s));
  }
  out.push(
    `<sub>${seedLabel(run)} · ${run.backend.kind} backend · ${(run.durationMs / 1000).toFixed(1)} s · race-check ${run.tool.version}</sub>`,
  );
  return out.join("\n");
}

function raceSection(run: RunResult, s: ScenarioResult): string[] {
  const out = [`#### ${mdInline(s.name)}: ${mdInline(s.headline)}`, "", rateLine(s) + ".", ""];
  const measured = s.roundDetails.filter((r) => r.observed !== undefined);
  // A chart with hundreds of bars is unreadable (and long nightly runs would bloat the comment).
  const rounds = measured.slice(0, CHART_ROUNDS);
  if (rounds.length > 0) {
    const limit = rounds[0].limit ?? 0;
    const max = Math.max(limit, ...rounds.map((r) => r.observed ?? 0));
    const which = measured.length > rounds.length ? ` (first ${rounds.length} of ${measured.length} rounds)` : "";
    out.push(
      "```mermaid",
      "xychart-beta",
      `  title "${mermaidText(s.name)}: observed per round vs limit${which}"`,
      `  x-axis "round" [${rounds.map((r) => r.round).join(", ")}]`,
      `  y-axis "value" 0 --> ${Math.ceil(max * 1.1) + 1}`,
      `  bar [${rounds.map((r) => r.observed).join(", ")}]`,
      `  line [${rounds.map((r) => r.limit ?? limit).join(", ")}]`,
      "```",
      "",
    );
  }
  if (s.sampleRound) {
    out.push(
      `<details><summary>History of round ${s.sampleRound.round}, the first violating round (${s.sampleRound.history.length} operations)</summary>`,
      "",
      "| Client | Start (ms) | End (ms) | Outcome | Calls | Value / error |",
      "|---|---|---|---|---|---|",
      ...s.sampleRound.history.map(
        (op) =>
          `| ${op.client} | ${op.start.toFixed(2)} | ${op.end.toFixed(2)} | ${op.outcome} | ${cell(op.calls.map((c) => c.path).join(" → "))} | ${cell(op.outcome === "ok" ? JSON.stringify(op.value) : (op.error ?? ""))} |`,
      ),
      "",
      "</details>",
      "",
    );
  }
  out.push("Reproduce locally:", "", ...codeBlock("sh", [reproduceCommand(run, s)]), "");
  return out;
}

function exploreMarkdown(run: RunResult): string {
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
      `| ${cell(s.name)} | ${ICON[s.verdict]} ${VERDICT_LABEL[s.verdict]} | ${cell(s.headline)} | ${s.schedules ?? 0}${space} | ${s.distinctInterleavings ?? 0} | ${s.counterexample ? s.counterexample.clients.length : s.clients} |`,
    );
  }
  out.push("");
  for (const s of run.scenarios) {
    const c = s.counterexample;
    const pending = pendingLine(s);
    if (pending) out.push(`**${mdInline(s.name)}**: ${mdInline(pending)}`, "");
    out.push(...logsSection(s));
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

const cell = mdCell;

/** The functions' first log lines, folded: the count says how many, the log file holds all. */
function logsSection(s: ScenarioResult): string[] {
  const line = logsLine(s);
  if (!line || !s.logs) return [];
  return [
    `<details><summary>${escapeHtml(s.name)}: ${escapeHtml(line)}</summary>`,
    "",
    ...codeBlock("text", s.logs.first),
    "",
    "</details>",
    "",
  ];
}
