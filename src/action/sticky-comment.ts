import { listAll, sameLogin, tokenLogin, type Octokit } from "./github-api.js";

export interface CommentTarget {
  owner: string;
  repo: string;
  /** Pull request (or issue) number. */
  issue: number;
}

export interface Comment {
  id: number;
  url: string;
  /** GraphQL ID, to minimize the comment. */
  nodeId?: string;
  body?: string;
}

/**
 * The hidden first line that makes a comment ours: one per config file, so two configs (or two
 * jobs) keep one comment each. The config path is escaped one-to-one (`x-y` and `x--y` stay
 * apart) into text that cannot end the HTML comment: no "--", no ">", no line break.
 */
export function commentMarker(config: string): string {
  return `<!-- race-check:${markerKey(config)} -->`;
}

/**
 * Percent-encoding of everything but plain path characters, with "%" itself encoded (so the
 * encoding is one-to-one) and a "-" that follows a "-" encoded (so no "--" appears). A path
 * without such characters reads as itself: `race-check.config.ts`.
 */
export function markerKey(config: string): string {
  return Array.from(config)
    .map((ch, i, all) => (/[\w./+@~]/.test(ch) || (ch === "-" && all[i - 1] !== "-") ? ch : percent(ch)))
    .join("");
}

function percent(ch: string): string {
  return [...Buffer.from(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
}

/** Is `body` one of ours for this marker: its first line is the marker, exactly (not a quote of it further down)? */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  if (!body) return false;
  return body.split(/\r?\n/, 1)[0].trimEnd() === marker;
}

/**
 * Our earlier comment: the marker as its first line, by the token's own user. All pages are read, since on a long pull
 * request it is rarely on the first; someone else's comment quoting the marker is never ours. The newest one
 * wins: `comment-mode: recreate` leaves older ones behind, minimized.
 */
export async function findComment(
  octokit: Octokit,
  target: CommentTarget,
  marker: string,
): Promise<Comment | undefined> {
  const login = await tokenLogin(octokit);
  const comments = await listAll<{
    id: number;
    node_id?: string;
    html_url: string;
    body?: string | null;
    user?: { login: string } | null;
  }>(
    octokit,
    octokit.rest.issues.listComments,
    { owner: target.owner, repo: target.repo, issue_number: target.issue, per_page: 100 },
    "reading the pull request's comments",
  );
  const ours = comments.filter((c) => hasMarker(c.body, marker) && sameLogin(c.user?.login, login)).at(-1);
  return ours && { id: ours.id, url: ours.html_url, nodeId: ours.node_id, body: ours.body ?? undefined };
}

/** Updates our comment in place, or creates it: the pull request keeps exactly one. */
export async function upsertComment(
  octokit: Octokit,
  target: CommentTarget,
  existing: Comment | undefined,
  body: string,
): Promise<Comment & { created: boolean }> {
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body,
    });
    return { id: data.id, url: data.html_url, created: false };
  }
  return createComment(octokit, target, body);
}

export async function createComment(
  octokit: Octokit,
  target: CommentTarget,
  body: string,
): Promise<Comment & { created: boolean }> {
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issue,
    body,
  });
  return { id: data.id, url: data.html_url, created: true };
}

/**
 * Hides an earlier comment as outdated (GraphQL minimizeComment; REST has no such call), so that a
 * new comment for a changed verdict notifies the pull request while the old one stays readable.
 */
export async function minimizeComment(octokit: Octokit, comment: Comment): Promise<void> {
  if (!comment.nodeId) throw new Error("the comment has no node ID to minimize it by");
  await octokit.graphql(
    "mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }",
    { id: comment.nodeId },
  );
}
