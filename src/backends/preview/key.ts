/**
 * Convex deploy keys, read as the convex CLI reads them (cli/lib/deployment.js in the convex
 * package): `preview:<team>:<project>|<secret>` is a preview deploy key; `prod:<name>|…` a
 * production one; `dev:`, `project:` other kinds; a key with no type prefix is taken for production.
 */
import { ConfigError } from "../../errors.js";

export interface PreviewKey {
  key: string;
  teamSlug: string;
  projectSlug: string;
}

/** The kind of deploy key, as the CLI would treat it. */
export function deployKeyKind(key: string): "preview" | "prod" | "dev" | "project" | "other" {
  const [prefix, secret] = key.split("|");
  const parts = prefix.split(":");
  if (secret !== undefined && parts[0] === "preview" && parts.length === 3) return "preview";
  if (/^project:/.test(key)) return "project";
  if (/^dev:/.test(key)) return "dev";
  // The CLI's deploymentTypeFromAdminKey: no type prefix means production.
  if (/^prod:/.test(key) || !key.includes(":")) return "prod";
  return "other";
}

/**
 * A preview deploy key, or one line saying why not. Never echoes the key. `source` names where it
 * came from ("CONVEX_DEPLOY_KEY", "input deploy-key").
 */
export function checkPreviewKey(key: string | undefined, source: string): PreviewKey {
  if (!key) {
    throw new ConfigError(
      `backend preview needs a Convex preview deploy key: set ${source} to one generated in the project's settings in the Convex dashboard (Preview Deploy Keys)`,
    );
  }
  const kind = deployKeyKind(key);
  if (kind === "prod") {
    throw new ConfigError(
      `${source} holds a production deploy key: backend preview races a throwaway preview deployment and never production; use a preview deploy key (preview:<team>:<project>|…) from the project's settings`,
    );
  }
  if (kind !== "preview") {
    throw new ConfigError(
      `${source} holds a ${kind === "other" ? "deploy" : kind} key, not a preview deploy key (preview:<team>:<project>|…); generate one in the project's settings in the Convex dashboard`,
    );
  }
  const [, teamSlug, projectSlug] = key.split("|")[0].split(":");
  return { key, teamSlug, projectSlug };
}

/**
 * race-check's own name for its preview deployment: never the branch's name itself, which the
 * app's own previews (Vercel, Netlify) use, and which `--preview-create` would delete. One per
 * branch and shard, so each run replaces the one before it.
 */
export function defaultPreviewName(env: NodeJS.ProcessEnv, shard?: { index: number; count: number }): string {
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || "local";
  const slug =
    branch
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "branch";
  return `race-check-${slug}${shard ? `-shard-${shard.index}-of-${shard.count}` : ""}`;
}
