/**
 * What the action does with a finished report, in `run` and `publish` mode alike: compare it with
 * the baseline, write the report, the outputs, the job summary and the annotations (all before the
 * comment, so a fork's read-only token or an outage cannot cost them), decide the step, then
 * comment. And what it does when the check could not run at all.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { RunResult } from "../engine/result.js";
import { ConfigError } from "../errors.js";
import { writeOutputFile } from "../output/report-file.js";
import { VERSION } from "../version.js";
import { compareRuns, failingRaces, named, parseReport, scenarioVerdicts } from "../report/baseline.js";
import { digest, renderCouldNotRun, renderMarkdown, type MarkdownContext } from "../report/markdown.js";
import { annotateRaces, type SourceLocation } from "./annotations.js";
import { findBaselineArtifact } from "./artifacts.js";
import type { EventInfo } from "./event.js";
import { failure } from "./fail-policy.js";
import { createOctokit, type Octokit } from "./github-api.js";
import { publishToGitHub } from "./github-publish.js";
import type { ActionInputs } from "./inputs.js";
import * as core from "./out.js";
import { setOutputs, uploadReport, writeReport, writeSummary } from "./publish.js";
import { contextFile, runContext } from "./run-context.js";

export interface Delivery {
  inputs: ActionInputs;
  event: EventInfo;
  /** The config file relative to the repository. */
  configId: string;
  /** The working directory: a baseline path is relative to it. */
  cwd: string;
  /** Where the JSON report goes; undefined when the path itself was the problem. */
  reportFile?: string;
  /** Run mode: annotations on the source, and the report artifact (with the context for publish). */
  onRunner: boolean;
  /** A baseline read from a file before the run. */
  baseline?: { run: RunResult; label: string };
  /** The report artifact's name, when not the input's (each shard of a matrix has its own). */
  artifactName?: string;
  /** The functions' logs beside the report: they go into the artifact with it. */
  logFiles?: string[];
  /** A shard of a matrix: the merge job writes the one comment (or tracking issue), not this one. */
  commentFromMergeJob?: { index: number; count: number };
  octokit?: Octokit;
}

type Baseline = { run: RunResult; label: string; startedAt?: string };

/** A `baseline` input that names a file: read before anything runs, so a wrong path costs one line. */
export async function readBaselineFile(inputs: ActionInputs, cwd: string): Promise<Baseline | undefined> {
  if (inputs.baseline === undefined || inputs.baseline === "artifact") return undefined;
  const file = path.resolve(cwd, inputs.baseline);
  const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(`input baseline: cannot read ${inputs.baseline} (${e.code ?? e.message})`);
  });
  return { run: parseReport(text, `input baseline: ${inputs.baseline}`), label: inputs.baseline };
}

/**
 * `baseline: artifact`: the base branch's latest report. Not finding one (a first run, expired
 * reports, a token without `actions: read`) is a warning: with no baseline, every race the config
 * does not expect counts as new.
 */
async function fetchBaseline(d: Delivery): Promise<Baseline | undefined> {
  if (d.inputs.baseline !== "artifact") return d.baseline;
  const none = (why: string) => {
    core.warning(`race-check: no baseline report (${why}): every race the config does not expect counts as new`);
    return undefined;
  };
  if (!d.inputs.githubToken && !d.octokit) return none("no github-token to read the base branch's artifacts");
  try {
    const octokit = d.octokit ?? (await createOctokit(d.inputs.githubToken as string));
    const found = await findBaselineArtifact(octokit, d.event, d.inputs.artifactName);
    if (!found) {
      return none(`no completed run on ${d.event.baseRef} kept an artifact named "${d.inputs.artifactName}"`);
    }
    const [name, text] = [...found.files].find(([file]) => !file.endsWith(".event.json")) ?? [];
    if (name === undefined || text === undefined) return none(`artifact of run ${found.runId} holds no report`);
    const run = parseReport(text, `the report of run ${found.runId}`);
    const label = found.sha
      ? `${d.event.baseRef} at ${found.sha.slice(0, 7)}`
      : `${d.event.baseRef} (run ${found.runId})`;
    core.info(`baseline: the report of run ${found.runId} on ${d.event.baseRef}${found.sha ? ` (${found.sha})` : ""}`);
    return { run, label };
  } catch (e) {
    return none((e as Error).message.split("\n")[0]);
  }
}

function commitUrl(event: EventInfo, sha: string): string | undefined {
  if (!event.owner || !event.repo) return undefined;
  return `${event.serverUrl}/${event.owner}/${event.repo}/commit/${sha}`;
}

