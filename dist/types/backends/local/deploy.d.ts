export interface DeployOptions {
    projectDir: string;
    /** Where the functions live, relative to projectDir. */
    functionsDir?: string;
    url: string;
    adminKey: string;
    /** A private directory removed after the run; the credentials file is written here. */
    workDir: string;
    timeoutMs?: number;
    signal?: AbortSignal;
}
/** The project's own `convex` CLI entry: the version the user's functions were written against. */
export declare function projectConvexCli(projectDir: string): Promise<string>;
/**
 * Arguments after `convex`. The target and admin key travel in an env file (`--env-file`): not on a
 * command line anyone can read in the process table, and the CLI then reads no .env.local, so a
 * CONVEX_DEPLOYMENT or CONVEX_DEPLOY_KEY kept there cannot send the push anywhere else.
 */
export declare function deployArgs(envFile: string, codegen: boolean): string[];
/**
 * The CLI's environment without any CONVEX_* variable: each of them can pick a deployment or
 * credentials. CI is set because this is an unattended push to a throwaway backend: the CLI then
 * sends no crash reports about it (which, offline, fail with a confusing extra error of their own).
 */
export declare function deployEnv(env?: NodeJS.ProcessEnv): Record<string, string>;
/** Pushes the project's functions, schema and indexes to the local backend. */
export declare function deployFunctions(opts: DeployOptions): Promise<{
    durationMs: number;
}>;
/** Why a `convex` CLI run failed, in a few words. */
export declare function whyFailed(r: {
    timedOut: boolean;
    isCanceled: boolean;
    signal?: string;
    exitCode?: number;
}, timeoutMs: number): string;
/** What the CLI printed, its secrets redacted and its colour codes (noise in CI logs and Markdown) gone. */
export declare function deployOutput(r: {
    all?: unknown;
}, secrets: string[]): string;
/** The last lines of that output, for the error's detail. */
export declare function outputTail(output: string): string | undefined;
