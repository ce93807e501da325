/**
 * `mode: publish`, for pull requests from forks: their `pull_request` run has a read-only token,
 * so it only uploads its report and context (mode: run does that); a `workflow_run` workflow,
 * which has a write token and runs none of the pull request's code, downloads them and comments.
 *
 * The artifact was made by untrusted code. Nothing in it is run; its pull request number is only
 * used when GitHub confirms that the pull request's head is the commit the triggering run checked.
 */
import path from "node:path";
import { parseReport } from "../report/baseline.js";
import { downloadRunArtifact } from "./artifacts.js";
import { deliver, deliverFailure, readBaselineFile, type Delivery } from "./deliver.js";
import type { EventInfo } from "./event.js";
import { createOctokit, statusOf } from "./github-api.js";
import type { ActionInputs } from "./inputs.js";
import * as core from "./out.js";
import { CONTEXT_SUFFIX, parseRunContext } from "./run-context.js";
import { ConfigError } from "../errors.js";
import { checkOutputPath } from "../output/report-file.js";
import { redactDeep } from "../output/secrets.js";

export async function publishMode(inputs: ActionInputs, event: EventInfo): Promise<void> {
  const fail = (message: string) => {
    core.setOutput("verdict", "error");
    core.setFailed(`race-check: ${message}`);
  };
  const triggering = event.workflowRun;
  if (event.name !== "workflow_run" || !triggering) {
    return fail(
      `mode: publish runs in a workflow started by workflow_run (on: workflow_run), not on ${event.name || "this event"}; see "Forks" in the README`,
    );
  }
  if (!inputs.githubToken)
    return fail("mode: publish needs github-token (with actions: read and pull-requests: write)");
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const cwd = path.resolve(repoRoot, inputs.workingDirectory);
  const reportFile = path.resolve(cwd, inputs.reportPath);
  let baseline: Delivery["baseline"];
  try {
    await checkOutputPath(reportFile, "input report-path", { createDir: true });
    baseline = await readBaselineFile(inputs, cwd);
  } catch (e) {
    if (e instanceof ConfigError) return fail(e.message);
    throw e;
  }

  const octokit = await createOctokit(inputs.githubToken);
  const repo = { owner: event.owner, repo: event.repo };
  const files = await downloadRunArtifact(octokit, repo, triggering.id, inputs.artifactName);
  if (!files) {
    return fail(
      `run ${triggering.id} uploaded no artifact "${inputs.artifactName}" (did its race-check step run? artifact-name must match there and here)`,
    );
  }
  const contextEntry = [...files].find(([name]) => name.endsWith(CONTEXT_SUFFIX));
  if (!contextEntry)
    return fail(`artifact "${inputs.artifactName}" has no ${CONTEXT_SUFFIX} (made by an older race-check?)`);
  let context;
  try {
    context = parseRunContext(contextEntry[1], `artifact "${inputs.artifactName}" ${contextEntry[0]}`);
  } catch (e) {
    return fail((e as Error).message);
  }

  // Which pull request, and confirmed by GitHub: the artifact may name any number.
  const number = context.event.pullRequest;
  const headSha = triggering.headSha;
  let target: EventInfo = {
    ...event,
    pullRequest: undefined,
    headSha,
    runUrl: `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${triggering.id}`,
  };
  if (number !== undefined) {
    if (context.event.headSha !== headSha) {
      return fail(
        `the artifact says it checked ${context.event.headSha ?? "no commit"}, but run ${triggering.id} ran on ${headSha}: not publishing it`,
      );
    }
    try {
      const { data: pr } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
      if (pr.head.sha !== headSha) {
        core.warning(
          `race-check: pull request #${number} is now at ${pr.head.sha}, not ${headSha} that run ${triggering.id} checked: its comment is left to the newer run`,
        );
        core.setOutput("comment-url", "");
        return;
      }
      target = { ...target, pullRequest: number, baseRef: pr.base.ref };
    } catch (e) {
      return fail(`pull request #${number}: GitHub answered ${statusOf(e) ?? (e as Error).message}`);
    }
  }

  const delivery: Delivery = {
    inputs,
    event: target,
    configId: context.configId,
    cwd,
    reportFile,
    onRunner: false,
    baseline,
    octokit,
  };
  if (context.error !== undefined || context.report === undefined) {
    return deliverFailure(delivery, context.error ?? "the run uploaded no report");
  }
  const text = files.get(context.report);
  if (text === undefined) return fail(`artifact "${inputs.artifactName}" has no ${context.report}`);
  let result;
  try {
    result = redactDeep(parseReport(text, `artifact "${inputs.artifactName}" ${context.report}`));
  } catch (e) {
    return fail((e as Error).message);
  }
  core.info(`publishing the report of run ${triggering.id} (${headSha})${number ? ` on pull request #${number}` : ""}`);
  await deliver({ ...delivery, reportFile }, result, context.sources);
}
