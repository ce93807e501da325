/**
 * `mode: merge`: the job after a matrix of shards. It downloads the shards' report artifacts,
 * merges them into one report and publishes that as a single run would: the report, the outputs,
 * the job summary, the annotations, the artifact, then the one PR comment or tracking issue. Source
 * links and annotated lines come from the checkout when there is one, else from the context files
 * the shards uploaded beside their reports.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as core from "./out.js";
import { ConfigError } from "../errors.js";
import { mergeShardReports, parseReport } from "../engine/merge.js";
import type { RunResult } from "../engine/result.js";
import { checkOutputPath } from "../output/report-file.js";
import { redactDeep } from "../output/secrets.js";
import { renderText } from "../report/text.js";
import { locateSources, type SourceLocation } from "./annotations.js";
import { downloadShardReports } from "./shard-artifacts.js";
import { configId } from "./config-id.js";
import type { EventInfo } from "./event.js";
import { deliver, deliverFailure, readBaselineFile, type Delivery } from "./deliver.js";
import type { ActionInputs } from "./inputs.js";

export async function runMerge(inputs: ActionInputs, event: EventInfo): Promise<void> {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  // The merge job needs no checkout: working-directory only places the report (and finds the
  // functions for annotations and source links when the code is there).
  const cwd = path.resolve(repoRoot, inputs.workingDirectory);
  const reportFile = path.resolve(cwd, inputs.reportPath);
  const delivery: Delivery = { inputs, event, configId: configId(inputs), cwd, onRunner: true };
  let merged: RunResult;
  let shardSources: Record<string, SourceLocation>;
  try {
    await checkOutputPath(reportFile, "input report-path", { createDir: true });
    delivery.reportFile = reportFile;
    delivery.baseline = await readBaselineFile(inputs, cwd);
    const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-shards-"));
    const { reports: files, sources } = await downloadShardReports(inputs.artifactPattern, inputs.artifactName, dir);
    shardSources = sources;
    if (files.length === 0) {
      throw new ConfigError(
        `mode merge: no artifact of this workflow run matches artifact-pattern "${inputs.artifactPattern}" (did the shard jobs run, and upload their reports?)`,
      );
    }
    core.info(`merging ${files.length} shard report(s): ${files.map((f) => f.label).join(", ")}`);
    // Before anything renders it: escaping and cutting would change a secret past recognition.
    merged = redactDeep(mergeShardReports(files.map((f) => ({ label: f.label, run: parseReport(f.text, f.label) }))));
  } catch (e) {
    return deliverFailure(delivery, e instanceof Error ? e.message : String(e));
  }
  for (const i of merged.merged?.missing ?? []) {
    core.warning(`race-check: no report of shard ${i}/${merged.merged?.count} was found: its rounds count as not run`);
  }
  core.info(renderText(merged));
  const functionsDir = path.resolve(cwd, merged.functionsDir ?? (await functionsDirOf(cwd)));
  // The checkout, when there is one, knows best; without it, where the shards found each function.
  const sources = { ...shardSources, ...(await locateSources(merged, functionsDir, repoRoot)) };
  await deliver({ ...delivery, reportFile }, merged, sources);
}

/** convex.json's `functions`, else convex/: where annotations point when the code is checked out. */
async function functionsDirOf(cwd: string): Promise<string> {
  const text = await readFile(path.join(cwd, "convex.json"), "utf8").catch(() => undefined);
  try {
    const functions = text === undefined ? undefined : (JSON.parse(text) as { functions?: unknown }).functions;
    return typeof functions === "string" ? functions : "convex";
  } catch {
    return "convex";
  }
}
