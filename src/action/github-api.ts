import { setTimeout as sleep } from "node:timers/promises";
import type { getOctokit } from "@actions/github";
import { redact } from "../output/secrets.js";
import * as core from "./out.js";

export type Octokit = ReturnType<typeof getOctokit>;

/** Delays before each retry of a request GitHub answered with a 5xx or a dropped connection. */
const RETRY_DELAYS_MS = [500, 1000, 2000];
/** Rate-limit waits (Retry-After, a spent limit's reset) per request. */
const RATE_LIMIT_RETRIES = 2;
/** GitHub asks for at least a minute after a secondary rate limit that names no time. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;

/**
 * Bounds on everything the action asks GitHub: a comment is worth some waiting, never a hung job.
 * The per-request timeout is RACE_CHECK_GITHUB_TIMEOUT_MS (tests shorten it); everything together,
 * retries and rate-limit waits included, gets four times that.
 */
export function githubLimits() {
  const raw = Number(process.env.RACE_CHECK_GITHUB_TIMEOUT_MS);
  const requestTimeoutMs = Number.isFinite(raw) && raw > 0 ? raw : 30_000;
  return { requestTimeoutMs, totalMs: 4 * requestTimeoutMs, maxPages: 50 };
}

/** A request that got no answer in time, or a wait GitHub asked for that is longer than we give. */
export class GitHubGaveUp extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GitHubGaveUp";
  }
}

/** An authenticated client for GITHUB_API_URL (GitHub Enterprise Server and tests point it elsewhere). */
export async function createOctokit(token: string): Promise<Octokit> {
  // Loaded here, not at start-up: @actions/github parses the event file as it loads, and a broken
  // one must be the one-line error of readEvent, not a stack trace before anything ran.
  const github = await import("@actions/github");
  const baseUrl = process.env.GITHUB_API_URL?.replace(/\/$/, "") || undefined;
  const octokit = github.getOctokit(token, baseUrl ? { baseUrl } : {});
  const limits = githubLimits();
  const deadline = Date.now() + limits.totalMs;
  let stopped: GitHubGaveUp | undefined;
  // After the last retry (or the first timeout) the error goes to the caller, which turns it into
  // a warning: the report, outputs and summary are already written.
  octokit.hook.wrap("request", async (request, options) => {
    const what = `GitHub API ${options.method} ${String(options.url)}`;
    for (let attempt = 0, rateWaits = 0; ; attempt++) {
      // A server that took a whole timeout to not answer will not answer the next request either.
      if (stopped) throw stopped;
      const left = deadline - Date.now();
      if (left <= 0) throw (stopped = new GitHubGaveUp(`${what}: gave up after ${limits.totalMs / 1000} s in all`));
      const timeout = Math.min(limits.requestTimeoutMs, left);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeout);
      try {
        // In place: the hooks inside this one (the token's) were handed this very object, and
        // read it rather than what is passed to `request`.
        redactText(options);
        options.request = { ...options.request, signal: controller.signal };
        return await request(options);
      } catch (e) {
        if (controller.signal.aborted) {
          throw (stopped = new GitHubGaveUp(`${what}: no answer within ${(timeout / 1000).toFixed(1)} s`));
        }
        const status = statusOf(e);
        const wait = rateLimitWait(e);
        if (wait !== undefined) {
          // Asked to wait: a rate-limited request was not carried out, so even a POST may be repeated.
          if (rateWaits >= RATE_LIMIT_RETRIES || Date.now() + wait > deadline) {
            throw new GitHubGaveUp(
              `${what}: rate limit; GitHub asks to wait ${Math.ceil(wait / 1000)} s, longer than race-check waits`,
            );
          }
          rateWaits++;
          core.info(`${what}: rate limited (${status}); retrying in ${Math.ceil(wait / 1000)} s as GitHub asks`);
          await sleep(wait);
          continue;
        }
        const transient = status === undefined || status >= 500;
        // A POST (create a comment or an issue) that GitHub may have carried out before failing
        // is not repeated: a retry could leave two comments. The caller warns instead.
        const idempotent = options.method !== "POST";
        if (!transient || !idempotent || attempt >= RETRY_DELAYS_MS.length) throw e;
        core.info(`${what}: ${status ?? "no answer"}; retrying in ${RETRY_DELAYS_MS[attempt]} ms`);
        await sleep(RETRY_DELAYS_MS[attempt]);
      } finally {
        clearTimeout(timer);
      }
    }
  });
  return octokit;
}

/** What we send GitHub (a comment, an issue body or title) passes the same redaction as our log. */
function redactText(options: Record<string, unknown>): void {
  for (const key of ["body", "title"]) if (typeof options[key] === "string") options[key] = redact(options[key]);
}

/**
 * How long GitHub asks us to wait before repeating a request, or undefined when the answer is not
 * a rate limit: Retry-After (seconds), else a spent primary limit's x-ratelimit-reset (epoch
 * seconds), else a minute for a secondary limit that names no time.
 */
export function rateLimitWait(e: unknown): number | undefined {
  const status = statusOf(e);
  if (status !== 403 && status !== 429) return undefined;
  const headers = (e as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  const retryAfter = headers["retry-after"];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  }
  if (headers["x-ratelimit-remaining"] === "0" && headers["x-ratelimit-reset"] !== undefined) {
    const reset = Number(headers["x-ratelimit-reset"]) * 1000;
    if (Number.isFinite(reset)) return Math.max(0, reset - Date.now()) + 1000;
  }
  const message = e instanceof Error ? e.message : "";
  if (status === 429 || /secondary rate limit/i.test(message)) return SECONDARY_LIMIT_WAIT_MS;
  return undefined;
}

/**
 * Every item of a list endpoint, following `Link: rel="next"`, but never more than `maxPages`
 * pages: a server whose next link loops must not keep us asking forever.
 */
export async function listAll<T>(
  octokit: Octokit,
  method: unknown,
  params: Record<string, unknown>,
  what: string,
): Promise<T[]> {
  const { maxPages } = githubLimits();
  const items: T[] = [];
  let pages = 0;
  const iterator = octokit.paginate.iterator as (m: unknown, p: unknown) => AsyncIterable<{ data: unknown }>;
  for await (const page of iterator(method, params)) {
    items.push(...(page.data as T[]));
    if (++pages >= maxPages) {
      core.warning(`${what}: stopped after ${maxPages} pages (${items.length} items); the rest was not read`);
      break;
    }
  }
  return items;
}

export function statusOf(e: unknown): number | undefined {
  const status = (e as { status?: unknown }).status;
  return typeof status === "number" ? status : undefined;
}

/** REST spells bots "name[bot]", GraphQL "name": compare logins in one spelling. */
export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => s.toLowerCase().replace(/\[bot\]$/, "");
  return norm(a) === norm(b);
}

const ACTIONS_BOT = "github-actions[bot]";

/**
 * Who our comments are by, so that only our own marker comment is ever updated. A personal token
 * can ask GET /user; the workflow's GITHUB_TOKEN (an app installation) cannot, but GraphQL `viewer`
 * names the app's bot; failing both, the token is the Actions bot's.
 */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (e) {
    // Only "not for this kind of token" means try another way; GitHub being down ends it here.
    if (!isRefusal(e)) throw e;
  }
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>("query { viewer { login } }");
    if (viewer?.login) return viewer.login;
  } catch (e) {
    // no GraphQL access either; but a server that stopped answering ends it
    if (e instanceof GitHubGaveUp) throw e;
  }
  return ACTIONS_BOT;
}

function isRefusal(e: unknown): boolean {
  const status = statusOf(e);
  return status === 401 || status === 403 || status === 404;
}
