import type { RunResult, ScenarioResult } from "../engine/result.js";
import { flag, shellQuote } from "../shell.js";
import type { Comparison, Standing } from "./baseline.js";

export const VERDICT_LABEL: Record<ScenarioResult["verdict"], string> = {
  race: "RACE CONDITION",
  ok: "OK",
  inconclusive: "INCONCLUSIVE",
  error: "ERROR",
};

export const VERDICT_ICON: Record<ScenarioResult["verdict"], string> = {
  race: "🔴",
  ok: "🟢",
  inconclusive: "🟡",
  error: "⚠️",
};

export function pct(x: number): string {
  const v = x * 100;
  if (v >= 10 || v === 0) return `${v.toFixed(0)}%`;
  // Below 1 %, two significant digits: 9,274 clean rounds bound the rate at 0.033 %, not "0.0 %".
  return `${v >= 1 ? v.toFixed(1) : Number(v.toPrecision(2))}%`;
}

/**
 * An upper bound as a percentage, rounded up so that "< x %" stays true:
 * 0.0323 % is "< 0.033 %", never "< 0.032 %" (nor "< 0.0 %").
 */
export function pctBound(x: number): string {
  const v = x * 100;
  if (v <= 0) return "0%";
  const digits = v >= 10 ? 0 : v >= 1 ? 1 : 1 - Math.floor(Math.log10(v));
  const scale = 10 ** digits;
  const up = Math.ceil(v * scale - 1e-9) / scale;
  return `${up.toFixed(digits)}%`;
}

export function ms(x: number | undefined): string {
  if (x === undefined) return "n/a";
  return x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(0)} ms`;
}

/**
 * "5 round(s) left emails:send pending (due in 60 s)": scheduled work due beyond the settle
 * horizon was never waited for, so the invariant never saw its effect.
 */
export function pendingLine(s: ScenarioResult): string | undefined {
  if (!s.pending?.length) return undefined;
  const noun = s.mode === "explore" ? "schedule(s)" : "round(s)";
  const items = s.pending.map((p) => `${p.path} (${p.count} ${noun}, due in ${seconds(p.dueInMs)})`);
  return `scheduled work beyond the settle horizon, not checked: ${items.join(", ")}`;
}

/** "12 log lines (2 from scheduled functions that threw), in race-check-report.log". */
export function logsLine(s: ScenarioResult): string | undefined {
  const l = s.logs;
  if (!l) return undefined;
  const errors = l.scheduledErrors > 0 ? ` (${l.scheduledErrors} from scheduled functions that threw)` : "";
  return `${l.count} log line(s)${errors}${l.file ? `, all in ${l.file}` : ""}`;
}

function seconds(msValue: number): string {
  return msValue >= 10_000 ? `${Math.round(msValue / 1000)} s` : `${(msValue / 1000).toFixed(1)} s`;
}

/** "detected in 20/20 rounds (100%, 95% CI 84–100%)" or the bound a clean run proves. */
export function rateLine(s: ScenarioResult): string {
  if (s.rounds === 0) return "no round completed";
  if (s.violations > 0) {
    return `detected in ${s.violations}/${s.rounds} rounds (${pct(s.detectionRate)}, 95% CI ${pct(s.interval[0])}–${pct(s.interval[1])})`;
  }
  const clean = s.rounds - s.unknown;
  const bound = s.upperBound !== undefined ? `: per-round race probability < ${pctBound(s.upperBound)} at 95%` : "";
  return s.unknown > 0 ? `0/${s.rounds} rounds, ${clean} decided clean${bound}` : `0/${s.rounds} rounds${bound}`;
}

/**
 * The exact command that re-runs one scenario with this run's seed and sizes. A shard's rounds are
 * re-run by its own command (the same plan needs the same selection); in a merged report, by the
 * command of the shard that ran the scenario's first violating round.
 */
export function reproduceCommand(run: RunResult, s: ScenarioResult): string {
  return reproduceArgs(run, s).map(shellQuote).join(" ");
}

/** Its words, unquoted. A shard's, or a merged run's scenario's, is the command of its shard. */
export function reproduceArgs(run: RunResult, s: ScenarioResult): string[] {
  const shardWords = (args: string[] | undefined, command: string) => args ?? command.split(" ");
  if (run.shard) return shardWords(run.shard.args, run.shard.command);
  if (run.merged) {
    const round = s.sampleRound?.round;
    const parts = s.shardRounds?.parts ?? [];
    const shard = (parts.find((p) => round !== undefined && round >= p.from && round <= p.to) ?? parts[0])?.shard;
    const found = run.merged.shards.find((x) => x.index === shard);
    if (found) return shardWords(found.args, found.command);
  }
  const parts = ["npx", "race-check", "run", ...flag("--config", run.config), ...flag("--scenario", s.name)];
  parts.push("--rounds", String(s.rounds + s.errors), "--clients", String(s.clients), "--seed", String(run.seed));
  if (run.backend.kind !== "embedded") parts.push("--backend", run.backend.kind);
  return parts;
}

/**
 * A command as lines that fit `width` (a PR comment's code block scrolls sideways past ~80),
 * joined by shell line continuations. A flag stays with its value; a value too long for any line
 * (a replay token) goes on a line of its own, so only it can overflow.
 */
export function wrapCommand(args: string[], width = 80): string[] {
  // Room for the " \\" that continues a line.
  const limit = width - 2;
  let i = 0;
  const head: string[] = [];
  while (i < args.length && !args[i].startsWith("--")) head.push(shellQuote(args[i++]));
  const lines: string[] = [];
  let current = head.join(" ");
  while (i < args.length) {
    const flagWord = shellQuote(args[i++]);
    // flag() joins a value that starts with "-" to its flag with "=", so any other word is a value.
    const value = i < args.length && !args[i].startsWith("--") ? shellQuote(args[i++]) : undefined;
    const text = value === undefined ? flagWord : `${flagWord} ${value}`;
    if (current.length + 1 + text.length <= limit) {
      current = current === "" ? text : `${current} ${text}`;
    } else if (value === undefined || 2 + text.length <= limit) {
      lines.push(current);
      current = `  ${text}`;
    } else {
      if (current.length + 1 + flagWord.length <= limit) lines.push(`${current} ${flagWord}`);
      else lines.push(current, `  ${flagWord}`);
      current = `  ${value}`;
    }
  }
  lines.push(current);
  return lines.map((l, n) => (n < lines.length - 1 ? `${l} \\` : l));
}

/** "seed 42", "seed 42, shard 2/4 (shard seed 1234)" or "4 shards merged, seed 42". */
export function seedLabel(run: RunResult): string {
  if (run.shard) return `seed ${run.seed}, shard ${run.shard.index}/${run.shard.count} (shard seed ${run.shard.seed})`;
  if (run.merged) {
    const { count, missing } = run.merged;
    const seeds = new Set(run.merged.shards.map((x) => x.runSeed));
    const seed = seeds.size === 1 ? `seed ${run.seed}` : `seeds ${[...seeds].join(", ")}`;
    const gone = missing.length > 0 ? `, shard(s) ${missing.map((i) => `${i}/${count}`).join(", ")} missing` : "";
    return `${count - missing.length} of ${count} shards merged${gone}, ${seed}`;
  }
  return `seed ${run.seed}`;
}

/** "rounds 11–20 of 20 (shard 2/4)" for a shard's part of a scenario. */
export function shardRoundsLine(run: RunResult, s: ScenarioResult): string | undefined {
  if (!run.shard || !s.shardRounds) return undefined;
  const ranges = s.shardRounds.parts.map((p) => (p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`));
  return `rounds ${ranges.join(", ")} of ${s.shardRounds.of} (shard ${run.shard.index}/${run.shard.count})`;
}

