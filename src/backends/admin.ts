import { ConvexHttpClient } from "convex/browser";

/**
 * An admin client for setup, invariant reads and the deployment's system functions (it may call
 * internal functions). Redirects are never followed: a deployment URL that passed the remote guard
 * must not hand our admin key on to a host the guard would refuse.
 */
export function adminClient(url: string, adminKey: string): ConvexHttpClient {
  const admin = new ConvexHttpClient(url, {
    skipConvexDeploymentUrlCheck: true,
    logger: false,
    fetch: (input, init) => fetch(input, { ...init, redirect: "manual" }),
  });
  // setAdminAuth is marked internal in convex's types but is how every Convex tool sends an admin key.
  (admin as unknown as { setAdminAuth: (key: string) => void }).setAdminAuth(adminKey);
  return admin;
}

/** Calls any function by path, whatever its type, through the `/api/function` endpoint. */
export async function callFunction(client: unknown, path: string, args: Record<string, unknown>): Promise<unknown> {
  return await (
    client as {
      function: (p: string, c: undefined, a: unknown) => Promise<unknown>;
    }
  ).function(path, undefined, args);
}
