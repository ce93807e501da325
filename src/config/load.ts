import { access } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { execa } from "execa";
import { ConfigError } from "../errors.js";
import { registerLoader } from "../loader/register.js";
import { childEntry, typescriptLoaderArgs } from "../runtime.js";
import { childEnv } from "../child-env.js";
import type { RaceCheckConfig } from "./types.js";

export const DEFAULT_CONFIG = "race-check.config.ts";

/** How long a config may take to load (RACE_CHECK_CONFIG_TIMEOUT_MS overrides, for tests). */
export const CONFIG_TIMEOUT_MS = 30_000;

let loads = 0;

export interface LoadOptions {
  /** Load it first in a child process under the time limit (default true). */
  probe?: boolean;
  signal?: AbortSignal;
}

/** Loads a TypeScript (or JavaScript) config file and returns its default export, unvalidated. */
export async function loadConfigFile(absolute: string, file = absolute, opts: LoadOptions = {}): Promise<unknown> {
  try {
    await access(absolute);
  } catch {
    throw new ConfigError(
      `config file not found: ${file} (create ${DEFAULT_CONFIG} beside your convex/ directory, or pass --config FILE)`,
    );
  }
  const timeoutMs = Number(process.env.RACE_CHECK_CONFIG_TIMEOUT_MS) || CONFIG_TIMEOUT_MS;
  const tooSlow = () =>
    new ConfigError(
      `${file} did not finish loading within ${Math.round(timeoutMs / 1000)} s: does it loop forever, or await something that never settles at its top level?`,
    );
  if (opts.probe !== false) await probe(absolute, file, timeoutMs, tooSlow, opts.signal);
  let mod: Record<string, unknown>;
  // The config imports `defineConfig` from "race-check", which a project running the action (or
  // npx) does not have installed: the loader maps it to this very copy, and compiles TypeScript.
  registerLoader(path.dirname(absolute));
  let timer: NodeJS.Timeout | undefined;
  try {
    // A fresh evaluation per load, as a changed config file must be seen by a later load.
    const url = `${pathToFileURL(absolute).href}?load=${++loads}`;
    mod = (await Promise.race([
      import(url),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(tooSlow()), timeoutMs))),
    ])) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`cannot load ${file}: ${firstLine(e)}`);
  } finally {
    clearTimeout(timer);
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

/**
 * Loads the config once in a child process, under the time limit and interruptible: only after it
 * loaded there is it loaded here, where an endless loop could not be stopped.
 */
async function probe(
  absolute: string,
  file: string,
  timeoutMs: number,
  tooSlow: () => ConfigError,
  signal?: AbortSignal,
): Promise<void> {
  const child = await execa(process.execPath, [...typescriptLoaderArgs(), childEntry("config-probe"), absolute, file], {
    cwd: path.dirname(absolute),
    extendEnv: false,
    env: { ...childEnv(), RACE_CHECK_PROJECT_DIR: path.dirname(absolute) },
    reject: false,
    timeout: timeoutMs,
    killSignal: "SIGKILL",
    cancelSignal: signal,
    stdin: "ignore",
  });
  if (child.timedOut) throw tooSlow();
  if (child.isCanceled) throw new ConfigError(`loading ${file} was interrupted`);
  const line = child.stdout
    .split("\n")
    .reverse()
    .find((l) => l.startsWith('{"ok"'));
  if (!line) {
    const why = child.stderr.split("\n").find((l) => l.trim() !== "") ?? `exit code ${child.exitCode}`;
    throw new ConfigError(`cannot load ${file}: ${why.trim()}`);
  }
  const result = JSON.parse(line) as { ok: boolean; message?: string };
  if (!result.ok) throw new ConfigError(result.message ?? `cannot load ${file}`);
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
