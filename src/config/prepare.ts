/**
 * Everything a run needs from the config, before any backend starts: the file loaded and
 * validated, scenarios resolved, every function they name checked against the project. Every
 * problem is a ConfigError (exit 2, one line), found before anything runs.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../errors.js";
import { registerSecret } from "../output/secrets.js";
import { ensureGenerated } from "./codegen.js";
import { checkConvexVersion } from "./convex-version.js";
import { closeMatches, scanFunctions } from "./functions.js";
import { functionPath } from "./function-ref.js";
import { DEFAULT_CONFIG, loadConfigFile } from "./load.js";
import { resolveScenario, type ResolvedScenario } from "./scenario.js";
import type { RaceCheckConfig } from "./types.js";
import { validateConfig } from "./validate.js";

export interface PrepareOptions {
  /** Config file (default race-check.config.ts in cwd); ignored when `config` is given. */
  configFile?: string;
  /** A config object instead of a file; `projectDir` then says where `convex/` is (default cwd). */
  config?: RaceCheckConfig;
  projectDir?: string;
  cwd?: string;
  rounds?: number;
  clients?: number;
  opTimeout?: number;
  /** Run only the scenario(s) with this name. */
  scenario?: string | string[];
  /** Deployment environment variables given besides the config's `env` (action input `env`); these win. */
  env?: Record<string, string>;
  /** Interrupts loading the config (SIGINT while a config takes its time). */
  signal?: AbortSignal;
}

export interface PreparedRun {
  config: RaceCheckConfig;
  configLabel: string;
  /**
   * What tells two configs with the same path apart: a sha256 of the config file's text and of the
   * working directory relative to the repository. Undefined for a config object.
   */
  configFingerprint?: string;
  projectDir: string;
  functionsDir: string;
  scenarios: ResolvedScenario[];
  warnings: string[];
  /** The deployment's environment: the config's `env` and the caller's, every value a secret. */
  env: Record<string, string>;
}

/** Loads, validates and resolves everything a run needs; throws ConfigError before anything starts. */
export async function prepareRun(opts: PrepareOptions): Promise<PreparedRun> {
  const cwd = opts.cwd ?? process.cwd();
  let config: RaceCheckConfig;
  let configLabel: string;
  let configFingerprint: string | undefined;
  let projectDir: string;
  let versionChecked = false;
  if (opts.config) {
    config = validateConfig(opts.config, "config");
    configLabel = "config";
    projectDir = path.resolve(cwd, opts.projectDir ?? ".");
  } else {
    const file = path.resolve(cwd, opts.configFile ?? DEFAULT_CONFIG);
    configLabel = path.relative(cwd, file) || file;
    projectDir = opts.projectDir ? path.resolve(cwd, opts.projectDir) : path.dirname(file);
    // A config usually imports convex/_generated/api: it must exist (and suit this convex) before the load.
    versionChecked = await prepareProject(projectDir);
    config = validateConfig(await loadConfigFile(file, configLabel, { signal: opts.signal }), configLabel);
    configFingerprint = await fingerprintConfig(file, cwd);
  }
  const functionsDir = config.functionsDir ?? (await functionsDirFromConvexJson(projectDir)) ?? "convex";
  const absoluteFunctions = path.resolve(projectDir, functionsDir);
  if (!(await stat(absoluteFunctions).catch(() => undefined))?.isDirectory()) {
    throw new ConfigError(
      `${path.relative(cwd, absoluteFunctions) || absoluteFunctions}/ not found: run race-check in a Convex project (or set functionsDir in the config)`,
    );
  }
  if (!versionChecked) await checkConvexVersion(projectDir);
  // Again for a functionsDir the config names (a stat when it is already there).
  await ensureGenerated(projectDir, absoluteFunctions);
  let scenarios = config.scenarios.map((s) =>
    resolveScenario(config, s, {
      rounds: opts.rounds,
      clients: opts.clients,
      opTimeout: opts.opTimeout,
    }),
  );
  if (opts.scenario !== undefined) {
    const wanted = new Set([opts.scenario].flat());
    const names = scenarios.map((s) => s.name);
    const missing = [...wanted].filter((w) => !names.includes(w));
    if (missing.length > 0) {
      throw new ConfigError(
        `--scenario: no scenario named "${missing[0]}" in ${configLabel}; scenarios are: ${names.map((n) => `"${n}"`).join(", ")}`,
      );
    }
    scenarios = scenarios.filter((s) => wanted.has(s.name));
  }
  const warnings = await checkFunctionNames(scenarios, absoluteFunctions, path.relative(cwd, absoluteFunctions) || ".");
  const env = { ...config.env, ...opts.env };
  // Values are secrets (API keys for the app's own services): never printed, whatever echoes them.
  for (const value of Object.values(env)) registerSecret(value);
  return {
    config,
    configLabel,
    ...(configFingerprint && { configFingerprint }),
    projectDir,
    functionsDir,
    scenarios,
    warnings,
    env,
  };
}

