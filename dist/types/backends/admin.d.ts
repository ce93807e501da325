import { ConvexHttpClient } from "convex/browser";
/**
 * An admin client for setup, invariant reads and the deployment's system functions (it may call
 * internal functions). Redirects are never followed: a deployment URL that passed the remote guard
 * must not hand our admin key on to a host the guard would refuse.
 */
export declare function adminClient(url: string, adminKey: string): ConvexHttpClient;
/**
 * A redirect answered to a request that does not follow redirects: an error that says where it
 * pointed. (Passed on, its empty body would make the client's error empty.) The host only: no
 * path, query or credentials of the target.
 */
export declare function refuseRedirect(res: Response, requestUrl: string): void;
/** Calls any function by path, whatever its type, through the `/api/function` endpoint. */
export declare function callFunction(client: unknown, path: string, args: Record<string, unknown>): Promise<unknown>;
