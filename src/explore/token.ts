/**
 * Replay tokens: everything that fixes a schedule, as base64url of a compact JSON object, so it
 * survives a shell, a URL and a PR comment unquoted.
 */
import { createHash } from "node:crypto";
import type { Step } from "../engine/controlled/types.js";
import { flag, shellQuote } from "../shell.js";

export interface ReplayToken {
  /** Scenario name. */
  scenario: string;
  clients: number[];
  choices: number[];
  /** Seed of Math.random and the clock inside the schedule. */
  seed: number;
  stopAfter?: number;
  /** Fingerprint of the trace the token was made from: a replay checks it still matches. */
  trace?: string;
}

interface Wire {
  v: 1;
  s: string;
  c: number[];
  ch: string;
  r: number;
  x?: number;
  h?: string;
}

export function encodeToken(t: ReplayToken): string {
  const wire: Wire = {
    v: 1,
    s: t.scenario,
    c: t.clients,
    // Client indices are small: one base-36 digit each keeps long schedules short.
    ch: t.choices.every((c) => c < 36) ? t.choices.map((c) => c.toString(36)).join("") : `.${t.choices.join(".")}`,
    r: t.seed,
    ...(t.stopAfter !== undefined && { x: t.stopAfter }),
    ...(t.trace !== undefined && { h: t.trace }),
  };
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}

export function decodeToken(token: string): ReplayToken {
  let wire: Partial<Wire>;
  try {
    wire = JSON.parse(Buffer.from(token.trim(), "base64url").toString("utf8")) as Partial<Wire>;
  } catch {
    throw new Error("--replay: not a race-check replay token (copy it whole from the explore report)");
  }
  const ints = (a: unknown) => Array.isArray(a) && a.every((n) => Number.isSafeInteger(n) && (n as number) >= 0);
  if (
    wire?.v !== 1 ||
    typeof wire.s !== "string" ||
    !ints(wire.c) ||
    typeof wire.ch !== "string" ||
    !Number.isSafeInteger(wire.r) ||
    (wire.x !== undefined && !Number.isSafeInteger(wire.x))
  ) {
    throw new Error("--replay: not a race-check replay token, or one from an incompatible version");
  }
  const choices = wire.ch.startsWith(".")
    ? wire.ch.slice(1).split(".").map(Number)
    : [...wire.ch].map((d) => parseInt(d, 36));
  if (!ints(choices)) throw new Error("--replay: the token's schedule is damaged");
  return {
    scenario: wire.s,
    clients: wire.c as number[],
    choices,
    seed: wire.r as number,
    ...(wire.x !== undefined && { stopAfter: wire.x }),
    ...(wire.h !== undefined && { trace: wire.h }),
  };
}

/** What must be identical for a replay to count as the same trace: who ran what, and the results. */
export function traceFingerprint(steps: Step[]): string {
  const canonical = steps.map((s) => [
    s.client,
    s.kind,
    s.path,
    s.outcome ? (s.outcome.ok ? stable(s.outcome.value) : `!${s.outcome.error}`) : null,
  ]);
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex").slice(0, 12);
}

function stable(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? `${x}n` : x)) ?? "null";
}

/** The command that replays one explore counterexample exactly. */
export function replayCommand(configLabel: string, scenario: string, token: string): string {
  return replayArgs(configLabel, scenario, token).map(shellQuote).join(" ");
}

/** Its words, unquoted (a report may wrap them over lines). */
export function replayArgs(configLabel: string, scenario: string, token: string): string[] {
  return ["npx", "race-check", "explore", ...flag("--config", configLabel), ...flag("--scenario", scenario)].concat(
    "--replay",
    token,
  );
}