/**
 * "fire spread p50 0.21 ms, max 0.48 ms (server arrival stamps)". A backend that reports no
 * arrival times gets the spread of the client's sends, and the line says so.
 */
export function spreadLine(s: ScenarioResult): string | undefined {
  const { p50, max, source } = s.fireSpread;
  if (p50 === undefined) return undefined;
  const where =
    source === "server" ? "server arrival stamps" : "client-side send times: this backend reports no arrival times";
  return `fire spread p50 ${ms(p50)}, max ${ms(max)} (${where})`;
}

const STANDING_NOTE: Record<Standing, string | undefined> = {
  race: undefined,
  new: "new: not racing in the baseline",
  still: "also racing in the baseline",
  known: "known race: reported, not failing",
  fixed: "fixed: it raced in the baseline",
  "may-be-fixed": 'expected a race (expect: "race"), none seen: it may be fixed',
  none: undefined,
};

const STANDING_TAG: Record<Standing, string | undefined> = {
  race: undefined,
  new: "new",
  still: "also in the baseline",
  known: "known race",
  fixed: "fixed",
  "may-be-fixed": "may be fixed",
  none: undefined,
};

/**
 * What the comparison says of one section's scenario, or undefined: race notes only where this
 * section saw the race, "fixed" notes only where it decided the scenario clean (a race only the
 * search found leaves the stress section's OK unannotated). `short`: a table cell's tag.
 */
export function standingNote(cmp: Comparison | undefined, s: ScenarioResult, short = false): string | undefined {
  const standing = cmp?.scenarios.find((x) => x.name === s.name)?.standing;
  if (standing === undefined) return undefined;
  const racing = standing === "race" || standing === "new" || standing === "still" || standing === "known";
  if (racing ? s.verdict !== "race" : s.verdict !== "ok") return undefined;
  return (short ? STANDING_TAG : STANDING_NOTE)[standing];
}

/**
 * "Against the baseline abc1234: 1 new race (X); 2 still racing; 1 fixed (Y)." plus the known
 * races and those that may be fixed; undefined when there is nothing of the kind to say.
 */
export function comparisonLine(cmp: Comparison): string | undefined {
  const list = (standing: Standing) => cmp.scenarios.filter((s) => s.standing === standing).map((s) => s.name);
  const parts: string[] = [];
  const item = (names: string[], one: string, many = one) =>
    names.length > 0 && parts.push(`${names.length} ${names.length === 1 ? one : many} (${names.join(", ")})`);
  if (cmp.baseline) {
    item(list("new"), "new race", "new races");
    item(list("still"), "still racing");
    item(list("fixed"), "fixed");
  }
  item(list("known"), "known race", "known races");
  item(list("may-be-fixed"), "expected race not seen, may be fixed", "expected races not seen, may be fixed");
  if (parts.length === 0) return cmp.baseline ? `Against the baseline ${cmp.baseline.label}: no change.` : undefined;
  return `${cmp.baseline ? `Against the baseline ${cmp.baseline.label}: ` : ""}${parts.join("; ")}.`;
}
