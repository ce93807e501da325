import type { RunResult, RunVerdict, ScenarioResult } from "../engine/result.js";
import { replayArgs } from "../explore/token.js";
import { joinVerdicts } from "../model.js";
import { compareRuns, failingRaces, scenarioVerdicts, type Comparison, type FailOn } from "./baseline.js";
import { codeBlock, escapeHtml, mdCell, mdInline, mermaidText } from "./escape.js";
import {
  VERDICT_ICON as ICON,
  VERDICT_LABEL,
  comparisonLine,
  ms,
  pct,
  pctBound,
  logsLine,
  pendingLine,
  rateLine,
  reproduceArgs,
  seedLabel,
  standingNote,
  wrapCommand,
} from "./format.js";
import { foundLine } from "./trace.js";

const CHART_ROUNDS = 100;

/** What one earlier run said, as the PR comment keeps it: "since the last run" compares with it. */
export interface RunDigest {
  v: 1;
  /** The commit that run checked. */
  sha?: string;
  /** When it ran (ISO). */
  at?: string;
  verdict: RunVerdict;
  /** Scenario name → verdict (the search's joined in); empty when the run could not run. */
  scenarios: Record<string, RunVerdict>;
}

/** Where the rendering is shown: a PR comment or job summary knows more than a `--markdown` file. */
export interface MarkdownContext {
  /** Known races, and new / still / fixed against a baseline (default: the run alone). */
  comparison?: Comparison;
  /** Which races fail the check: decides the headline (default race). */
  failOn?: FailOn;
  /** The commit the run checked; linked in the header when `url` is given. */
  commit?: { sha: string; url?: string };
  /** What the previous comment said. */
  previous?: RunDigest;
  /** Link for a previous run's commit. */
  commitUrl?: (sha: string) => string | undefined;
  /** Where a Convex function ("ledgerItems:addToLedger") is defined, as text and a link. */
  source?: (fn: string) => { label: string; url?: string } | undefined;
}

/** GitHub-flavoured Markdown: the PR comment, the job summary and `--markdown`, either mode. */
export function renderMarkdown(run: RunResult, context: MarkdownContext = {}): string {
  const ctx = { ...context, comparison: context.comparison ?? compareRuns(run) };
  return run.mode === "explore" ? exploreMarkdown(run, ctx) : stressMarkdown(run, ctx);
}

/** A run's digest, to embed in the comment for the next run to compare with. */
export function digest(run: RunResult, sha?: string): RunDigest {
  return {
    v: 1,
    ...(sha && { sha }),
    at: run.startedAt,
    verdict: joinedVerdict(run),
    scenarios: Object.fromEntries(scenarioVerdicts(run)),
  };
}

/** The run's verdict with the search's joined in, scenario by scenario. */
function joinedVerdict(run: RunResult): RunVerdict {
  return joinVerdicts(scenarioVerdicts(run).values());
}

type Ctx = MarkdownContext & { comparison: Comparison };

function headline(run: RunResult, ctx: Ctx): string {
  const verdicts = scenarioVerdicts(run);
  const total = verdicts.size;
  const racing = [...verdicts.values()].filter((v) => v === "race").length;
  const failing = failingRaces(ctx.comparison, ctx.failOn ?? "race").length;
  const tool = run.mode === "explore" ? "race-check explore" : "race-check";
  if (racing > 0) {
    const noun = run.mode === "explore" ? "have a schedule that breaks their invariant" : "show a race condition";
    if (failing === 0) {
      return `### 🟠 ${tool}: ${racing} of ${total} scenarios ${noun}, none failing the check (${reasons(ctx.comparison)})`;
    }
    const extra = failing < racing ? ` (${failing} failing the check)` : "";
    return `### 🔴 ${tool}: ${racing} of ${total} scenarios ${noun}${extra}`;
  }
  const verdict = joinedVerdict(run);
  if (verdict === "ok") {
    return run.mode === "explore"
      ? `### 🟢 ${tool}: no violating schedule in ${total} scenario(s)`
      : `### 🟢 ${tool}: no race condition in ${total} scenario(s)`;
  }
  if (verdict === "inconclusive") {
    return `### 🟡 ${tool}: inconclusive: some ${run.mode === "explore" ? "schedules" : "rounds"} could not be decided`;
  }
  return `### ⚠️ ${tool}: some scenarios could not run`;
}