function sourceLink(event: EventInfo, sources: Record<string, SourceLocation>): MarkdownContext["source"] {
  return (fn) => {
    const where = sources[fn];
    if (!where) return undefined;
    const label = where.line ? `${where.file}:${where.line}` : where.file;
    if (!event.headSha || !event.owner) return { label };
    const file = where.file.split("/").map(encodeURIComponent).join("/");
    const url = `${event.serverUrl}/${event.owner}/${event.repo}/blob/${event.headSha}/${file}${where.line ? `#L${where.line}` : ""}`;
    return { label, url };
  };
}

/** A finished report: everything that needs no GitHub API first, then the step's result, then the comment. */
export async function deliver(
  d: Delivery & { reportFile: string },
  result: RunResult,
  sources: Record<string, SourceLocation>,
  exploreError?: string,
): Promise<void> {
  const { inputs, event } = d;
  const baseline = await fetchBaseline(d);
  const comparison = compareRuns(result, baseline);
  const failing = new Set(failingRaces(comparison, inputs.failOn));

  await writeReport(result, d.reportFile);
  const context = contextFile(d.reportFile);
  if (d.onRunner) {
    await writeJson(context, runContext(event, d.configId, { report: path.basename(d.reportFile), sources }));
  }
  setOutputs(result, comparison, d.reportFile, exploreError);
  core.setOutput("explore-verdict", result.explore ? result.explore.verdict : exploreError ? "error" : "");
  const markdownContext: MarkdownContext = {
    comparison,
    failOn: inputs.failOn,
    ...(event.headSha && { commit: { sha: event.headSha, url: commitUrl(event, event.headSha) } }),
    commitUrl: (sha) => commitUrl(event, sha),
    source: sourceLink(event, sources),
  };
  await writeSummary(renderMarkdown(result, markdownContext)).catch((e: unknown) =>
    core.warning(`job summary not written: ${String(e)}`),
  );
  if (d.onRunner) {
    annotateRaces(result, sources, failing);
    await uploadReport([d.reportFile, context, ...(d.logFiles ?? [])], d.artifactName ?? inputs.artifactName);
  }

  const reason =
    failure(result, comparison, inputs.failOn) ??
    (exploreError && `race-check: explore could not run: ${exploreError}`);
  const racing = [...scenarioVerdicts(result).values()].includes("race");
  if (reason) core.setFailed(reason);
  else if (racing) core.info(`races found, none failing the step (fail-on: ${inputs.failOn})`);
  else if (result.verdict === "inconclusive") {
    core.warning("race-check: no violation seen, but some rounds could not be decided (see the summary)");
  }

  if (d.commentFromMergeJob) {
    const { index, count } = d.commentFromMergeJob;
    core.info(`shard ${index}/${count}: the PR comment and the tracking issue are left to the merge job`);
    core.setOutput("comment-url", "");
    return;
  }
  const summary = digest(result, event.headSha);
  const url = await publishToGitHub({
    inputs,
    event,
    configId: d.configId,
    digest: summary,
    render: (previous) => renderMarkdown(result, { ...markdownContext, previous }),
    // Whatever fail-on says, a race the config does not expect is tracked; known ones are not.
    trackingVerdict: named(comparison, "race", "new", "still").length > 0 ? "race" : racing ? "known" : summary.verdict,
    octokit: d.octokit,
  });
  core.setOutput("comment-url", url ?? "");
}

/**
 * The check did not run (a config or backend error, a missing directory): one failure line, and
 * the comment says so on this commit, replacing an earlier result that no longer holds.
 */
export async function deliverFailure(d: Delivery, message: string): Promise<void> {
  const { inputs, event } = d;
  core.setOutput("verdict", "error");
  if (d.onRunner && d.reportFile) {
    // For mode: publish, whose workflow has the write token this one may lack.
    const context = contextFile(d.reportFile);
    const written = await writeJson(context, runContext(event, d.configId, { error: message })).then(
      () => true,
      () => false,
    );
    if (written) await uploadReport([context], d.artifactName ?? inputs.artifactName);
  }
  const at = new Date().toISOString();
  const context = {
    ...(event.headSha && { commit: { sha: event.headSha, url: commitUrl(event, event.headSha) } }),
    commitUrl: (sha: string) => commitUrl(event, sha),
    at,
    version: VERSION,
  };
  await writeSummary(renderCouldNotRun(message, context)).catch(() => undefined);
  core.setFailed(`race-check: ${message}`);
  const url = await publishToGitHub({
    inputs,
    event,
    configId: d.configId,
    digest: { v: 1, ...(event.headSha && { sha: event.headSha }), at, verdict: "error", scenarios: {} },
    render: (previous) => renderCouldNotRun(message, { ...context, previous }),
    trackingVerdict: "error",
    octokit: d.octokit,
  });
  core.setOutput("comment-url", url ?? "");
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeOutputFile(file, `${JSON.stringify(value, null, 2)}\n`);
}
