/**
 * Report artifacts read back through the GitHub REST API: the base branch's latest report (the
 * baseline of `fail-on: new-race`) and the report a `pull_request` run uploaded for `mode: publish`.
 * Every request goes through the bounds of github-api.ts.
 */
import { unzipSync } from "fflate";
import type { EventInfo } from "./event.js";
import { listAll, type Octokit } from "./github-api.js";

/** Larger than any report (a 10,000-round nightly's is well under a megabyte): not ours. */
const MAX_ARTIFACT_BYTES = 50 * 1024 * 1024;
/** Runs of the base branch looked through for one that kept its report (older ones expire). */
const MAX_RUNS = 10;

interface Repo {
  owner: string;
  repo: string;
}

interface ArtifactInfo {
  id: number;
  name: string;
  expired: boolean;
  size_in_bytes: number;
}

/** The JSON files of the artifact `name` that workflow run `runId` uploaded, or undefined when it has none. */
export async function downloadRunArtifact(
  octokit: Octokit,
  repo: Repo,
  runId: number,
  name: string,
): Promise<Map<string, string> | undefined> {
  const artifacts = await listAll<ArtifactInfo>(
    octokit,
    octokit.rest.actions.listWorkflowRunArtifacts,
    { ...repo, run_id: runId, name, per_page: 100 },
    `reading the artifacts of run ${runId}`,
  );
  // The list endpoint wraps its items ({ total_count, artifacts }); paginate unwraps them.
  const artifact = artifacts.find((a) => a.name === name && !a.expired);
  if (!artifact) return undefined;
  if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES) {
    throw new Error(`artifact "${name}" of run ${runId} is ${artifact.size_in_bytes} bytes: not a race-check report`);
  }
  const { data } = await octokit.rest.actions.downloadArtifact({
    ...repo,
    artifact_id: artifact.id,
    archive_format: "zip",
  });
  const bytes = new Uint8Array(data as ArrayBuffer);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.endsWith(".json") && f.originalSize <= MAX_ARTIFACT_BYTES });
  } catch (e) {
    throw new Error(`artifact "${name}" of run ${runId} is not a zip archive (${(e as Error).message})`, { cause: e });
  }
  return new Map(Object.entries(files).map(([file, content]) => [file, Buffer.from(content).toString("utf8")]));
}

export interface BaselineArtifact {
  files: Map<string, string>;
  runId: number;
  /** The commit that run checked. */
  sha?: string;
  runUrl?: string;
}

/**
 * The newest report of this workflow on the base branch: its completed runs there, newest first,
 * whatever their conclusion, and the first that still has the artifact `name`. A run that failed
 * counts: the report is uploaded before the step fails (a red main still has a baseline), and a
 * run that failed before it wrote one has no artifact and is passed over. Undefined when none has
 * (a first run, or reports that expired).
 */
export async function findBaselineArtifact(
  octokit: Octokit,
  event: EventInfo,
  name: string,
): Promise<BaselineArtifact | undefined> {
  const repo = { owner: event.owner, repo: event.repo };
  if (!event.baseRef) throw new Error("the event names no base branch (pull_request base, or the default branch)");
  // Publishing for a workflow_run: the reports are that workflow's, not the publisher's.
  let workflow: string | number | undefined = event.workflowRun?.workflowId ?? event.workflowFile;
  if (workflow === undefined) {
    if (event.runId === undefined)
      throw new Error("GITHUB_WORKFLOW_REF and GITHUB_RUN_ID are not set (not on a runner?)");
    workflow = (await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: event.runId })).data.workflow_id;
  }
  const { data } = await octokit.rest.actions.listWorkflowRuns({
    ...repo,
    workflow_id: workflow,
    branch: event.baseRef,
    // Not "success": a main whose check fails (a known race, or a red build) still keeps its report.
    status: "completed",
    per_page: MAX_RUNS,
  });
  for (const run of data.workflow_runs.slice(0, MAX_RUNS)) {
    if (run.id === event.runId) continue;
    const files = await downloadRunArtifact(octokit, repo, run.id, name);
    if (files) return { files, runId: run.id, sha: run.head_sha, runUrl: run.html_url };
  }
  return undefined;
}
