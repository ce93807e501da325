import { startBackend, type BackendKind, type RunningBackend } from "./backends/index.js";
import { BackendError } from "./backends/types.js";
import { checkPreviewOptions, defaultPreviewName } from "./backends/preview/index.js";
import { prepareRun, type PrepareOptions } from "./config/prepare.js";
import { ConfigError } from "./errors.js";
import { ScenarioCutShort, runScenario, type Progress } from "./engine/fire/stress.js";
import { randomSeed } from "./engine/random.js";
import { prepareShard, shardRoundsOf, type ShardSpec } from "./engine/shard.js";
import { runEnvelope, type RunResult, type ScenarioResult } from "./engine/result.js";
import { failedScenario } from "./engine/summary.js";

export { prepareRun };

export interface RunOptions extends PrepareOptions {
  backend?: BackendKind;
  url?: string;
  /** url backend: where the deployment serves HTTP actions (default: derived from a .convex.cloud URL). */
  siteUrl?: string;
  adminKey?: string;
  /** Preview backend: a Convex preview deploy key. */
  deployKey?: string;
  /** Preview backend: the preview deployment's name (default race-check-<branch>[-shard-i-of-n]). */
  previewName?: string;
  allowRemote?: boolean;
  /** Longest wait for a backend we start to become ready (local default 60 s). */
  startupTimeoutMs?: number;
  /** Local backend: convex-local-backend release tag or "latest". */
  convexBackendVersion?: string;
  /** Local backend: an existing convex-local-backend binary. */
  convexBackendBinary?: string;
  seed?: number;
  /** Run only this shard's part of the work (`--shard i/n`), with the shard's own seed. */
  shard?: ShardSpec;
  onProgress?: (p: Progress) => void;
  /** Every line the functions logged, per scenario (the report keeps a count and the first lines). */
  onLogs?: (scenario: string, lines: string[]) => void;
  /** Called once the backend is up, e.g. to register its admin key as a secret. */
  onBackend?: (backend: RunningBackend) => void;
  /** Problems worth a warning that do not stop the run (e.g. a public setup function). */
  onWarning?: (message: string) => void;
}

/** The whole run: config → backend → engine → one result. The backend is always stopped. */
export async function runRaceCheck(opts: RunOptions = {}): Promise<RunResult> {
  // Before anything, the config included: a production key or a missing --allow-remote is one line.
  if (opts.backend === "preview") checkPreviewOptions(opts);
  const prepared = await prepareRun(opts);
  for (const w of prepared.warnings) opts.onWarning?.(w);
  const seed = opts.seed ?? randomSeed();
  const startedAt = new Date();
  const began = performance.now();
  const kind = opts.backend ?? "embedded";
  // Before any backend starts: a shard with no work is a mistake in the matrix, not a run.
  const sharding = opts.shard
    ? prepareShard(prepared.scenarios, opts.shard, seed, {
        config: prepared.configLabel,
        scenarios: opts.scenario === undefined ? undefined : [opts.scenario].flat(),
        rounds: opts.rounds,
        clients: opts.clients,
        opTimeout: opts.opTimeout,
        backend: kind,
      })
    : undefined;
  const work = sharding
    ? sharding.parts.map((part) => ({ scenario: prepared.scenarios[part.scenario], part }))
    : prepared.scenarios.map((scenario) => ({ scenario, part: undefined }));
  const withShard = (result: ScenarioResult, part: (typeof work)[number]["part"]): ScenarioResult =>
    part && sharding
      ? { ...result, shardRounds: shardRoundsOf(part, prepared.scenarios[part.scenario].rounds, sharding.info.index) }
      : result;
  let backend: RunningBackend;
  try {
    backend = await startBackend(kind, {
      projectDir: prepared.projectDir,
      functionsDir: prepared.functionsDir,
      url: opts.url,
      siteUrl: opts.siteUrl,
      adminKey: opts.adminKey,
      allowRemote: opts.allowRemote,
      deployKey: opts.deployKey,
      previewName: opts.previewName ?? (kind === "preview" ? defaultPreviewName(process.env, opts.shard) : undefined),
      deploymentEnv: prepared.env,
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
    for (const { scenario, part } of work) {
      if (opts.signal?.aborted) break;
      try {
        scenarios.push(
          withShard(
            await runScenario({
              backend,
              scenario,
              seed: sharding?.info.seed ?? seed,
              ...(part && { range: { from: part.from, to: part.to } }),
              onProgress: opts.onProgress,
              onLogs: opts.onLogs,
              signal: opts.signal,
            }),
            part,
          ),
        );
      } catch (e) {
        // A later scenario's broken setup must not throw away the earlier scenarios' results.
        if (e instanceof ConfigError && scenarios.length > 0) {
          scenarios.push(withShard(failedScenario(scenario, e.message), part));
          continue;
        }
        if (!(e instanceof BackendError)) throw e;
        // The backend is gone: the rounds run so far are kept (a race seen stays a race), the
        // scenario is never OK, and every scenario not run is an error too.
        const why = opts.signal?.aborted ? "interrupted" : e.message;
        scenarios.push(
          withShard(
            e instanceof ScenarioCutShort
              ? e.partial
              : failedScenario(scenario, why, opts.signal?.aborted ? undefined : e.logTail),
            part,
          ),
        );
        break;
      }
    }
    for (const rest of work.slice(scenarios.length)) {
      const why = `not run: ${opts.signal?.aborted ? "interrupted" : "backend exited"}`;
      scenarios.push(withShard(failedScenario(rest.scenario, why), rest.part));
    }
  } finally {
    opts.signal?.removeEventListener("abort", stopOnAbort);
    await backend.stop();
  }
  return runEnvelope({
    mode: "stress",
    startedAt: startedAt.toISOString(),
    began,
    seed,
    backend: {
      kind: backend.kind,
      ...(backend.startupMs !== undefined && { startupMs: backend.startupMs }),
    },
    prepared,
    cwd: opts.cwd,
    scenarios,
    shard: sharding?.info,
  });
}
