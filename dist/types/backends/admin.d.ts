import { ConvexHttpClient } from "convex/browser";
/**
 * An admin client for setup, invariant reads and the deployment's system functions (it may call
 * internal functions). Redirects are never followed: a deployment URL that passed the remote guard
 * must not hand our admin key on to a host the guard would refuse.
 */
export declare function adminClient(url: string, adminKey: string): ConvexHttpClient;
/** The calls an admin makes; ConvexHttpClient and the in-process deployment both have them. */
export interface AdminCaller {
    query: (ref: never, args?: never) => Promise<unknown>;
    mutation: (ref: never, args?: never) => Promise<unknown>;
    action: (ref: never, args?: never) => Promise<unknown>;
}
/** Calls any function by path, whatever its type, through the `/api/function` endpoint. */
export declare function callFunction(client: unknown, path: string, args: Record<string, unknown>): Promise<unknown>;
