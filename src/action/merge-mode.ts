/**
 * `mode: merge`: the job after a matrix of shards. It downloads the shards' report artifacts,
 * merges them into one report and publishes that as a single run would: the report, the outputs,
 * the job summary, the annotations, the artifact, then the one PR comment or tracking issue.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as core from "./out.js";
import { ConfigError } from "../errors.js";
import { mergeShardReports, parseReport } from "../engine/merge.js";
import type { RunResult } from "../engine/result.js";
import { joinVerdicts } from "../model.js";
import { checkOutputPath } from "../output/report-file.js";
import { redactDeep } from "../output/secrets.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderText } from "../report/text.js";
import { annotateRaces } from "./annotations.js";
import { downloadShardReports } from "./artifacts.js";
import { configId } from "./config-id.js";
import type { EventInfo } from "./event.js";
import { failure } from "./fail-policy.js";
import { publishToGitHub } from "./github-publish.js";
import type { ActionInputs } from "./inputs.js";
import { setOutputs, uploadReport, writeReport, writeSummary } from "./publish.js";

export async function runMerge(inputs: ActionInputs, event: EventInfo): Promise<void> {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  // The merge job needs no checkout: working-directory only places the report (and finds the
  // functions for annotations when the code is there).
  const cwd = path.resolve(repoRoot, inputs.workingDirectory);
  const reportFile = path.resolve(cwd, inputs.reportPath);
  const fail = (message: string) => {
    core.setOutput("verdict", "error");
    core.setFailed(`race-check: ${message}`);
  };
  let merged: RunResult;
  try {
    await checkOutputPath(reportFile, "input report-path", { createDir: true });
    const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-shards-"));
    const files = await downloadShardReports(inputs.artifactPattern, inputs.artifactName, dir);
    if (files.length === 0) {
      throw new ConfigError(
        `mode merge: no artifact of this workflow run matches artifact-pattern "${inputs.artifactPattern}" (did the shard jobs run, and upload their reports?)`,
      );
    }
    core.info(`merging ${files.length} shard report(s): ${files.map((f) => f.label).join(", ")}`);
    // Before anything renders it: escaping and cutting would change a secret past recognition.
    merged = redactDeep(mergeShardReports(files.map((f) => ({ label: f.label, run: parseReport(f.text, f.label) }))));
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  for (const i of merged.merged?.missing ?? []) {
    core.warning(`race-check: no report of shard ${i}/${merged.merged?.count} was found: its rounds count as not run`);
  }
  core.info(renderText(merged));
  // As in a single run: a race only the search found is a race.
  const effective: RunResult = {
    ...merged,
    verdict: merged.explore ? joinVerdicts([merged.verdict, merged.explore.verdict]) : merged.verdict,
  };

  // Everything that needs no GitHub API first (see main.ts).
  await writeReport(merged, reportFile);
  setOutputs(effective, reportFile);
  if (merged.explore) {
    const racy = [...merged.scenarios, ...merged.explore.scenarios].filter((x) => x.verdict === "race");
    core.setOutput("races", new Set(racy.map((x) => x.name)).size);
  }
  core.setOutput("explore-verdict", merged.explore?.verdict ?? "");
  const markdown = renderMarkdown(merged);
  await writeSummary(markdown).catch((e: unknown) => core.warning(`job summary not written: ${String(e)}`));
  await annotateRaces(merged, path.resolve(cwd, await functionsDir(cwd)), repoRoot);
  await uploadReport(reportFile, inputs.artifactName);

  const reason = failure(merged, inputs.failOn) ?? (merged.explore && failure(merged.explore, inputs.failOn));
  if (reason) core.setFailed(reason);
  else if (merged.verdict === "race") core.info("race found, not failing the step: fail-on is never");
  else if (merged.verdict === "inconclusive") {
    core.warning("race-check: no violation seen, but some rounds could not be decided (see the summary)");
  }
  const commentUrl = await publishToGitHub({ inputs, event, result: effective, markdown, configId: configId(inputs) });
  core.setOutput("comment-url", commentUrl ?? "");
}

/** convex.json's `functions`, else convex/: where annotations point when the code is checked out. */
async function functionsDir(cwd: string): Promise<string> {
  const text = await readFile(path.join(cwd, "convex.json"), "utf8").catch(() => undefined);
  try {
    const functions = text === undefined ? undefined : (JSON.parse(text) as { functions?: unknown }).functions;
    return typeof functions === "string" ? functions : "convex";
  } catch {
    return "convex";
  }
}
