/**
 * The comment's hidden memory: a small digest of the run it shows (commit, time, verdicts), as
 * JSON inside an HTML comment on the line after the marker. The next run reads it back to say
 * what changed since. JSON escapes every character that could end the HTML comment or start a
 * tag ("-", "<", ">", "&" as \u escapes), so no scenario name can break out of it.
 */
import type { RunVerdict } from "../engine/result.js";
import type { RunDigest } from "../report/markdown.js";

const PREFIX = "<!-- race-check-data:";
const SUFFIX = " -->";
const VERDICTS = new Set<RunVerdict>(["race", "ok", "inconclusive", "error"]);

export function encodeDigest(digest: RunDigest): string {
  const json = JSON.stringify(digest).replace(/[-<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${PREFIX}${json}${SUFFIX}`;
}

/** The digest in an earlier comment of ours, or undefined when it has none (or a damaged one). */
export function decodeDigest(body: string | null | undefined): RunDigest | undefined {
  const line = body?.split(/\r?\n/).find((l) => l.startsWith(PREFIX) && l.trimEnd().endsWith(SUFFIX.trim()));
  if (!line) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line.trimEnd().slice(PREFIX.length, -SUFFIX.length));
  } catch {
    return undefined;
  }
  const d = value as Partial<RunDigest> | null;
  if (d === null || typeof d !== "object" || d.v !== 1 || !VERDICTS.has(d.verdict as RunVerdict)) return undefined;
  const scenarios: Record<string, RunVerdict> = {};
  if (d.scenarios !== null && typeof d.scenarios === "object") {
    for (const [name, verdict] of Object.entries(d.scenarios)) {
      if (VERDICTS.has(verdict)) scenarios[name] = verdict;
    }
  }
  return {
    v: 1,
    ...(typeof d.sha === "string" && /^[0-9a-f]{7,64}$/i.test(d.sha) && { sha: d.sha }),
    ...(typeof d.at === "string" && { at: d.at }),
    verdict: d.verdict as RunVerdict,
    scenarios,
  };
}
