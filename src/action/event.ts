import { existsSync, readFileSync } from "node:fs";
import { ConfigError } from "../errors.js";

export interface EventInfo {
  name: string;
  owner: string;
  repo: string;
  /** The pull request to comment on; undefined off pull requests. */
  pullRequest?: number;
  /** A pull request event whose payload names no pull request number: the comment is skipped. */
  pullRequestMissing?: boolean;
  /** Link to this workflow run, for comments and the tracking issue. */
  runUrl?: string;
}

const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);

/**
 * What the workflow event says about where results go. Reads the runner's env and payload file
 * itself (as @actions/github's context would, but that one throws a stack trace at import on a
 * broken file); a payload that is not JSON is a ConfigError of one line.
 */
export function readEvent(): EventInfo {
  const name = process.env.GITHUB_EVENT_NAME ?? "";
  const payload = readPayload();
  const [owner = "", repo = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  const pr = payload.pull_request;
  const number = pr !== null && typeof pr === "object" ? (pr as { number?: unknown }).number : undefined;
  const valid = typeof number === "number" && Number.isSafeInteger(number) && number > 0;
  const runId = process.env.GITHUB_RUN_ID;
  const serverUrl = (process.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
  const isPr = PR_EVENTS.has(name);
  return {
    name,
    owner,
    repo,
    pullRequest: isPr && valid ? number : undefined,
    pullRequestMissing: isPr && !valid,
    runUrl: runId && owner ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
  };
}

function readPayload(): Record<string, unknown> {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return {};
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(
      `GITHUB_EVENT_PATH ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(
      `GITHUB_EVENT_PATH ${file}: the event payload is not valid JSON (${(e as Error).message}); the runner writes this file, so re-run the job`,
    );
  }
  return payload !== null && typeof payload === "object" && !Array.isArray(payload)
    ? (payload as Record<string, unknown>)
    : {};
}
