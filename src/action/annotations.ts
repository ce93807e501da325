import { readFile } from "node:fs/promises";
import path from "node:path";
import * as core from "./out.js";
import type { RunResult } from "../engine/result.js";
import { rateLine } from "../report/format.js";

const EXTENSIONS = [".ts", ".tsx", ".js", ".jsx", ".mts", ".mjs"];

export interface SourceLocation {
  /** Relative to the repository root, with forward slashes: what an annotation needs. */
  file: string;
  line?: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where "ledgerItems:addToLedger" is defined: `export const addToLedger` (or function) in
 * `<functionsDir>/ledgerItems.ts`; "module:default" is the module's `export default`.
 */
export async function locateFunction(
  functionPath: string,
  functionsDir: string,
  repoRoot: string,
): Promise<SourceLocation | undefined> {
  const [modulePath, name = "default"] = functionPath.split(":");
  for (const ext of EXTENSIONS) {
    const absolute = path.join(functionsDir, `${modulePath}${ext}`);
    const source = await readFile(absolute, "utf8").catch(() => undefined);
    if (source === undefined) continue;
    const file = path.relative(repoRoot, absolute).split(path.sep).join("/");
    const definition =
      name === "default"
        ? /^\s*export\s+default\b/
        : new RegExp(`^\\s*export\\s+(?:const|let|var|(?:async\\s+)?function\\*?)\\s+${escapeRegExp(name)}\\b`);
    const lines = source.split(/\r?\n/);
    const index = lines.findIndex((l) => definition.test(l));
    return { file, line: index >= 0 ? index + 1 : undefined };
  }
  return undefined;
}

/** Where each function of a racing scenario (stress rounds or search) is defined. */
export async function locateSources(
  run: RunResult,
  functionsDir: string,
  repoRoot: string,
): Promise<Record<string, SourceLocation>> {
  const out: Record<string, SourceLocation> = {};
  for (const s of [...run.scenarios, ...(run.explore?.scenarios ?? [])]) {
    if (s.verdict !== "race") continue;
    for (const fn of s.functions) {
      if (fn in out) continue;
      const where = await locateFunction(fn, functionsDir, repoRoot);
      if (where) out[fn] = where;
    }
  }
  return out;
}

/**
 * One annotation per function a racing scenario called, on the line that defines it: an error
 * when the race fails the check, a warning for one that does not (known, or already on the base
 * branch).
 */
export function annotateRaces(run: RunResult, sources: Record<string, SourceLocation>, failing: Set<string>): number {
  let count = 0;
  for (const s of run.scenarios) {
    if (s.verdict !== "race") continue;
    const annotate = failing.has(s.name) ? core.error : core.warning;
    const known = failing.has(s.name) ? "" : s.expect === "race" ? " (a known race)" : " (not failing the check)";
    for (const fn of new Set(s.functions)) {
      const where = sources[fn];
      annotate(`${s.name}: ${s.headline}; ${rateLine(s)}. ${fn} is part of a race condition${known}.`, {
        title: `race-check: race condition in ${fn}`,
        ...(where && { file: where.file, startLine: where.line, endLine: where.line }),
      });
      count++;
    }
  }
  return count;
}
