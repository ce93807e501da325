/**
 * A deployment's environment variables, set the way `npx convex env set` sets them (the CLI's
 * cli/lib/env.js; the backend's crates/local_backend/src/environment_variables.rs): one POST of
 * `{ changes: [{ name, value }] }` with the admin key. Values never touch a command line.
 */
import { refuseRedirect } from "./admin.js";

export async function setDeploymentEnv(url: string, adminKey: string, env: Record<string, string>): Promise<void> {
  const changes = Object.entries(env).map(([name, value]) => ({ name, value }));
  if (changes.length === 0) return;
  const res = await fetch(`${url}/api/update_environment_variables`, {
    method: "POST",
    headers: { authorization: `Convex ${adminKey}`, "content-type": "application/json" },
    body: JSON.stringify({ changes }),
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  refuseRedirect(res, url);
  if (!res.ok) {
    const text = await res.text().catch(() => "");
    throw new Error(`setting the deployment's environment variables failed: HTTP ${res.status} ${text.slice(0, 200)}`);
  }
  await res.arrayBuffer().catch(() => undefined);
}
