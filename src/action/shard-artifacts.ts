/** mode merge: the report artifacts the shard jobs of this workflow run uploaded. */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import * as core from "./out.js";
import { CONTEXT_SUFFIX, parseRunContext, type SourceLocation } from "./run-context.js";

export interface DownloadedReport {
  /** "artifact race-check-report-shard-1-of-4: race-check-report.json", for messages. */
  label: string;
  text: string;
}

export interface ShardDownload {
  reports: DownloadedReport[];
  /**
   * Where the racy functions are defined, from the context files (`<report>.event.json`) the
   * shards uploaded beside their reports: each shard found them in its checkout, which the merge
   * job may not have. One shard's entry for a function is as good as another's.
   */
  sources: Record<string, SourceLocation>;
}

/**
 * An artifact-name pattern: `*` any run of characters, `?` one, everything else itself (artifact
 * names hold no path separators).
 */
export function artifactPattern(pattern: string): RegExp {
  const body = [...pattern]
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${body}$`);
}

/**
 * Lists this run's artifacts (the newest of each name, so a re-run shard replaces its first try),
 * downloads those whose name matches `pattern` except `own` (the merged report's, from an earlier
 * attempt of this job) into `dir`, and returns every report they hold and the sources their
 * context files name.
 */
export async function downloadShardReports(pattern: string, own: string, dir: string): Promise<ShardDownload> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    throw new Error(
      "mode merge reads this workflow run's artifacts, which only a GitHub runner can (no runtime token)",
    );
  }
  // Loaded only here: it is most of the bundle.
  const { DefaultArtifactClient } = await import("@actions/artifact");
  const client = new DefaultArtifactClient();
  const { artifacts } = await client.listArtifacts({ latest: true });
  const wanted = artifactPattern(pattern);
  const chosen = artifacts
    .filter((a) => wanted.test(a.name) && a.name !== own)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const reports: DownloadedReport[] = [];
  const sources: Record<string, SourceLocation> = {};
  for (const [i, artifact] of chosen.entries()) {
    // Numbered directories: an artifact name is not a safe path.
    const target = path.join(dir, String(i));
    await client.downloadArtifact(artifact.id, { path: target });
    const files = (await readdir(target, { recursive: true })).filter((f) => f.endsWith(".json")).sort();
    for (const file of files) {
      const label = `artifact ${artifact.name}: ${file.split(path.sep).join("/")}`;
      const text = await readFile(path.join(target, file), "utf8");
      // The context file beside each report is not a report: only its sources are of use here.
      if (file.endsWith(CONTEXT_SUFFIX)) {
        try {
          for (const [fn, where] of Object.entries(parseRunContext(text, label).sources)) sources[fn] ??= where;
        } catch (e) {
          core.warning(`race-check: ${(e as Error).message}: its source locations are not used`);
        }
        continue;
      }
      reports.push({ label, text });
    }
  }
  return { reports, sources };
}
