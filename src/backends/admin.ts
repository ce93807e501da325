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
    fetch: async (input, init) => {
      const res = await fetch(input, { ...init, redirect: "manual" });
      refuseRedirect(res, input instanceof Request ? input.url : String(input));
      return res;
    },
  });
  // setAdminAuth is marked internal in convex's types but is how every Convex tool sends an admin key.
  (admin as unknown as { setAdminAuth: (key: string) => void }).setAdminAuth(adminKey);
  return admin;
}

/**
 * A redirect answered to a request that does not follow redirects: an error that says where it
 * pointed. (Passed on, its empty body would make the client's error empty.) The host only: no
 * path, query or credentials of the target.
 */
export function refuseRedirect(res: Response, requestUrl: string): void {
  if (res.type !== "opaqueredirect" && (res.status < 300 || res.status > 399)) return;
  void res.body?.cancel().catch(() => undefined);
  const location = res.headers.get("location");
  let where = "another address";
  try {
    if (location) where = new URL(location, requestUrl).host || where;
  } catch {
    // An unparsable Location: where it points is unknown.
  }
  throw new Error(`the deployment redirected to ${where}; redirects are not followed`);
}

/** Calls any function by path, whatever its type, through the `/api/function` endpoint. */
export async function callFunction(client: unknown, path: string, args: Record<string, unknown>): Promise<unknown> {
  return await (
    client as {
      function: (p: string, c: undefined, a: unknown) => Promise<unknown>;
    }
  ).function(path, undefined, args);
}
