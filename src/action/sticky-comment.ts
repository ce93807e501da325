import { sameLogin, tokenLogin, type Octokit } from "./github-api.js";

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
 * The hidden line that makes a comment ours: one per config file, so two configs (or two jobs)
 * keep one comment each. Config paths cannot contain "--", which would end the HTML comment.
 */
export function commentMarker(config: string): string {
  return `<!-- race-check:${config.replace(/--+/g, "-")} -->`;
}

/**
 * Our earlier comment: the marker, by the token's own user. All pages are read, since on a long pull
 * request it is rarely on the first; someone else's comment quoting the marker is never ours.
 */
export async function findComment(
  octokit: Octokit,
  target: CommentTarget,
  marker: string,
): Promise<Comment | undefined> {
  const login = await tokenLogin(octokit);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issue,
    per_page: 100,
  });
  const ours = comments.find((c) => c.body?.includes(marker) && sameLogin(c.user?.login, login));
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