function reasons(cmp: Comparison): string {
  const known = cmp.scenarios.some((s) => s.standing === "known");
  const still = cmp.scenarios.some((s) => s.standing === "still");
  if (known && still) return "known races, and races the baseline has too";
  if (still) return "the baseline has these races too";
  if (known) return 'known races: expect: "race"';
  return "fail-on: never";
}

/** "[`abc1234`](…) · 2026-05-01 12:34 UTC · seed 42 · embedded backend · 3.2 s · race-check 1.0.0" */
function metaLine(run: RunResult, ctx: Ctx): string {
  const parts: string[] = [];
  if (ctx.commit) parts.push(commitLink(ctx.commit.sha, ctx.commit.url));
  parts.push(time(run.startedAt));
  if (run.mode !== "explore") parts.push(seedLabel(run), `${run.backend.kind} backend`);
  parts.push(`${(run.durationMs / 1000).toFixed(1)} s`, `race-check ${run.tool.version}`);
  return `<sub>${parts.join(" · ")}</sub>`;
}

function commitLink(sha: string, url: string | undefined): string {
  const short = `\`${mdInline(sha.slice(0, 7))}\``;
  return url ? `[${short}](${url})` : short;
}

function time(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? mdInline(iso) : `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "Since the last run ([`def5678`](…)): Coupon Claim Race OK → RACE CONDITION." */
function sinceLine(run: RunResult, ctx: Ctx): string | undefined {
  const prev = ctx.previous;
  if (!prev) return undefined;
  const where = prev.sha ? ` (${commitLink(prev.sha, ctx.commitUrl?.(prev.sha))})` : "";
  if (Object.keys(prev.scenarios).length === 0) {
    return `**Since the last run**${where}: that run could not run; this one did.`;
  }
  const changes: string[] = [];
  for (const [name, now] of scenarioVerdicts(run)) {
    const before = prev.scenarios[name];
    if (before === undefined) changes.push(`${mdInline(name)}: new scenario, ${ICON[now]} ${VERDICT_LABEL[now]}`);
    else if (before !== now)
      changes.push(`${mdInline(name)}: ${ICON[before]} ${VERDICT_LABEL[before]} → ${ICON[now]} ${VERDICT_LABEL[now]}`);
  }
  return changes.length === 0
    ? `**Since the last run**${where}: no change.`
    : `**Since the last run**${where}: ${changes.join(" · ")}.`;
}

function verdictCell(s: ScenarioResult, cmp: Comparison): string {
  const tag = standingNote(cmp, s, true);
  return `${ICON[s.verdict]} ${VERDICT_LABEL[s.verdict]}${tag ? ` · ${tag}` : ""}`;
}

/** Verdict, commit and time, what changed since the last run, and against the baseline. */
function headerLines(run: RunResult, ctx: Ctx): string[] {
  const out: string[] = [headline(run, ctx), metaLine(run, ctx), ""];
  const since = sinceLine(run, ctx);
  if (since) out.push(since, "");
  const against = comparisonLine(ctx.comparison);
  if (against) out.push(mdInline(against, 2000), "");
  return out;
}

function stressMarkdown(run: RunResult, ctx: Ctx): string {
  const cmp = ctx.comparison;
  const out = headerLines(run, ctx);
  const explored = new Map((run.explore?.scenarios ?? []).map((s) => [s.name, s]));
  const searchColumn = run.explore !== undefined;
  out.push(
    `| Scenario | Verdict | Worst case | Violating rounds | Detection rate (95% CI) | Clients | Fire spread p50 |${searchColumn ? " Interleaving search |" : ""}`,
  );
  out.push(`|---|---|---|---|---|---|---|${searchColumn ? "---|" : ""}`);
  for (const s of run.scenarios) {
    const worst = s.worst ? `${s.worst.observed}/${s.worst.limit}` : "—";
    const rate =
      s.rounds === 0
        ? "—"
        : s.violations > 0
          ? `${pct(s.detectionRate)} (${pct(s.interval[0])}–${pct(s.interval[1])})`
          : `0% (< ${pctBound(s.upperBound ?? 1)})`;
    const search = explored.get(s.name);
    const searchCell = searchColumn ? ` ${search ? searchSummary(search) : "—"} |` : "";
    out.push(
      `| ${cell(s.name)} | ${verdictCell(s, cmp)} | ${worst} | ${s.violations}/${s.rounds} | ${rate} | ${s.clients} | ${ms(s.fireSpread.p50)}${s.fireSpread.source === "client" ? " ¹" : ""} |${searchCell}`,
    );
  }
  out.push("");
  if (run.scenarios.some((s) => s.fireSpread.source === "client")) {
    out.push(
      "¹ client-side: this backend reports no arrival times, so the spread is that of the sends (the server's may be wider).",
      "",
    );
  }
  const verdicts = scenarioVerdicts(run);
  for (const s of run.scenarios) {
    const search = explored.get(s.name);
    if (verdicts.get(s.name) === "race") out.push(...raceSection(run, s, search, ctx));
    else if (s.verdict !== "ok")
      out.push(
        `**${mdInline(s.name)}**: ${mdInline(s.headline)}${s.error && s.error !== s.headline ? ` (${mdInline(s.error)})` : ""}`,
        "",
      );
    if (search && search.verdict !== "ok" && search.verdict !== "race") {
      out.push(`**${mdInline(s.name)}** (interleaving search): ${mdInline(search.headline)}`, "");
    }
    for (const x of [s, search]) {
      const pending = x && pendingLine(x);
      if (pending) out.push(`**${mdInline(s.name)}**: ${mdInline(pending)}`, "");
      if (x) out.push(...logsSection(x));
    }
  }
  // A scenario the search ran but the stress rounds did not (never from the action; kept whole).
  for (const search of explored.values()) {
    if (!run.scenarios.some((s) => s.name === search.name) && search.counterexample) {
      out.push(...interleaving(run, search, search.counterexample));
    }
  }
  while (out.at(-1) === "") out.pop();
  return out.join("\n");
}

function searchSummary(s: ScenarioResult): string {
  if (s.counterexample)
    return `${ICON.race} ${s.counterexample.clients.length} clients, ${s.counterexample.steps.length} steps`;
  return `${ICON[s.verdict]} ${s.schedules ?? 0} schedule(s)${s.strategy === "exhaustive" && s.exhausted ? ", exhausted" : ""}`;
}

function raceSection(run: RunResult, s: ScenarioResult, search: ScenarioResult | undefined, ctx: Ctx): string[] {
  const racing = s.verdict === "race" ? s : (search ?? s);
  const note = standingNote(ctx.comparison, racing);
  const out = [`#### ${mdInline(s.name)}: ${mdInline(racing.headline)}`, ""];
  if (note) out.push(`_${mdInline(note)}_`, "");
  const functions = sourceLinks([...new Set([...s.functions, ...(search?.functions ?? [])])], ctx);
  if (functions) out.push(functions, "");
  // The shortest interleaving says more than any number of rounds: it comes first.
  if (search?.counterexample) out.push(...interleaving(run, search, search.counterexample, false));
  if (s.verdict !== "race") {
    out.push(`The stress rounds did not see it: ${mdInline(rateLine(s))}.`, "");
    return out;
  }
  out.push(`${mdInline(rateLine(s))}.`, "");
  out.push(...chart(s));
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
  out.push("Reproduce locally:", "", ...codeBlock("sh", wrapCommand(reproduceArgs(run, s))), "");
  return out;
}