/**
 * sha256 over the config file's text (line endings made one) and the working directory relative to
 * the repository, with forward slashes: the same on every runner that checked out the same commit,
 * different for another config that has the same path relative to its working directory.
 */
export async function fingerprintConfig(file: string, cwd: string): Promise<string> {
  const text = (await readFile(file, "utf8")).replace(/\r\n/g, "\n");
  const where = (path.relative(await repositoryRoot(cwd), cwd) || ".").split(path.sep).join("/");
  const hash = createHash("sha256").update(`race-check config\0${where}\0`).update(text).digest("hex");
  return `sha256:${hash}`;
}

/** The nearest directory up from `cwd` holding .git, else the runner's workspace when `cwd` is in it, else `cwd`. */
async function repositoryRoot(cwd: string): Promise<string> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (await stat(path.join(dir, ".git")).catch(() => undefined)) return dir;
    if (path.dirname(dir) === dir) break;
  }
  const workspace = process.env.GITHUB_WORKSPACE;
  if (workspace && !path.relative(path.resolve(workspace), path.resolve(cwd)).startsWith("..")) return workspace;
  return cwd;
}

/**
 * The project's default functions directory, checked and generated before anything imports from
 * it. Says whether the project's convex version was checked.
 */
async function prepareProject(projectDir: string): Promise<boolean> {
  const functions = path.resolve(projectDir, (await functionsDirFromConvexJson(projectDir)) ?? "convex");
  if (!(await stat(functions).catch(() => undefined))?.isDirectory()) return false;
  await checkConvexVersion(projectDir);
  await ensureGenerated(projectDir, functions);
  return true;
}

/**
 * Every function a scenario names must exist in the project: a typo found now costs one line, found
 * mid-run it costs a confusing error per round. Returns warnings for setup functions that are public.
 */
async function checkFunctionNames(
  scenarios: ResolvedScenario[],
  functionsDir: string,
  label: string,
): Promise<string[]> {
  const known = await scanFunctions(functionsDir);
  if (known.size === 0) return [];
  const warnings: string[] = [];
  for (const s of scenarios) {
    const named: [string, string | undefined][] = [
      ["setup", s.setup?.path],
      ["act.fn", s.act.kind === "call" ? s.act.path : undefined],
      ["invariant.read.fn", s.invariant.kind === "capacity" ? functionPath(s.invariant.read.fn) : undefined],
    ];
    for (const [field, fn] of named) {
      if (fn === undefined) continue;
      if (!known.has(fn)) {
        const near = closeMatches(fn, known.keys());
        const hint = near.length
          ? `did you mean ${near.map((n) => `"${n}"`).join(" or ")}?`
          : `check the name (module path inside ${label}/, then ":" and the export)`;
        throw new ConfigError(`scenario "${s.name}" ${field}: no function "${fn}" in ${label}/; ${hint}`);
      }
      if (field === "act.fn" && known.get(fn)?.visibility === "internal") {
        throw new ConfigError(
          `scenario "${s.name}" act.fn: ${fn} is internal, and simulated users call functions as a browser would; act on the public function that calls it`,
        );
      }
      if (field === "setup" && known.get(fn)?.visibility === "public") {
        warnings.push(
          `scenario "${s.name}": setup function ${fn} is public; test-support functions should be internal (internalMutation) so no browser can call them in production`,
        );
      }
    }
  }
  return warnings;
}

async function functionsDirFromConvexJson(projectDir: string): Promise<string | undefined> {
  const text = await readFile(path.join(projectDir, "convex.json"), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const functions = (JSON.parse(text) as { functions?: unknown }).functions;
    return typeof functions === "string" ? functions.replace(/\/$/, "") : undefined;
  } catch {
    throw new ConfigError(`${path.join(projectDir, "convex.json")}: not valid JSON`);
  }
}
