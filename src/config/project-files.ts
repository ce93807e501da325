/** The files of a Convex project that are function modules, found the way `convex deploy` bundles them. */
import { access, readdir } from "node:fs/promises";
import path from "node:path";

const SOURCE = /\.(ts|tsx|js|mjs|jsx|mts)$/;
const SKIP = /(\.d\.ts|\.test\.[jt]sx?|\.spec\.[jt]sx?|\.config\.[jt]s)$/;

/**
 * Lists the project's function modules, the way `convex deploy` bundles them: a subdirectory
 * with its own convex.config is a component, whose modules are not the app's.
 */
export async function listModules(functionsDir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if ((await componentDefinition(full)) === undefined) await walk(full);
      } else if (SOURCE.test(entry.name) && !SKIP.test(entry.name) && !entry.name.includes(" ")) {
        found.push(path.relative(functionsDir, full).split(path.sep).join("/"));
      }
    }
  }
  await walk(functionsDir);
  return found.sort();
}

/** The convex.config of a component (or app) directory, if it has one. */
export async function componentDefinition(dir: string): Promise<string | undefined> {
  for (const name of ["convex.config.ts", "convex.config.js"]) {
    const file = path.join(dir, name);
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    )
      return file;
  }
  return undefined;
}
