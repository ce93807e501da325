import { type BackendOptions, type RunningBackend } from "../types.js";
export { checkPreviewKey, defaultPreviewName, deployKeyKind } from "./key.js";
export declare const DEPLOY_KEY_SOURCE = "CONVEX_DEPLOY_KEY (action input deploy-key)";
/** Checked before anything runs: the key's kind and the remote guard. */
export declare function checkPreviewOptions(opts: Pick<BackendOptions, "deployKey" | "allowRemote">): void;
export declare function startPreview(opts: BackendOptions): Promise<RunningBackend>;
