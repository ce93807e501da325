/**
 * What a `pull_request` run hands to the `workflow_run` run that publishes its report (mode:
 * publish): which pull request and commit, which config, where the racy functions are defined,
 * or why the check could not run. Uploaded beside the report, as `<report>.event.json`.
 *
 * The file comes from a run of untrusted code: every field is checked, and the publisher trusts
 * none of it that GitHub can confirm itself (the commit is checked against the pull request).
 */
import path from "node:path";
import type { SourceLocation } from "./annotations.js";
import type { EventInfo } from "./event.js";

export type { SourceLocation };

export interface RunContext {
  v: 1;
  event: { name: string; pullRequest?: number; headSha?: string; baseRef?: string; runUrl?: string };
  /** The config file relative to the repository: one comment per config. */
  configId: string;
  /** The report's file name in the artifact; absent when the check could not run. */
  report?: string;
  /** Why the check could not run (one line). */
  error?: string;
  /** Where each racy function is defined. */
  sources: Record<string, SourceLocation>;
}

export const CONTEXT_SUFFIX = ".event.json";

/** Beside the report: race-check-report.json → race-check-report.event.json. */
export function contextFile(reportFile: string): string {
  const dir = path.dirname(reportFile);
  return path.join(dir, `${path.basename(reportFile, path.extname(reportFile))}${CONTEXT_SUFFIX}`);
}

export function runContext(
  event: EventInfo,
  configId: string,
  extra: { report?: string; error?: string; sources?: Record<string, SourceLocation> },
): RunContext {
  return {
    v: 1,
    event: {
      name: event.name,
      ...(event.pullRequest !== undefined && { pullRequest: event.pullRequest }),
      ...(event.headSha && { headSha: event.headSha }),
      ...(event.baseRef && { baseRef: event.baseRef }),
      ...(event.runUrl && { runUrl: event.runUrl }),
    },
    configId,
    ...(extra.report && { report: extra.report }),
    ...(extra.error && { error: extra.error }),
    sources: extra.sources ?? {},
  };
}

/** Checks an uploaded context; throws one line naming what is wrong. */
export function parseRunContext(text: string, where: string): RunContext {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`${where}: not JSON`);
  }
  const bad = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  const c = (raw ?? {}) as Record<string, unknown>;
  if (typeof raw !== "object" || c.v !== 1) bad("not a race-check run context");
  const e = (c.event ?? {}) as Record<string, unknown>;
  if (typeof e.name !== "string") bad("no event");
  const name = e.name as string;
  const pr = e.pullRequest;
  if (pr !== undefined && !(typeof pr === "number" && Number.isSafeInteger(pr) && pr > 0))
    bad("bad pull request number");
  const headSha = e.headSha;
  if (headSha !== undefined && !(typeof headSha === "string" && /^[0-9a-f]{40,64}$/i.test(headSha)))
    bad("bad commit SHA");
  const configId = c.configId;
  if (typeof configId !== "string" || configId === "" || configId.length > 1000) bad("bad config path");
  const report = c.report;
  if (report !== undefined && (typeof report !== "string" || /[/\\]/.test(report))) bad("bad report name");
  const sources: Record<string, SourceLocation> = {};
  for (const [fn, loc] of Object.entries((c.sources ?? {}) as Record<string, Partial<SourceLocation> | null>)) {
    const file = loc?.file;
    const line = loc?.line;
    // A path inside the repository, and nothing a link could be bent with.
    if (
      typeof file !== "string" ||
      file.startsWith("/") ||
      file.split("/").includes("..") ||
      !/^[\w./@+~-]+$/.test(file)
    )
      continue;
    sources[fn] = { file, ...(typeof line === "number" && Number.isSafeInteger(line) && line > 0 && { line }) };
  }
  const runUrl = e.runUrl;
  return {
    v: 1,
    event: {
      name,
      ...(typeof pr === "number" && { pullRequest: pr }),
      ...(typeof headSha === "string" && { headSha }),
      ...(typeof e.baseRef === "string" && { baseRef: e.baseRef }),
      ...(typeof runUrl === "string" && /^https:\/\/[^\s)]+$/.test(runUrl) && { runUrl }),
    },
    configId: configId as string,
    ...(typeof report === "string" && report !== "" && { report }),
    ...(typeof c.error === "string" && { error: c.error.slice(0, 2000) }),
    sources,
  };
}
