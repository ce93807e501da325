import { ConfigError } from "../errors.js";
import type { BackendOptions, RunningBackend } from "./types.js";
import { adminClient } from "./admin.js";
import { probeDeployment } from "./probe.js";
import { systemScheduledJobs } from "./scheduled-jobs.js";

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Is this URL on this machine? Stress rounds against anything else hit real users. */
export function isLoopback(url: URL): boolean {
  return LOOPBACK.test(url.hostname);
}

/** Parses a deployment URL and applies the remote guard; throws ConfigError with the fix. */
export function checkDeploymentUrl(raw: string, allowRemote = false, flag = "--url"): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${flag}: "${withoutCredentials(raw)}" is not a URL (expected e.g. http://127.0.0.1:3210)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`${flag}: "${withoutCredentials(raw)}" must be an http:// or https:// URL`);
  }
  // Credentials in a URL are secrets: never echo them back.
  if (url.username || url.password) {
    throw new ConfigError(`${flag}: put no credentials in the URL (the admin key comes from CONVEX_ADMIN_KEY)`);
  }
  if (!isLoopback(url) && !allowRemote) {
    throw new ConfigError(
      `${flag}: ${url.origin} is not on this machine; stress rounds against a shared or production deployment hurt real users. Pass --allow-remote (action input allow-remote: true) if you really mean it`,
    );
  }
  return url;
}

/**
 * `raw` for an error message: whatever could be credentials ("user:pass@") shown as "***@". A
 * password may hold "/", "?", "#" or "@" (that is often why the URL does not parse), so where the
 * authority ends cannot be told: everything between the scheme and the last "@" goes.
 */
function withoutCredentials(raw: string): string {
  const at = raw.lastIndexOf("@");
  if (at < 0) return raw;
  const scheme = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.exec(raw)?.[0] ?? "";
  return `${scheme}***@${raw.slice(at + 1)}`;
}

/** An already running deployment. The admin key comes from the caller (CONVEX_ADMIN_KEY). */
export async function connectUrl(opts: BackendOptions): Promise<RunningBackend> {
  if (!opts.url) throw new ConfigError("backend url needs --url (or action input convex-url)");
  const url = checkDeploymentUrl(opts.url, opts.allowRemote);
  if (!opts.adminKey) {
    throw new ConfigError(
      "backend url needs an admin key: set CONVEX_ADMIN_KEY (action input admin-key) so setup and invariant reads can call internal functions",
    );
  }
  return {
    url: url.origin,
    siteUrl: siteUrlFor(url, opts.siteUrl, opts.allowRemote),
    adminKey: opts.adminKey,
    kind: "url",
    probe: () => probeDeployment(url.origin),
    // The deployment's clock is taken to be ours: a remote one off by seconds only moves the
    // horizon's edge by as much.
    scheduled: { ...systemScheduledJobs(adminClient(url.origin, opts.adminKey)), pollMs: 50 },
    stop: async () => undefined,
  };
}

/**
 * Where a deployment reached by URL serves its HTTP actions: `--site-url` when given (under the
 * same remote guard), else the `.convex.site` twin of a `.convex.cloud` URL; unknown otherwise.
 */
export function siteUrlFor(url: URL, given: string | undefined, allowRemote = false): string | undefined {
  if (given) return checkDeploymentUrl(given, allowRemote, "--site-url").origin;
  if (url.hostname.endsWith(".convex.cloud"))
    return `${url.protocol}//${url.hostname.replace(/\.convex\.cloud$/, ".convex.site")}`;
  return undefined;
}
