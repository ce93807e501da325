/**
 * `mode: run` (the default): run the checks in a child process that cannot read the action's
 * tokens (child-run.ts), then deliver the report it wrote.
 */
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { RunResult } from "../engine/result.js";
import { ConfigError } from "../errors.js";
import { LogCollector } from "../output/log-file.js";
import { checkOutputPath } from "../output/report-file.js";
import { redactDeep } from "../output/secrets.js";
import { locateSources } from "./annotations.js";
import { runCli } from "./child-run.js";
import { sandboxForRun } from "./sandbox.js";
import { deliver, deliverFailure, readBaselineFile, type Delivery } from "./deliver.js";
import type { EventInfo } from "./event.js";
import { DEFAULT_ARTIFACT_NAME, type ActionInputs } from "./inputs.js";
import * as core from "./out.js";

export interface RunKeys {
  /** backend url: the deployment's admin key. */
  adminKey?: string;
  /** backend preview: the preview deploy key. */
  deployKey?: string;
}

export async function runMode(inputs: ActionInputs, event: EventInfo, keys: RunKeys): Promise<void> {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const cwd = path.resolve(repoRoot, inputs.workingDirectory);
  const configId = path.relative(repoRoot, path.resolve(cwd, inputs.config)).split(path.sep).join("/");
  const delivery: Delivery = {
    inputs,
    event,
    configId,
    cwd,
    onRunner: true,
    ...(inputs.shard && {
      // A name is unique per workflow run: each shard uploads its own; one comment comes from the merge job.
      artifactName: shardArtifactName(inputs),
      commentFromMergeJob: inputs.shard,
    }),
  };
  if (!(await stat(cwd).catch(() => undefined))?.isDirectory()) {
    return deliverFailure(
      delivery,
      `input working-directory: ${inputs.workingDirectory} does not exist in the repository (did the checkout step run?)`,
    );
  }
  const reportFile = path.resolve(cwd, inputs.reportPath);
  try {
    await checkOutputPath(reportFile, "input report-path", { createDir: true });
    delivery.reportFile = reportFile;
    delivery.baseline = await readBaselineFile(inputs, cwd);
  } catch (e) {
    if (e instanceof ConfigError) return deliverFailure(delivery, e.message);
    throw e;
  }
  if (event.pullRequestMissing && inputs.comment !== "never") {
    core.warning(
      `race-check: the ${event.name} event payload has no pull request number, so the PR comment is skipped (the summary and outputs are still written)`,
    );
  }

  const scratch = await mkdtemp(path.join(os.tmpdir(), "race-check-run-"));
  try {
    const isolated = await sandboxForRun(inputs.isolation, cwd, scratch, core);
    if (isolated.failure) return deliverFailure(delivery, isolated.failure);
    const options = {
      cwd,
      ...keys,
      reportFile: path.join(scratch, "run.json"),
      ...(isolated.sandbox && { sandbox: isolated.sandbox }),
    };
    // The deployment's variables reach the child in a file of its own, never its command line.
    const envFile = inputs.env ? path.join(scratch, "deployment.env") : undefined;
    if (envFile) await writeFile(envFile, envFileText(inputs.env!), { mode: 0o600 });
    // The shards of one matrix share a run seed (each derives its own), so the merged report names one.
    const seed = inputs.seed ?? (inputs.shard ? seedOfWorkflowRun() : undefined);
    const stress = await runCli(["run", ...runFlags({ ...inputs, seed }, envFile)], options);
    if (!stress.result) return deliverFailure(delivery, stress.error ?? "the run wrote no report");
    let result: RunResult = stress.result;
    let exploreError: string | undefined;
    // A shard searches the scenarios whose first rounds it ran, so each is searched once in a matrix.
    const mine = result.shard
      ? result.scenarios.filter((x) => x.shardRounds?.parts[0]?.from === 1).map((x) => x.name)
      : inputs.scenarios;
    if (inputs.explore && mine?.length === 0) {
      core.info(
        `shard ${result.shard!.index}/${result.shard!.count}: no scenario starts here, so none is explored here`,
      );
    } else if (inputs.explore) {
      const flags = exploreFlags({ ...inputs, scenarios: mine, seed: result.shard?.seed ?? seed }, envFile);
      const search = await runCli(["explore", ...flags], {
        ...options,
        reportFile: path.join(scratch, "explore.json"),
      });
      if (search.result) result = { ...result, explore: search.result };
      else {
        // The stress results are still published; the step fails, as for any error.
        exploreError = search.error ?? "the search wrote no report";
        core.error(`race-check: explore could not run: ${exploreError}`);
      }
    }
    const logFiles = await keepLogs(result, scratch, reportFile, cwd);
    // Before anything renders it: escaping and cutting would change a secret past recognition.
    result = redactDeep(result);
    const functionsDir = path.resolve(cwd, result.functionsDir ?? "convex");
    const sources = await locateSources(result, functionsDir, repoRoot);
    await deliver({ ...delivery, reportFile, logFiles }, result, sources, exploreError);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * The functions' logs the CLI wrote beside its reports in the scratch directory, which goes: moved
 * beside report-path (and into the artifact), and the report names them where they now are.
 */
async function keepLogs(result: RunResult, scratch: string, reportFile: string, cwd: string): Promise<string[]> {
  const kept: string[] = [];
  const moves: [string, string][] = [
    [path.join(scratch, "run.json"), LogCollector.pathBeside(reportFile)],
    [path.join(scratch, "explore.json"), LogCollector.pathBeside(reportFile).replace(/\.log$/, ".explore.log")],
  ];
  for (const [report, target] of moves) {
    const from = LogCollector.pathBeside(report);
    if (!(await stat(from).catch(() => undefined))?.isFile()) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(from, target);
    kept.push(target);
    for (const s of [...result.scenarios, ...(result.explore?.scenarios ?? [])]) {
      if (s.logs?.file === from) s.logs.file = path.relative(cwd, target) || target;
    }
  }
  return kept;
}

function runFlags(inputs: ActionInputs, envFile: string | undefined): string[] {
  const flags = [`--config=${inputs.config}`, `--backend=${inputs.backend}`];
  const add = (name: string, value: string | number | undefined) => {
    if (value !== undefined) flags.push(`--${name}=${value}`);
  };
  add("url", inputs.convexUrl);
  add("site-url", inputs.siteUrl);
  add("env-file", envFile);
  add("preview-name", inputs.previewName);
  if (inputs.shard) add("shard", `${inputs.shard.index}/${inputs.shard.count}`);
  if (inputs.allowRemote) flags.push("--allow-remote");
  add("rounds", inputs.rounds);
  add("clients", inputs.clients);
  for (const s of inputs.scenarios ?? []) flags.push(`--scenario=${s}`);
  add("seed", inputs.seed);
  add("op-timeout", inputs.opTimeout);
  add("convex-backend-version", inputs.convexBackendVersion);
  add("convex-backend-binary", inputs.convexBackendBinary);
  add("startup-timeout", inputs.startupTimeoutSeconds);
  return flags;
}

function exploreFlags(inputs: ActionInputs, envFile: string | undefined): string[] {
  const flags = [`--config=${inputs.config}`];
  if (envFile) flags.push(`--env-file=${envFile}`);
  for (const s of inputs.scenarios ?? []) flags.push(`--scenario=${s}`);
  if (inputs.seed !== undefined) flags.push(`--seed=${inputs.seed}`);
  if (inputs.exploreBudget !== undefined) flags.push(`--budget=${inputs.exploreBudget}`);
  return flags;
}

/** `NAME=value` lines, as `--env-file` reads them back. */
function envFileText(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join("\n");
}

/** Shards share the default artifact name, and a name is unique per workflow run: each gets its own. */
export function shardArtifactName(inputs: ActionInputs): string {
  if (!inputs.shard || inputs.artifactName !== DEFAULT_ARTIFACT_NAME) return inputs.artifactName;
  return `${inputs.artifactName}-shard-${inputs.shard.index}-of-${inputs.shard.count}`;
}

/** A seed every job of this workflow run (and of its re-runs) computes alike. */
function seedOfWorkflowRun(): number | undefined {
  const run = process.env.GITHUB_RUN_ID;
  if (!run) return undefined;
  let h = 2166136261;
  for (const c of run) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % 2 ** 31;
}
