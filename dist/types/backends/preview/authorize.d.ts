import type { PreviewKey } from "./key.js";
/** Where the CLI claims deployments: its CONVEX_PROVISION_HOST override, else Convex's API. */
export declare function provisionHost(env?: NodeJS.ProcessEnv): string;
export declare function authorizePreview(key: PreviewKey, previewName: string, signal?: AbortSignal): Promise<{
    url: string;
    adminKey: string;
}>;
