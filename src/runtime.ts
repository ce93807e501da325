/**
 * Where race-check's own child-process entries live and how to start them. From source (tests,
 * `npm start`) they are TypeScript files run through tsx; from the bundle they sit beside it.
 */
const fromSource = import.meta.url.endsWith(".ts");

/**
 * Node flags that let a child load TypeScript: race-check's own files and the user's project. The
 * user's files always go through race-check's loader (src/loader), in development and from dist/
 * alike; tsx only serves race-check's own sources in development.
 */
export function typescriptLoaderArgs(): string[] {
  const preload = new URL(fromSource ? "./loader/preload.ts" : "./loader.js", import.meta.url).href;
  return [...(fromSource ? ["--import", import.meta.resolve("tsx")] : []), "--import", preload];
}

const SOURCES = {
  "embedded-server": "./backends/embedded/server.ts",
  "config-probe": "./config/probe.ts",
  "sandbox-launch": "./action/sandbox-launch.ts",
} as const;

export function childEntry(name: keyof typeof SOURCES): string {
  const relative = fromSource ? SOURCES[name] : `./${name}.js`;
  return new URL(relative, import.meta.url).pathname;
}

/** `node <these>` starts one of race-check's own entries that loads no user code. */
export function ownEntryArgs(name: keyof typeof SOURCES): string[] {
  return [...(fromSource ? ["--import", import.meta.resolve("tsx")] : []), childEntry(name)];
}

/**
 * `node <these> run …` runs race-check's own CLI: from source through tsx, from the bundle
 * dist/cli.js beside the action's dist/index.js. The action runs the user's config this way, in a
 * process of its own.
 */
export function cliCommand(): string[] {
  // With the loader first: from dist/, the CLI's own `convex` imports must resolve in the user's
  // project (the child runs there), not beside the bundle, where nothing is installed.
  return [...typescriptLoaderArgs(), new URL(fromSource ? "./cli.ts" : "./cli.js", import.meta.url).pathname];
}
