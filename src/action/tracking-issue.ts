import { listAll, sameLogin, tokenLogin, type Octokit } from "./github-api.js";
import { hasMarker, markerKey } from "./sticky-comment.js";

export interface TrackingOutcome {
  action: "opened" | "updated" | "resolved" | "none";
  url?: string;
}

export function trackingMarker(config: string): string {
  return `<!-- race-check-tracking:${markerKey(config)} -->`;
}

interface Repo {
  owner: string;
  repo: string;
}

async function findOpenIssue(octokit: Octokit, repo: Repo, marker: string) {
  const login = await tokenLogin(octokit);
  const issues = await listAll<{
    number: number;
    body?: string | null;
    pull_request?: unknown;
    user?: { login: string } | null;
  }>(octokit, octokit.rest.issues.listForRepo, { ...repo, state: "open", per_page: 100 }, "reading the open issues");
  return issues.find((i) => !i.pull_request && hasMarker(i.body, marker) && sameLogin(i.user?.login, login));
}

/**
 * One open issue per config tracks races found off pull requests (nightly runs): opened on the first
 * race, its body replaced by the latest report on later ones, closed with a "resolved" comment by the
 * first clean run.
 */
export async function trackRaces(
  octokit: Octokit,
  repo: Repo,
  opts: { config: string; verdict: string; body: string; runUrl?: string },
): Promise<TrackingOutcome> {
  const marker = trackingMarker(opts.config);
  const open = await findOpenIssue(octokit, repo, marker);
  const body = `${marker}\n${opts.body}`;
  if (opts.verdict === "race") {
    if (open) {
      const { data } = await octokit.rest.issues.update({ ...repo, issue_number: open.number, body });
      return { action: "updated", url: data.html_url };
    }
    const { data } = await octokit.rest.issues.create({
      ...repo,
      title: `race-check: race condition found (${opts.config})`,
      body,
    });
    return { action: "opened", url: data.html_url };
  }
  if (opts.verdict === "ok" && open) {
    const where = opts.runUrl ? `[this run](${opts.runUrl})` : "a later run";
    const { data } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: open.number,
      body: `${marker}\nResolved: ${where} found no race condition in any scenario of \`${opts.config}\`.`,
    });
    await octokit.rest.issues.update({
      ...repo,
      issue_number: open.number,
      state: "closed",
      state_reason: "completed",
    });
    return { action: "resolved", url: data.html_url };
  }
  return { action: "none" };
}
