import { readFile } from "node:fs/promises";
import path from "node:path";
import { listModules } from "./project-files.js";

/** What a static read of the functions directory tells about one exported function. */
export interface FunctionInfo {
  path: string;
  /** "public" / "internal" when the builder's name says so (query vs internalQuery); else unknown. */
  visibility: "public" | "internal" | "unknown";
}

const BUILDER = /^(internal)?(query|mutation|action)$/i;

/**
 * Lists the functions a project exports, by reading its sources (no code runs, so it works before
 * any backend is up and for every backend kind). Custom builders keep their names but have
 * unknown visibility.
 */
export async function scanFunctions(functionsDir: string): Promise<Map<string, FunctionInfo>> {
  const found = new Map<string, FunctionInfo>();
  for (const file of await listModules(functionsDir)) {
    // http.ts and crons.ts may export functions too; schema and auth.config never do.
    if (file.startsWith("_generated/") || /^(schema|auth\.config)\.[^/]+$/.test(file)) continue;
    const source = await readFile(path.join(functionsDir, file), "utf8");
    const module = file.replace(/\.[^./]+$/, "");
    for (const m of source.matchAll(/export\s+const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*([A-Za-z_$][\w$]*)?/g)) {
      const builder = m[2] ?? "";
      const b = BUILDER.exec(builder);
      found.set(`${module}:${m[1]}`, {
        path: `${module}:${m[1]}`,
        visibility: b ? (b[1] ? "internal" : "public") : "unknown",
      });
    }
    for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Za-z_$][\w$]*)/g)) {
      found.set(`${module}:${m[1]}`, { path: `${module}:${m[1]}`, visibility: "unknown" });
    }
    for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const part of m[1].split(",")) {
        const name = part
          .trim()
          .split(/\s+as\s+/)
          .pop()
          ?.trim();
        if (name) found.set(`${module}:${name}`, { path: `${module}:${name}`, visibility: "unknown" });
      }
    }
    const byDefault = /export\s+default\s+([A-Za-z_$][\w$]*)?/.exec(source);
    if (byDefault) {
      const b = BUILDER.exec(byDefault[1] ?? "");
      found.set(`${module}:default`, {
        path: `${module}:default`,
        visibility: b ? (b[1] ? "internal" : "public") : "unknown",
      });
    }
  }
  return found;
}

/** The known names closest to `wanted` (edit distance), best first. */
export function closeMatches(wanted: string, known: Iterable<string>, max = 3): string[] {
  const fn = (p: string) => p.slice(p.indexOf(":") + 1).toLowerCase();
  // A typo in the module or in the function name alone should still find the intended function.
  const scored = [...known].map((k) => ({
    k,
    d: Math.min(
      distance(wanted.toLowerCase(), k.toLowerCase()),
      distance(fn(wanted), fn(k)) + 1,
      fn(wanted).length >= 3 && fn(k).includes(fn(wanted)) ? 2 : Infinity,
    ),
  }));
  const limit = Math.max(3, Math.floor(wanted.length / 2));
  return scored
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, max)
    .map((s) => s.k);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
