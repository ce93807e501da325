/** The components an app's convex.config uses, nested ones too: part of reading the project. */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { componentDefinition } from "./project-files.js";

/** A component instance as the app's definition declares it. */
export interface ComponentNode {
  name: string;
  dir: string;
  children: ComponentNode[];
}

/** What `defineApp()` / `defineComponent()` return, as far as this module reads it. */
interface Definition {
  _childComponents?: [string, Definition, ...unknown[]][];
  /** Set by race-check's loader (src/loader/hooks.ts) on every convex.config it loads. */
  componentDefinitionPath?: string;
}

/**
 * The components an app uses, read by running its convex.config (empty when it has none). The
 * config is loaded through race-check's loader, which gives each definition its directory.
 */
export async function readComponentTree(functionsDir: string): Promise<ComponentNode[]> {
  const file = await componentDefinition(functionsDir);
  if (file === undefined) return [];
  let app: Definition;
  try {
    app = ((await import(pathToFileURL(file).href)) as { default?: Definition }).default ?? {};
  } catch (e) {
    throw new Error(`cannot load ${file}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`, { cause: e });
  }
  return children(app, file);
}

function children(definition: Definition, where: string): ComponentNode[] {
  return (definition._childComponents ?? []).map(([name, child]) => {
    const dir = child.componentDefinitionPath;
    if (typeof dir !== "string") {
      throw new Error(`component "${name}" used in ${where} was not loaded through race-check's loader`);
    }
    return { name, dir: path.resolve(dir), children: children(child, path.join(dir, "convex.config")) };
  });
}
