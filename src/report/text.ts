import type { RunResult, ScenarioResult } from "../engine/result.js";
import { compareRuns, type Comparison } from "./baseline.js";
import {
  VERDICT_LABEL,
  comparisonLine,
  logsLine,
  pendingLine,
  rateLine,
  reproduceCommand,
  spreadLine,
  seedLabel,
  shardRoundsLine,
  standingNote,
} from "./format.js";
import { coverageLine, foundLine } from "./trace.js";

/**
 * Human output in the style of the original BerryFun load-testing README: one report, either mode.
 * `comparison` (default: the run against no baseline) marks known races and those that may be fixed.
 */
export function renderText(run: RunResult, comparison: Comparison = compareRuns(run)): string {
  const parts = [run.mode === "explore" ? exploreText(run, comparison) : stressText(run, comparison)];
  if (run.explore) parts.push(exploreText(run.explore, comparison));
  const line = comparisonLine(comparison);
  return parts.join("\n\n") + (line ? `\n${line}` : "");
}

function heading(s: ScenarioResult, cmp: Comparison, extra = ""): string {
  const note = standingNote(cmp, s);
  return `${s.name}: ${VERDICT_LABEL[s.verdict]}${extra}${note ? ` (${note})` : ""}`;
}

function stressText(run: RunResult, cmp: Comparison): string {
  const out: string[] = [];
  for (const s of run.scenarios) {
    out.push(heading(s, cmp));
    out.push(`  ${s.headline}`);
    out.push(`  ${rateLine(s)} · ${s.clients} clients`);
    const shardRounds = shardRoundsLine(run, s);
    if (shardRounds) out.push(`  ${shardRounds}`);
    const spread = spreadLine(s);
    if (spread) out.push(`  ${spread}`);
    common(out, s);
    if (s.verdict === "race") out.push(`  reproduce: ${reproduceCommand(run, s)}`);
    out.push("");
  }
  const races = run.scenarios.filter((s) => s.verdict === "race").length;
  const summary =
    run.verdict === "race"
      ? `${races} of ${run.scenarios.length} scenarios show a race condition.`
      : run.verdict === "ok"
        ? `No race condition in ${run.scenarios.length} scenario(s).`
        : run.verdict === "inconclusive"
          ? "No violation seen, but some rounds could not be decided: the run proves nothing for them."
          : "Some scenarios could not run.";
  out.push(`${summary} (${seedLabel(run)}, ${run.backend.kind} backend, ${(run.durationMs / 1000).toFixed(1)} s)`);
  return out.join("\n");
}

function exploreText(run: RunResult, cmp: Comparison): string {
  const out: string[] = [];
  for (const s of run.scenarios) {
    out.push(heading(s, cmp, `: ${s.headline}`));
    if (s.replayMismatch) out.push(`  ! ${s.replayMismatch}`);
    const c = s.counterexample;
    if (c) {
      out.push(`  ${foundLine(s, c)}`, "");
      out.push(...c.trace.map((l) => `  ${l}`), "");
      out.push(`  replay: ${c.command}`);
    } else if (s.verdict !== "error") {
      out.push(`  ${coverageLine(s)}`);
    }
    common(out, s);
    out.push("");
  }
  out.push(
    `race-check explore: ${run.scenarios.filter((s) => s.verdict === "race").length} of ${run.scenarios.length} scenario(s) violate their invariant (${(run.durationMs / 1000).toFixed(1)} s)`,
  );
  return out.join("\n");
}

function common(out: string[], s: ScenarioResult): void {
  const pending = pendingLine(s);
  if (pending) out.push(`  ${pending}`);
  const logs = logsLine(s);
  if (logs) {
    out.push(`  ${logs}; first:`);
    // Errors of scheduled functions first: no caller saw them.
    const first = [...s.logs!.first].sort((a, b) => Number(b.startsWith("[ERROR]")) - Number(a.startsWith("[ERROR]")));
    out.push(...first.slice(0, 3).map((l) => `    ${l.split("\n")[0]}`));
  }
  if (s.error && s.error !== s.headline) out.push(`  error: ${s.error}`);
  if (s.backendLog) out.push("  backend log (last lines):", ...s.backendLog.split("\n").map((l) => `    ${l}`));
}
