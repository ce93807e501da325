export interface PreviewDeployOptions {
    projectDir: string;
    /** Whether the CLI should write convex/_generated (only when the project has none). */
    codegen: boolean;
    key: string;
    name: string;
    /** create: delete any deployment of this name and make a fresh one; reuse: push to the existing one. */
    claim: "create" | "reuse";
    /** A private directory for the env file and the URL the CLI reports. */
    workDir: string;
    timeoutMs?: number;
    signal?: AbortSignal;
}
/** Arguments after `convex`: the key travels in the env file, never on a command line. */
export declare function previewDeployArgs(o: {
    envFile: string;
    name: string;
    claim: "create" | "reuse";
    cmd: string;
    codegen: boolean;
}): string[];
/** Runs `convex deploy` to the preview deployment; returns the deployment URL the CLI handed `--cmd`. */
export declare function deployToPreview(o: PreviewDeployOptions): Promise<{
    url: string;
    output: string;
}>;
