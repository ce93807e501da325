/**
 * `mode: run` (the default): run the checks in a child process that cannot read the action's
 * tokens (child-run.ts), then deliver the report it wrote.
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { RunResult } from "../engine/result.js";
import { ConfigError } from "../errors.js";
import { checkOutputPath } from "../output/report-file.js";
import { redactDeep } from "../output/secrets.js";
import { locateSources } from "./annotations.js";
import { runCli } from "./child-run.js";
import { deliver, deliverFailure, readBaselineFile, type Delivery } from "./deliver.js";
import type { EventInfo } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import * as core from "./out.js";

export async function runMode(inputs: ActionInputs, event: EventInfo, adminKey: string | undefined): Promise<void> {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const cwd = path.resolve(repoRoot, inputs.workingDirectory);
  const configId = path.relative(repoRoot, path.resolve(cwd, inputs.config)).split(path.sep).join("/");
  const delivery: Delivery = { inputs, event, configId, cwd, onRunner: true };
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
    const options = { cwd, adminKey, reportFile: path.join(scratch, "run.json") };
    const stress = await runCli(["run", ...runFlags(inputs)], options);
    if (!stress.result) return deliverFailure(delivery, stress.error ?? "the run wrote no report");
    let result: RunResult = stress.result;
    let exploreError: string | undefined;
    if (inputs.explore) {
      const search = await runCli(["explore", ...exploreFlags(inputs)], {
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
    // Before anything renders it: escaping and cutting would change a secret past recognition.
    result = redactDeep(result);
    const functionsDir = path.resolve(cwd, result.functionsDir ?? "convex");
    const sources = await locateSources(result, functionsDir, repoRoot);
    await deliver({ ...delivery, reportFile }, result, sources, exploreError);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function runFlags(inputs: ActionInputs): string[] {
  const flags = [`--config=${inputs.config}`, `--backend=${inputs.backend}`];
  const add = (name: string, value: string | number | undefined) => {
    if (value !== undefined) flags.push(`--${name}=${value}`);
  };
  add("url", inputs.convexUrl);
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

function exploreFlags(inputs: ActionInputs): string[] {
  const flags = [`--config=${inputs.config}`];
  for (const s of inputs.scenarios ?? []) flags.push(`--scenario=${s}`);
  if (inputs.seed !== undefined) flags.push(`--seed=${inputs.seed}`);
  if (inputs.exploreBudget !== undefined) flags.push(`--budget=${inputs.exploreBudget}`);
  return flags;
}
