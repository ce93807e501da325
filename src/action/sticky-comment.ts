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
 * request it is rarely on the first; someone else's comment quoting the marker is never ours.
 */
export async function findComment(
  octokit: Octokit,
  target: CommentTarget,
  marker: string,
): Promise<Comment | undefined> {
  const login = await tokenLogin(octokit);
  const comments = await listAll<{
    id: number;
    html_url: string;
    body?: string | null;
    user?: { login: string } | null;
  }>(
    octokit,
    octokit.rest.issues.listComments,
    { owner: target.owner, repo: target.repo, issue_number: target.issue, per_page: 100 },
    "reading the pull request's comments",
  );
  const ours = comments.find((c) => hasMarker(c.body, marker) && sameLogin(c.user?.login, login));
  return ours && { id: ours.id, url: ours.html_url };
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
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issue,
    body,
  });
  return { id: data.id, url: data.html_url, created: true };
}
