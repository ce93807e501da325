import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { startBackend, type BackendKind, type RunningBackend } from "./backends/index.js";
import { BackendError } from "./backends/types.js";
import { loadConfigFile, DEFAULT_CONFIG } from "./config/load.js";
import { validateConfig } from "./config/validate.js";
import type { RaceCheckConfig } from "./config/types.js";
import { ConfigError } from "./errors.js";
import { closeMatches, scanFunctions } from "./config/functions.js";
import { checkConvexVersion } from "./config/convex-version.js";
import { ensureGenerated } from "./config/codegen.js";
import { functionPath } from "./engine/function-ref.js";
import { ScenarioCutShort, failedScenario, runScenario, type Progress } from "./engine/run.js";
import { resolveScenario, type ResolvedScenario } from "./engine/scenario.js";
import { randomSeed } from "./engine/random.js";
import type { RunResult, RunVerdict, ScenarioResult } from "./engine/result.js";
import { VERSION } from "./version.js";

export interface RunOptions {
  /** Config file (default race-check.config.ts in cwd); ignored when `config` is given. */
  configFile?: string;
  /** A config object instead of a file; `projectDir` then says where `convex/` is (default cwd). */
  config?: RaceCheckConfig;
  projectDir?: string;
  backend?: BackendKind;
  url?: string;
  adminKey?: string;
  allowRemote?: boolean;
  /** Longest wait for a backend we start to become ready (local default 60 s). */
  startupTimeoutMs?: number;
  /** Local backend: convex-local-backend release tag or "latest". */
  convexBackendVersion?: string;
  /** Local backend: an existing convex-local-backend binary. */
  convexBackendBinary?: string;
  rounds?: number;
  clients?: number;
  opTimeout?: number;
  /** Run only the scenario(s) with this name. */
  scenario?: string | string[];
  seed?: number;
  cwd?: string;
  onProgress?: (p: Progress) => void;
  /** Called once the backend is up, e.g. to register its admin key as a secret. */
  onBackend?: (backend: RunningBackend) => void;
  /** Problems worth a warning that do not stop the run (e.g. a public setup function). */
  onWarning?: (message: string) => void;
  signal?: AbortSignal;
}

export interface PreparedRun {
  config: RaceCheckConfig;
  configLabel: string;
  projectDir: string;
  functionsDir: string;
  scenarios: ResolvedScenario[];
  warnings: string[];
}

/** Loads, validates and resolves everything a run needs; throws ConfigError before anything starts. */
export async function prepareRun(opts: RunOptions): Promise<PreparedRun> {
  const cwd = opts.cwd ?? process.cwd();
  let config: RaceCheckConfig;
  let configLabel: string;
  let projectDir: string;
  if (opts.config) {
    config = validateConfig(opts.config, "config");
    configLabel = "config";
    projectDir = path.resolve(cwd, opts.projectDir ?? ".");
  } else {
    const file = path.resolve(cwd, opts.configFile ?? DEFAULT_CONFIG);
    configLabel = path.relative(cwd, file) || file;
    config = validateConfig(await loadConfigFile(file, configLabel), configLabel);
    projectDir = opts.projectDir ? path.resolve(cwd, opts.projectDir) : path.dirname(file);
  }
  const functionsDir = config.functionsDir ?? (await functionsDirFromConvexJson(projectDir)) ?? "convex";
  const absoluteFunctions = path.resolve(projectDir, functionsDir);
  if (!(await stat(absoluteFunctions).catch(() => undefined))?.isDirectory()) {
    throw new ConfigError(
      `${path.relative(cwd, absoluteFunctions) || absoluteFunctions}/ not found: run race-check in a Convex project (or set functionsDir in the config)`,
    );
  }
  await checkConvexVersion(projectDir);
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
  return { config, configLabel, projectDir, functionsDir, scenarios, warnings };
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

/** The whole run: config → backend → engine → one result. The backend is always stopped. */
export async function runRaceCheck(opts: RunOptions = {}): Promise<RunResult> {
  const prepared = await prepareRun(opts);
  for (const w of prepared.warnings) opts.onWarning?.(w);
  const seed = opts.seed ?? randomSeed();
  const startedAt = new Date();
  const began = performance.now();
  const kind = opts.backend ?? "embedded";
  let backend: RunningBackend;
  try {
    backend = await startBackend(kind, {
      projectDir: prepared.projectDir,
      functionsDir: prepared.functionsDir,
      url: opts.url,
      adminKey: opts.adminKey,
      allowRemote: opts.allowRemote,
      startupTimeoutMs: opts.startupTimeoutMs,
      convexBackendVersion: opts.convexBackendVersion,
      convexBackendBinary: opts.convexBackendBinary,
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof ConfigError || e instanceof BackendError) throw e;
    throw new BackendError(`could not start the ${kind} backend: ${(e as Error).message}`);
  }
  opts.onBackend?.(backend);
  // An interrupt stops the backend at once: in-flight operations end as unknown, the rounds so far
  // are reported, and nothing is left running.
  const stopOnAbort = () => void backend.stop();
  opts.signal?.addEventListener("abort", stopOnAbort);
  const scenarios: ScenarioResult[] = [];
  try {
    for (const scenario of prepared.scenarios) {
      if (opts.signal?.aborted) break;
      try {
        scenarios.push(
          await runScenario({
            backend,
            scenario,
            seed,
            onProgress: opts.onProgress,
            signal: opts.signal,
          }),
        );
      } catch (e) {
        // A later scenario's broken setup must not throw away the earlier scenarios' results.
        if (e instanceof ConfigError && scenarios.length > 0) {
          scenarios.push(failedScenario(scenario, e.message));
          continue;
        }
        if (!(e instanceof BackendError)) throw e;
        // The backend is gone: the rounds run so far are kept (a race seen stays a race), the
        // scenario is never OK, and every scenario not run is an error too.
        const why = opts.signal?.aborted ? "interrupted" : e.message;
        scenarios.push(
          e instanceof ScenarioCutShort
            ? e.partial
            : failedScenario(scenario, why, opts.signal?.aborted ? undefined : e.logTail),
        );
        break;
      }
    }
    for (const rest of prepared.scenarios.slice(scenarios.length)) {
      scenarios.push(failedScenario(rest, `not run: ${opts.signal?.aborted ? "interrupted" : "backend exited"}`));
    }
  } finally {
    opts.signal?.removeEventListener("abort", stopOnAbort);
    await backend.stop();
  }
  return {
    tool: { name: "race-check", version: VERSION },
    verdict: overallVerdict(scenarios),
    startedAt: startedAt.toISOString(),
    durationMs: performance.now() - began,
    seed,
    backend: {
      kind: backend.kind,
      ...(backend.startupMs !== undefined && { startupMs: backend.startupMs }),
    },
    config: prepared.configLabel,
    scenarios,
  };
}

export function overallVerdict(scenarios: ScenarioResult[]): RunVerdict {
  if (scenarios.some((s) => s.verdict === "race")) return "race";
  if (scenarios.some((s) => s.verdict === "error") || scenarios.length === 0) return "error";
  if (scenarios.some((s) => s.verdict === "inconclusive")) return "inconclusive";
  return "ok";
}
