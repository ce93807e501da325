/**
 * The preview deployment's admin key. `convex deploy` keeps the one it is given to itself, so this
 * asks for it the way every other command of the CLI does for `--preview-name` (cli/lib/api.js,
 * handlePreview): POST deployment/authorize_preview on the CLI's provision host, authorized by the
 * preview deploy key. The setup and invariant reads need it (internal functions), as does the
 * settle step (system functions).
 */
import { VERSION } from "../../version.js";
import { registerSecret } from "../../output/secrets.js";
import { redact } from "../local/redact.js";
import { BackendError } from "../types.js";
import type { PreviewKey } from "./key.js";

/** Where the CLI claims deployments: its CONVEX_PROVISION_HOST override, else Convex's API. */
export function provisionHost(env: NodeJS.ProcessEnv = process.env): string {
  return (env.CONVEX_PROVISION_HOST || "https://api.convex.dev").replace(/\/$/, "");
}

export async function authorizePreview(
  key: PreviewKey,
  previewName: string,
  signal?: AbortSignal,
): Promise<{ url: string; adminKey: string }> {
  let res: Response;
  try {
    res = await fetch(`${provisionHost()}/api/deployment/authorize_preview`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${key.key}`,
        "content-type": "application/json",
        "convex-client": `race-check-${VERSION}`,
      },
      body: JSON.stringify({
        previewName,
        projectSelection: { kind: "teamAndProjectSlugs", teamSlug: key.teamSlug, projectSlug: key.projectSlug },
      }),
      redirect: "manual",
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(30_000)]) : AbortSignal.timeout(30_000),
    });
  } catch (e) {
    throw new BackendError(`could not ask Convex for the preview deployment's admin key: ${(e as Error).message}`);
  }
  const text = await res.text().catch(() => "");
  if (res.status !== 200) {
    throw new BackendError(
      `Convex refused the preview deployment's admin key for "${previewName}": HTTP ${res.status} ${redact(text, [key.key]).slice(0, 300)}`,
    );
  }
  let body: { adminKey?: unknown; url?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new BackendError("the answer with the preview deployment's admin key was not JSON");
  }
  if (typeof body.adminKey !== "string" || typeof body.url !== "string") {
    throw new BackendError("the answer with the preview deployment's admin key named no adminKey and url");
  }
  // At once: whatever prints from here on may echo it.
  registerSecret(body.adminKey);
  return { url: body.url, adminKey: body.adminKey };
}