/** "Functions: [`ledgerItems:addToLedger`](…/blob/<sha>/convex/ledgerItems.ts#L31)" */
function sourceLinks(functions: string[], ctx: Ctx): string | undefined {
  if (functions.length === 0) return undefined;
  const items = functions.map((fn) => {
    const where = ctx.source?.(fn);
    const name = `\`${mdInline(fn, 200).replace(/\\`/g, "'")}\``;
    if (!where) return name;
    return where.url ? `[${name}](${where.url}) (${mdInline(where.label)})` : `${name} (${mdInline(where.label)})`;
  });
  return `Functions: ${items.join(", ")}`;
}

/**
 * A chart of each round's observed value against the limit, only when it tells something: some
 * rounds did not violate, or the values vary. Twenty identical bars over a flat line say nothing
 * the table does not. Folded: the numbers above are the point.
 */
function chart(s: ScenarioResult): string[] {
  const measured = s.roundDetails.filter((r) => r.observed !== undefined);
  const rounds = measured.slice(0, CHART_ROUNDS);
  if (rounds.length < 2) return [];
  const values = new Set(rounds.map((r) => `${r.observed}/${r.limit}`));
  if (s.detectionRate >= 1 && values.size === 1) return [];
  const limit = rounds[0].limit ?? 0;
  const max = Math.max(limit, ...rounds.map((r) => r.observed ?? 0));
  const which = measured.length > rounds.length ? ` (first ${rounds.length} of ${measured.length} rounds)` : "";
  return [
    `<details><summary>Observed value per round against the limit${which}</summary>`,
    "",
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidText(s.name)}: observed per round vs limit"`,
    `  x-axis "round" [${rounds.map((r) => r.round).join(", ")}]`,
    `  y-axis "value" 0 --> ${Math.ceil(max * 1.1) + 1}`,
    `  bar [${rounds.map((r) => r.observed).join(", ")}]`,
    `  line [${rounds.map((r) => r.limit ?? limit).join(", ")}]`,
    "```",
    "",
    "</details>",
    "",
  ];
}

