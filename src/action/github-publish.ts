import * as core from "./out.js";
import type { RunDigest } from "../report/markdown.js";
import { decodeDigest, encodeDigest } from "./comment-data.js";
import type { EventInfo } from "./event.js";
import { COMMENT_LIMIT, fitBody } from "./fit-body.js";
import { createOctokit, statusOf, type Octokit } from "./github-api.js";
import type { ActionInputs } from "./inputs.js";
import {
  commentMarker,
  createComment,
  findComment,
  minimizeComment,
  upsertComment,
  type Comment,
  type CommentTarget,
} from "./sticky-comment.js";
import { trackRaces } from "./tracking-issue.js";

export interface PublishContext {
  inputs: Pick<ActionInputs, "githubToken" | "comment" | "commentMode" | "issueOnRace">;
  event: Pick<EventInfo, "owner" | "repo" | "pullRequest" | "runUrl">;
  /** What this run says, kept hidden in the comment for the next run. */
  digest: RunDigest;
  /** The comment's Markdown, given what the previous comment said (undefined: there was none). */
  render: (previous: RunDigest | undefined) => string;
  /**
   * For the tracking issue: "race" for a race that fails the check (opens or updates it), "ok"
   * for a clean run (resolves it); anything else leaves it as it is.
   */
  trackingVerdict: string;
  /** The config file relative to the repository: one comment (and one issue) per config. */
  configId: string;
  /** An existing client (mode: publish has one already). */
  octokit?: Octokit;
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
  if (!inputs.githubToken && !ctx.octokit) {
    core.warning("no github-token: PR comment and tracking issue skipped");
    return undefined;
  }
  if (!event.owner || !event.repo) {
    core.warning("GITHUB_REPOSITORY not set: PR comment and tracking issue skipped");
    return undefined;
  }
  const footer = event.runUrl ? `\n\n<sub>[Workflow run](${event.runUrl})</sub>` : "";
  try {
    const octokit = ctx.octokit ?? (await createOctokit(inputs.githubToken as string));
    if (wantsComment) {
      const target = { owner: event.owner, repo: event.repo, issue: event.pullRequest as number };
      return await comment(octokit, target, ctx, footer);
    }
    const outcome = await trackRaces(octokit, event, {
      config: ctx.configId,
      verdict: ctx.trackingVerdict,
      body: fitBody(ctx.render(undefined) + footer, COMMENT_LIMIT - 200),
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

async function comment(
  octokit: Octokit,
  target: CommentTarget,
  ctx: PublishContext,
  footer: string,
): Promise<string | undefined> {
  const marker = commentMarker(ctx.configId);
  const existing = await findComment(octokit, target, marker);
  // on-race: a clean run still corrects an earlier race comment, but opens no new one.
  if (ctx.inputs.comment === "on-race" && ctx.digest.verdict !== "race" && !existing) return undefined;
  const previous = decodeDigest(existing?.body);
  const head = `${marker}\n${encodeDigest(ctx.digest)}`;
  const body = `${head}\n${fitBody(ctx.render(previous) + footer, COMMENT_LIMIT - Buffer.byteLength(head) - 1)}`;
  // recreate: a changed verdict gets a new comment, which notifies; the old one is folded away. A
  // comment without a digest (an older race-check's) says no verdict to compare with: edited.
  const recreate =
    ctx.inputs.commentMode === "recreate" &&
    existing !== undefined &&
    previous !== undefined &&
    previous.verdict !== ctx.digest.verdict;
  let written: Comment & { created: boolean };
  if (recreate) {
    written = await createComment(octokit, target, body);
    await minimizeComment(octokit, existing).catch((e: unknown) =>
      core.warning(`the previous comment was not minimized: ${describe(e)}`),
    );
  } else {
    written = await upsertComment(octokit, target, existing, body);
  }
  core.info(`${written.created ? "created" : "updated"} PR comment ${written.url}`);
  return written.url;
}

function describe(e: unknown): string {
  const status = statusOf(e);
  const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return status !== undefined ? `GitHub API answered ${status}: ${message}` : message;
}
