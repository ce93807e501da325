/**
 * `backend: preview`: the branch's functions deployed with the project's own convex CLI to a Convex
 * preview deployment, then raced over HTTP like any deployment reached by URL.
 *
 * Cleaning up: a preview deploy key can create, replace and push to preview deployments, and
 * nothing else. Neither the CLI nor the API it uses offers to delete one with that key (deleting
 * takes the dashboard or a team token). So race-check claims its deployment with `--preview-create`
 * under a name of its own per branch (and shard): each run deletes the previous run's deployment
 * of that name and makes a fresh one, at most one is left per name, and Convex deletes it after
 * its preview retention (5 days; 14 on paid plans).
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ConfigError } from "../../errors.js";
import { registerSecret } from "../../output/secrets.js";
import { setDeploymentEnv } from "../deployment-env.js";
import { BackendError, type BackendOptions, type RunningBackend } from "../types.js";
import { connectUrl } from "../url.js";
import { authorizePreview } from "./authorize.js";
import { deployToPreview } from "./deploy.js";
import { checkPreviewKey, defaultPreviewName } from "./key.js";

export { checkPreviewKey, defaultPreviewName, deployKeyKind } from "./key.js";

export const DEPLOY_KEY_SOURCE = "CONVEX_DEPLOY_KEY (action input deploy-key)";

/** Checked before anything runs: the key's kind and the remote guard. */
export function checkPreviewOptions(opts: Pick<BackendOptions, "deployKey" | "allowRemote">): void {
  checkPreviewKey(opts.deployKey, DEPLOY_KEY_SOURCE);
  if (!opts.allowRemote) {
    throw new ConfigError(
      "backend preview deploys to and races a Convex cloud deployment, which is not on this machine; stress rounds are real traffic on your Convex team. Pass --allow-remote (action input allow-remote: true) if you mean it",
    );
  }
}

export async function startPreview(opts: BackendOptions): Promise<RunningBackend> {
  checkPreviewOptions(opts);
  const key = checkPreviewKey(opts.deployKey, DEPLOY_KEY_SOURCE);
  registerSecret(key.key);
  const name = opts.previewName ?? defaultPreviewName(process.env);
  const began = performance.now();
  const workDir = await mkdtemp(path.join(os.tmpdir(), "race-check-preview-"));
  const generated = path.join(opts.projectDir, opts.functionsDir ?? "convex", "_generated");
  const codegen = !(await stat(generated).catch(() => undefined))?.isDirectory();
  const deploy = (claim: "create" | "reuse") =>
    deployToPreview({ projectDir: opts.projectDir, codegen, key: key.key, name, claim, workDir, signal: opts.signal });
  try {
    process.stderr.write(`race-check: deploying your functions to the Convex preview deployment "${name}"\n`);
    const { url } = await deploy("create");
    const credentials = await authorizePreview(key, name, opts.signal);
    if (new URL(credentials.url).origin !== new URL(url).origin) {
      throw new BackendError(
        `the deploy key's preview deployment "${name}" is at ${credentials.url}, but convex deploy pushed to ${url}`,
      );
    }
    const env = opts.deploymentEnv ?? {};
    if (Object.keys(env).length > 0) {
      // Modules are evaluated when pushed: set the variables, then push again to the same deployment.
      await setDeploymentEnv(credentials.url, credentials.adminKey, env).catch((e: unknown) => {
        throw new BackendError(e instanceof Error ? e.message : String(e));
      });
      await deploy("reuse");
    }
    const backend = await connectUrl({
      ...opts,
      url: credentials.url,
      adminKey: credentials.adminKey,
      allowRemote: true,
    });
    process.stderr.write(
      `race-check: racing ${backend.url} (preview deployment "${name}"; the next run of this name replaces it, and Convex deletes it after its preview retention)\n`,
    );
    return { ...backend, kind: "preview", startupMs: performance.now() - began };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
