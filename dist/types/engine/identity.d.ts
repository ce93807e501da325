/**
 * Simulated users' identities. On every backend a user acts as its identity the way the
 * dashboard's "act as a user" does: the admin key with the identity attached (what
 * `ConvexHttpClient.setAdminAuth(key, identity)` sends). The real backend then lets that caller
 * reach internal functions too (crates/udf/src/validation.rs: `is_acting_as_user`), which no
 * browser can: the engine refuses them itself, answering as the backend answers a browser.
 */
import type { IdentityFn, SetupValue, UserIdentityAttributes } from "../config/types.js";
/** The issuer of identities that name none; `tokenIdentifier` is then "<issuer>|<subject>". */
export declare const DEFAULT_ISSUER = "https://race-check.test";
/** One user's identity for one trial, complete as the backend wants it; undefined when signed out. */
export declare function identityFor(fn: IdentityFn | undefined, setup: SetupValue, client: number): UserIdentityAttributes | undefined;
/** "module:function" as the deployment names it: no file extension, `default` made explicit. */
export declare function canonicalPath(udfPath: string): string;
/** What the real backend answers a browser that calls an internal function (HTTP 200, a function error). */
export declare function notFoundReply(path: string): Response;
