/**
 * Every secret this process knows, and the one redaction step that every text we emit passes
 * through (stdout, stderr, report files, and in the action its log, outputs, summary, annotations,
 * comment and issue bodies). Secrets are registered once, where they enter: a flag or env var, an
 * action input, a backend we started. Call sites never redact on their own.
 */
import { ConfigError } from "../errors.js";

export const REDACTED = "***";

/**
 * Shorter values are not redacted: replacing every "true" or "1234" in a report would garble it,
 * and no real key or token is that short.
 */
const MIN_LENGTH = 6;

const known = new Set<string>();
/** Every form of every secret, longest first, so a secret containing another goes whole. */
let forms: string[] = [];

/**
 * Registers a secret for redaction; undefined, empty and very short values are ignored. Each line
 * of a value with several goes too: an error that quotes a header or a command line cut at the
 * newline (`Headers.append: "token ghs_first…`) shows one line of it, never the whole.
 */
export function registerSecret(value: string | undefined): void {
  if (value === undefined) return;
  for (const v of new Set([value, value.trim(), ...secretLines(value)])) {
    if (v.length < MIN_LENGTH || known.has(v)) continue;
    known.add(v);
  }
  forms = [...new Set([...known].flatMap(encodings))].filter((f) => f.length >= MIN_LENGTH);
  forms.sort((a, b) => b.length - a.length);
}

/** The lines of a value that has several, each trimmed. */
export function secretLines(value: string): string[] {
  const lines = value.split(/\r\n|[\r\n]/).map((l) => l.trim());
  return lines.length > 1 ? lines.filter((l) => l.length >= MIN_LENGTH) : [];
}

/** The ways a secret shows up in text a server or a library echoes back. */
function encodings(secret: string): string[] {
  const bytes = Buffer.from(secret);
  const base64 = bytes.toString("base64");
  const header = Buffer.from(`Convex ${secret}`).toString("base64");
  return [
    secret,
    encodeURIComponent(secret),
    encodeURI(secret),
    JSON.stringify(secret).slice(1, -1),
    base64,
    base64.replace(/=+$/, ""),
    bytes.toString("base64url"),
    header,
    header.replace(/=+$/, ""),
  ];
}

/** `text` with every registered secret, in every form, replaced by "***". */
export function redact(text: string): string {
  let out = text;
  for (const f of forms) if (out.includes(f)) out = out.split(f).join(REDACTED);
  return out;
}

/**
 * A result (run, explore, report envelope) with every string in it redacted, keys included. Used
 * before rendering: Markdown escaping ("|" → "\\|") and cutting long cells would otherwise turn a
 * secret into text that no longer matches it.
 */
export function redactDeep<T>(value: T): T {
  if (forms.length === 0) return value;
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map(walk);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), walk(v)]));
  }
  return value;
}

/** For tests: forget every secret. */
export function clearSecrets(): void {
  known.clear();
  forms = [];
}

/**
 * A key or token goes into an HTTP header: a newline or another control character in it would
 * fail deep inside fetch with an error that prints the value. Refused up front, without echoing it.
 * Surrounding whitespace (a trailing newline from a secrets file) is trimmed.
 */
export function checkSecretValue(value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  registerSecret(value);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw new ConfigError(
      `${what} contains a newline or another control character (not shown); copy it again as one line`,
    );
  }
  return trimmed === "" ? undefined : trimmed;
}
