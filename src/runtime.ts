/**
 * Where race-check's own child-process entries live and how to start them. From source (tests,
 * `npm start`) they are TypeScript files run through tsx; from the bundle they sit beside it.
 */
const fromSource = import.meta.url.endsWith(".ts");

/** Node flags that let a child load TypeScript: race-check's own files and the user's project. */
export function typescriptLoaderArgs(): string[] {
  return ["--import", import.meta.resolve("tsx")];
}

export function childEntry(name: "embedded-server"): string {
  const relative = fromSource ? { "embedded-server": "./backends/embedded/server.ts" }[name] : `./${name}.js`;
  return new URL(relative, import.meta.url).pathname;
}
