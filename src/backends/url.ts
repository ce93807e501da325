import { ConfigError } from "../errors.js";
import type { BackendOptions, RunningBackend } from "./types.js";

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Is this URL on this machine? Stress rounds against anything else hit real users. */
export function isLoopback(url: URL): boolean {
  return LOOPBACK.test(url.hostname);
}

/** Parses a deployment URL and applies the remote guard; throws ConfigError with the fix. */
export function checkDeploymentUrl(raw: string, allowRemote = false): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`--url: "${withoutCredentials(raw)}" is not a URL (expected e.g. http://127.0.0.1:3210)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`--url: "${withoutCredentials(raw)}" must be an http:// or https:// URL`);
  }
  // Credentials in a URL are secrets: never echo them back.
  if (url.username || url.password) {
    throw new ConfigError("--url: put no credentials in the URL (the admin key comes from CONVEX_ADMIN_KEY)");
  }
  if (!isLoopback(url) && !allowRemote) {
    throw new ConfigError(
      `--url: ${url.origin} is not on this machine; stress rounds against a shared or production deployment hurt real users. Pass --allow-remote (action input allow-remote: true) if you really mean it`,
    );
  }
  return url;
}

/** `raw` for an error message: whatever could be credentials ("user:pass@") shown as "***@". */
function withoutCredentials(raw: string): string {
  return raw.replace(/^([^/?#]*?\/\/)?[^/?#]*@/, (_m, scheme: string | undefined) => `${scheme ?? ""}***@`);
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
    adminKey: opts.adminKey,
    kind: "url",
    stop: async () => undefined,
  };
}
