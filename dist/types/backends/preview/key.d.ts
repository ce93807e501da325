export interface PreviewKey {
    key: string;
    teamSlug: string;
    projectSlug: string;
}
/** The kind of deploy key, as the CLI would treat it. */
export declare function deployKeyKind(key: string): "preview" | "prod" | "dev" | "project" | "other";
/**
 * A preview deploy key, or one line saying why not. Never echoes the key. `source` names where it
 * came from ("CONVEX_DEPLOY_KEY", "input deploy-key").
 */
export declare function checkPreviewKey(key: string | undefined, source: string): PreviewKey;
/**
 * race-check's own name for its preview deployment: never the branch's name itself, which the
 * app's own previews (Vercel, Netlify) use, and which `--preview-create` would delete. One per
 * branch and shard, so each run replaces the one before it.
 */
export declare function defaultPreviewName(env: NodeJS.ProcessEnv, shard?: {
    index: number;
    count: number;
}): string;
