import { access } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError } from "../errors.js";
import { registerLoader } from "../loader/register.js";
import type { RaceCheckConfig } from "./types.js";

export const DEFAULT_CONFIG = "race-check.config.ts";

let loads = 0;

/** Loads a TypeScript (or JavaScript) config file and returns its default export, unvalidated. */
export async function loadConfigFile(absolute: string, file = absolute): Promise<unknown> {
  try {
    await access(absolute);
  } catch {
    throw new ConfigError(
      `config file not found: ${file} (create ${DEFAULT_CONFIG} beside your convex/ directory, or pass --config FILE)`,
    );
  }
  let mod: Record<string, unknown>;
  // The config imports `defineConfig` from "race-check", which a project running the action (or
  // npx) does not have installed: the loader maps it to this very copy, and compiles TypeScript.
  registerLoader(path.dirname(absolute));
  try {
    // A fresh evaluation per load, as a changed config file must be seen by a later load.
    const url = `${pathToFileURL(absolute).href}?load=${++loads}`;
    mod = (await import(url)) as Record<string, unknown>;
  } catch (e) {
    throw new ConfigError(`cannot load ${file}: ${firstLine(e)}`);
  }
  let exported = mod.default ?? mod.config;
  // A .ts file outside an ESM package loads as CommonJS: its default export arrives one level down.
  if (exported && typeof exported === "object" && "default" in exported && !("scenarios" in exported)) {
    exported = (exported as { default: unknown }).default;
  }
  if (exported === undefined) {
    throw new ConfigError(
      `${file} has no default export: end it with \`export default defineConfig({ scenarios: [...] })\``,
    );
  }
  return exported;
}

/** The first meaningful line of a load error, with the file:line esbuild reports when it has one. */
function firstLine(e: unknown): string {
  const err = e as {
    message?: string;
    errors?: {
      text: string;
      location?: { file: string; line: number; column: number };
    }[];
  };
  const first = err.errors?.[0];
  if (first?.location) return `${first.location.file}:${first.location.line}:${first.location.column}: ${first.text}`;
  const message = String(err.message ?? e);
  const located = /([^\s:]+\.[cm]?[jt]sx?:\d+:\d+):\s*ERROR:\s*(.*)/.exec(message);
  if (located) return `${located[1]}: ${located[2]}`;
  return (
    message
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? message
  );
}

export type { RaceCheckConfig };
