import { setTimeout as sleep } from "node:timers/promises";
import * as core from "@actions/core";
import * as github from "@actions/github";

export type Octokit = ReturnType<typeof github.getOctokit>;

/** Delays before each retry of a request GitHub answered with a 5xx or never answered. */
const RETRY_DELAYS_MS = [500, 1000, 2000];

/** An authenticated client for GITHUB_API_URL (GitHub Enterprise Server and tests point it elsewhere). */
export function createOctokit(token: string): Octokit {
  const baseUrl = process.env.GITHUB_API_URL?.replace(/\/$/, "") || undefined;
  const octokit = github.getOctokit(token, baseUrl ? { baseUrl } : {});
  // A comment is worth a few seconds of waiting out a GitHub hiccup, never a failed job: after the
  // last retry the error goes to the caller, which turns it into a warning.
  octokit.hook.wrap("request", async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (e) {
        const status = statusOf(e);
        const transient = status === undefined || status >= 500;
        // A POST (create a comment or an issue) that GitHub may have carried out before failing
        // is not repeated: a retry could leave two comments. The caller warns instead.
        const idempotent = options.method !== "POST";
        if (!transient || !idempotent || attempt >= RETRY_DELAYS_MS.length) throw e;
        core.info(
          `GitHub API ${options.method} ${options.url}: ${status ?? "no answer"}; retrying in ${RETRY_DELAYS_MS[attempt]} ms`,
        );
        await sleep(RETRY_DELAYS_MS[attempt]);
      }
    }
  });
  return octokit;
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
  } catch {
    // no GraphQL access either
  }
  return ACTIONS_BOT;
}

function isRefusal(e: unknown): boolean {
  const status = statusOf(e);
  return status === 401 || status === 403 || status === 404;
}
