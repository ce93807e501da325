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
  /** The commit checked: a pull request's head (not the merge commit GITHUB_SHA names), else GITHUB_SHA. */
  headSha?: string;
  /** The branch a baseline report comes from: the pull request's base, else the default branch. */
  baseRef?: string;
  /** "https://github.com", or a GitHub Enterprise Server's address. */
  serverUrl: string;
  runId?: number;
  /** This workflow's file name ("ci.yml"), from GITHUB_WORKFLOW_REF: its runs on the base branch hold the baseline. */
  workflowFile?: string;
  /** A `workflow_run` event: the run that triggered this one (mode: publish reads its artifact). */
  workflowRun?: { id: number; workflowId?: number; headSha?: string; event?: string; conclusion?: string };
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
  const prObject = isPr && pr !== null && typeof pr === "object" ? (pr as Record<string, unknown>) : {};
  const workflowRun = name === "workflow_run" ? readWorkflowRun(payload.workflow_run) : undefined;
  const repository = payload.repository as { default_branch?: unknown } | undefined;
  const workflowFile = /\/\.github\/workflows\/([^@/]+)@/.exec(process.env.GITHUB_WORKFLOW_REF ?? "")?.[1];
  return {
    name,
    owner,
    repo,
    pullRequest: isPr && valid ? number : undefined,
    pullRequestMissing: isPr && !valid,
    runUrl: runId && owner ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    headSha: str(field(prObject.head, "sha")) ?? workflowRun?.headSha ?? process.env.GITHUB_SHA,
    baseRef: str(field(prObject.base, "ref")) ?? str(repository?.default_branch),
    serverUrl,
    ...(runId && /^\d+$/.test(runId) && { runId: Number(runId) }),
    ...(workflowFile && { workflowFile }),
    ...(workflowRun && { workflowRun }),
  };
}

function field(o: unknown, key: string): unknown {
  return o !== null && typeof o === "object" ? (o as Record<string, unknown>)[key] : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

function readWorkflowRun(raw: unknown): EventInfo["workflowRun"] {
  const id = field(raw, "id");
  if (typeof id !== "number" || !Number.isSafeInteger(id)) return undefined;
  const workflowId = field(raw, "workflow_id");
  return {
    id,
    ...(typeof workflowId === "number" && { workflowId }),
    headSha: str(field(raw, "head_sha")),
    event: str(field(raw, "event")),
    conclusion: str(field(raw, "conclusion")),
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
