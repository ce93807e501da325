import * as github from "@actions/github";

export interface EventInfo {
  name: string;
  owner: string;
  repo: string;
  /** The pull request to comment on; undefined off pull requests. */
  pullRequest?: number;
  /** Link to this workflow run, for comments and the tracking issue. */
  runUrl?: string;
}

const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);

/** What the workflow event says about where results go. Reads the runner's env and payload file. */
export function readEvent(): EventInfo {
  const { context } = github;
  const [owner = "", repo = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  const number = context.payload.pull_request?.number;
  const runId = process.env.GITHUB_RUN_ID;
  return {
    name: context.eventName ?? "",
    owner,
    repo,
    pullRequest: PR_EVENTS.has(context.eventName) && typeof number === "number" ? number : undefined,
    runUrl: runId && owner ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
  };
}
