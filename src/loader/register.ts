import { register } from "node:module";
import type { LoaderData } from "./hooks.js";

// From source (development, tests) the hooks are TypeScript loaded through tsx; in dist/ they are
// bundled beside the entry that registers them.
const fromSource = import.meta.url.endsWith(".ts");

let registered = false;

/**
 * Lets this process import the user's TypeScript (config file, convex/ functions) the same way in
 * development and from dist/. Registered once: the first project wins, which is the only one a CLI
 * run, an action run or an embedded backend ever loads.
 */
export function registerLoader(projectDir: string): void {
  if (registered) return;
  registered = true;
  const data: LoaderData = {
    projectDir,
    selfApi: new URL(fromSource ? "../index.ts" : "./api.js", import.meta.url).href,
  };
  register(new URL(fromSource ? "./hooks.ts" : "./loader-hooks.js", import.meta.url), { data });
}
