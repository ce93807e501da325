/**
 * Node flags that let a child load TypeScript: race-check's own files and the user's project. The
 * user's files always go through race-check's loader (src/loader), in development and from dist/
 * alike; tsx only serves race-check's own sources in development.
 */
export declare function typescriptLoaderArgs(): string[];
declare const SOURCES: {
    readonly "embedded-server": "./backends/embedded/server.ts";
    readonly "config-probe": "./config/probe.ts";
    readonly "sandbox-launch": "./action/sandbox-launch.ts";
};
export declare function childEntry(name: keyof typeof SOURCES): string;
/** `node <these>` starts one of race-check's own entries that loads no user code. */
export declare function ownEntryArgs(name: keyof typeof SOURCES): string[];
/**
 * `node <these> run …` runs race-check's own CLI: from source through tsx, from the bundle
 * dist/cli.js beside the action's dist/index.js. The action runs the user's config this way, in a
 * process of its own.
 */
export declare function cliCommand(): string[];
export {};
