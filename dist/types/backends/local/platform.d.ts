/**
 * Which release asset of convex-local-backend runs here. The names are those the Convex CLI
 * downloads (cli/lib/localDeployment/download.js); there is no build for other platforms.
 */
export declare function releaseTarget(platform?: NodeJS.Platform, arch?: string): string | undefined;
export declare function assetName(target: string): string;
export declare function executableName(platform?: NodeJS.Platform): string;