/** The counterexample's trace and the command that replays it, the token on a line of its own. */
function interleaving(
  run: RunResult,
  s: ScenarioResult,
  c: NonNullable<ScenarioResult["counterexample"]>,
  withHeading = true,
): string[] {
  const out: string[] = [];
  if (withHeading) out.push(`#### ${mdInline(s.name)}: ${mdInline(s.headline)}`, "");
  out.push(
    `Shortest interleaving (${c.clients.length} clients, ${c.steps.length} steps; ${mdInline(foundLine(s, c))}):`,
    "",
    ...codeBlock("text", c.trace),
    "",
    "Replay exactly this schedule:",
    "",
    ...codeBlock("sh", wrapCommand(replayArgs(run.config, s.name, c.token))),
    "",
  );
  return out;
}

function exploreMarkdown(run: RunResult, ctx: Ctx): string {
  const cmp = ctx.comparison;
  const out = headerLines(run, ctx);
  out.push(
    "| Scenario | Verdict | Result | Schedules | Distinct interleavings | Clients |",
    "|---|---|---|---|---|---|",
  );
  for (const s of run.scenarios) {
    const space = s.strategy === "exhaustive" ? (s.exhausted ? " (exhausted)" : " (not exhausted)") : "";
    out.push(
      `| ${cell(s.name)} | ${verdictCell(s, cmp)} | ${cell(s.headline)} | ${s.schedules ?? 0}${space} | ${s.distinctInterleavings ?? 0} | ${s.counterexample ? s.counterexample.clients.length : s.clients} |`,
    );
  }
  out.push("");
  for (const s of run.scenarios) {
    const pending = pendingLine(s);
    if (pending) out.push(`**${mdInline(s.name)}**: ${mdInline(pending)}`, "");
    out.push(...logsSection(s));
    if (!s.counterexample) continue;
    out.push(...interleaving(run, s, s.counterexample));
    const functions = sourceLinks(s.functions, ctx);
    if (functions) out.push(functions, "");
  }
  while (out.at(-1) === "") out.pop();
  return out.join("\n");
}

const cell = mdCell;

/**
 * A check that did not run (a config or backend error): its one line, on the commit it was for.
 * It replaces whatever an earlier run said, so a green comment never outlives a broken config.
 */
export function renderCouldNotRun(
  message: string,
  context: Pick<MarkdownContext, "commit" | "previous" | "commitUrl"> & { at?: string; version?: string } = {},
): string {
  const on = context.commit ? ` on ${commitLink(context.commit.sha, context.commit.url)}` : "";
  const out = [`### ⚠️ race-check could not run${on}: ${mdInline(message, 1000)}`];
  const meta = [context.at && time(context.at), context.version && `race-check ${context.version}`].filter(Boolean);
  if (meta.length > 0) out.push(`<sub>${meta.join(" · ")}</sub>`);
  const prev = context.previous;
  if (prev) {
    const where = prev.sha ? ` (${commitLink(prev.sha, context.commitUrl?.(prev.sha))})` : "";
    const said =
      Object.keys(prev.scenarios).length === 0
        ? "it could not run either"
        : `${ICON[prev.verdict]} ${VERDICT_LABEL[prev.verdict]}`;
    out.push("", `**The last run**${where}: ${said}. Fix the error above to get a new result.`);
  }
  return out.join("\n");
}

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
