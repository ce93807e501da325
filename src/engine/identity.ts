/**
 * Simulated users' identities. On every backend a user acts as its identity the way the
 * dashboard's "act as a user" does: the admin key with the identity attached (what
 * `ConvexHttpClient.setAdminAuth(key, identity)` sends). The real backend then lets that caller
 * reach internal functions too (crates/udf/src/validation.rs: `is_acting_as_user`), which no
 * browser can: the engine refuses them itself, answering as the backend answers a browser.
 */
import type { IdentityFn, SetupValue, SimulatedIdentity, UserIdentityAttributes } from "../config/types.js";
import { SetupError } from "./trial.js";

/** The issuer of identities that name none; `tokenIdentifier` is then "<issuer>|<subject>". */
export const DEFAULT_ISSUER = "https://race-check.test";

/** One user's identity for one trial, complete as the backend wants it; undefined when signed out. */
export function identityFor(
  fn: IdentityFn | undefined,
  setup: SetupValue,
  client: number,
): UserIdentityAttributes | undefined {
  if (!fn) return undefined;
  const spec = fn({ setup, client }) as SimulatedIdentity | undefined | null;
  if (spec === undefined || spec === null) return undefined;
  if (typeof spec !== "object" || typeof spec.subject !== "string" || spec.subject === "") {
    throw new SetupError(
      `identity for client ${client} returned ${JSON.stringify(spec)}; expected { subject, issuer?, name?, email?, ... } or undefined for a signed-out user`,
    );
  }
  const issuer = typeof spec.issuer === "string" ? spec.issuer : DEFAULT_ISSUER;
  return {
    ...spec,
    issuer,
    tokenIdentifier: typeof spec.tokenIdentifier === "string" ? spec.tokenIdentifier : `${issuer}|${spec.subject}`,
  };
}

/** "module:function" as the deployment names it: no file extension, `default` made explicit. */
export function canonicalPath(udfPath: string): string {
  const [module, name = "default"] = udfPath.split(":");
  return `${module.replace(/\.(js|ts)$/, "")}:${name}`;
}

/** What the real backend answers a browser that calls an internal function (HTTP 200, a function error). */
export function notFoundReply(path: string): Response {
  return new Response(
    JSON.stringify({ status: "error", errorMessage: `Could not find public function for '${path}'.` }),
    { status: 200, headers: { "content-type": "application/json" } },
  );
}
