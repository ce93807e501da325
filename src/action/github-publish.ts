import * as core from "./out.js";
import type { RunResult } from "../engine/result.js";
import type { EventInfo } from "./event.js";
import { COMMENT_LIMIT, fitBody } from "./fit-body.js";
import { createOctokit, statusOf } from "./github-api.js";
import type { ActionInputs } from "./inputs.js";
import { commentMarker, findComment, upsertComment } from "./sticky-comment.js";
import { trackRaces } from "./tracking-issue.js";

export interface PublishContext {
  inputs: ActionInputs;
  event: EventInfo;
  result: RunResult;
  markdown: string;
  /** The config file relative to the repository: one comment (and one issue) per config. */
  configId: string;
}

/**
 * The PR comment on pull requests, the tracking issue elsewhere (when asked). Returns the URL of
 * what it wrote. Never fails the step: a read-only token or a GitHub outage is a warning.
 */
export async function publishToGitHub(ctx: PublishContext): Promise<string | undefined> {
  const { inputs, event } = ctx;
  const wantsComment = event.pullRequest !== undefined && inputs.comment !== "never";
  const wantsIssue = event.pullRequest === undefined && inputs.issueOnRace;
  if (!wantsComment && !wantsIssue) return undefined;
  if (!inputs.githubToken) {
    core.warning("no github-token: PR comment and tracking issue skipped");
    return undefined;
  }
  if (!event.owner || !event.repo) {
    core.warning("GITHUB_REPOSITORY not set: PR comment and tracking issue skipped");
    return undefined;
  }
  const footer = event.runUrl ? `\n\n<sub>[Workflow run](${event.runUrl})</sub>` : "";
  try {
    const octokit = await createOctokit(inputs.githubToken);
    if (wantsComment) {
      const target = { owner: event.owner, repo: event.repo, issue: event.pullRequest as number };
      const marker = commentMarker(ctx.configId);
      const existing = await findComment(octokit, target, marker);
      // on-race: a clean run still corrects an earlier race comment, but opens no new one.
      if (inputs.comment === "on-race" && ctx.result.verdict !== "race" && !existing) return undefined;
      const body = `${marker}\n${fitBody(ctx.markdown + footer, COMMENT_LIMIT - Buffer.byteLength(marker) - 1)}`;
      const comment = await upsertComment(octokit, target, existing, body);
      core.info(`${comment.created ? "created" : "updated"} PR comment ${comment.url}`);
      return comment.url;
    }
    const outcome = await trackRaces(octokit, event, {
      config: ctx.configId,
      verdict: ctx.result.verdict,
      body: fitBody(ctx.markdown + footer, COMMENT_LIMIT - 200),
      runUrl: event.runUrl,
    });
    if (outcome.action !== "none") core.info(`tracking issue ${outcome.action}: ${outcome.url}`);
    return outcome.url;
  } catch (e) {
    const what = wantsComment ? "comment" : "tracking issue";
    // GitHub also answers 403 when the rate limit is spent: that one must not blame the token.
    const rateLimited = /rate limit/i.test(e instanceof Error ? e.message : "");
    if (statusOf(e) === 403 && !rateLimited) core.warning(`${what} skipped: token is read-only (fork PR?)`);
    else core.warning(`${what} skipped: ${describe(e)}`);
    return undefined;
  }
}

function describe(e: unknown): string {
  const status = statusOf(e);
  const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return status !== undefined ? `GitHub API answered ${status}: ${message}` : message;
}
