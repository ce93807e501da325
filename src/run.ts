import { startBackend, type BackendKind, type RunningBackend } from "./backends/index.js";
import { BackendError } from "./backends/types.js";
import { prepareRun, type PrepareOptions } from "./config/prepare.js";
import { ConfigError } from "./errors.js";
import { ScenarioCutShort, failedScenario, runScenario, type Progress } from "./engine/fire/stress.js";
import { randomSeed } from "./engine/random.js";
import { functionsDirLabel, withExpectations } from "./engine/expectations.js";
import type { RunResult, ScenarioResult } from "./engine/result.js";
import { joinVerdicts } from "./model.js";
import { VERSION } from "./version.js";

export { prepareRun };

export interface RunOptions extends PrepareOptions {
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
  seed?: number;
  onProgress?: (p: Progress) => void;
  /** Called once the backend is up, e.g. to register its admin key as a secret. */
  onBackend?: (backend: RunningBackend) => void;
  /** Problems worth a warning that do not stop the run (e.g. a public setup function). */
  onWarning?: (message: string) => void;
  signal?: AbortSignal;
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
    mode: "stress",
    verdict: joinVerdicts(scenarios.map((s) => s.verdict)),
    startedAt: startedAt.toISOString(),
    durationMs: performance.now() - began,
    seed,
    backend: {
      kind: backend.kind,
      ...(backend.startupMs !== undefined && { startupMs: backend.startupMs }),
    },
    config: prepared.configLabel,
    functionsDir: functionsDirLabel(prepared, opts.cwd ?? process.cwd()),
    scenarios: withExpectations(scenarios, prepared.scenarios),
  };
}
