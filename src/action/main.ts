import path from "node:path";
import * as core from "@actions/core";
import { BackendError } from "../backends/types.js";
import { ConfigError } from "../errors.js";
import type { RunResult } from "../engine/result.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderText } from "../report/text.js";
import { prepareRun, runRaceCheck, type RunOptions } from "../run.js";
import { annotateRaces } from "./annotations.js";
import { readEvent } from "./event.js";
import { failure } from "./fail-policy.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { publishToGitHub } from "./github-publish.js";
import { setOutputs, uploadReport, writeReport, writeSummary } from "./publish.js";

/** The action: never throws; everything ends in outputs, a summary and at most one setFailed. */
export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (e) {
    core.setFailed(`race-check: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function runAction(): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (e) {
    if (e instanceof ConfigError) return core.setFailed(`race-check: ${e.message}`);
    throw e;
  }
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const cwd = path.resolve(repoRoot, inputs.workingDirectory);
  const adminKey = inputs.adminKey ?? process.env.CONVEX_ADMIN_KEY;
  if (adminKey) core.setSecret(adminKey);

  const options: RunOptions = {
    cwd,
    configFile: inputs.config,
    backend: inputs.backend,
    url: inputs.convexUrl,
    adminKey,
    allowRemote: inputs.allowRemote,
    rounds: inputs.rounds,
    clients: inputs.clients,
    scenario: inputs.scenarios,
    seed: inputs.seed,
    onBackend: (backend) => core.setSecret(backend.adminKey),
    onWarning: (message) => core.warning(`race-check: ${message}`),
    onProgress: (p) => {
      if (p.round === p.rounds) core.info(`${p.scenario}: ${p.rounds} rounds, ${p.violations} violating`);
    },
  };
  let result: RunResult;
  let functionsDir: string;
  try {
    const prepared = await prepareRun(options);
    functionsDir = path.resolve(prepared.projectDir, prepared.functionsDir);
    result = await runRaceCheck(options);
  } catch (e) {
    core.setOutput("verdict", "error");
    if (e instanceof ConfigError) return core.setFailed(`race-check: ${e.message}`);
    if (e instanceof BackendError) {
      if (e.logTail) core.info(`--- backend log (last lines) ---\n${e.logTail}`);
      return core.setFailed(`race-check: backend error: ${e.message}`);
    }
    throw e;
  }
  core.info(renderText(result));

  // Everything that needs no GitHub API first, so a fork's read-only token or a GitHub outage
  // cannot cost the user the report, the summary or the outputs.
  const reportFile = path.resolve(cwd, inputs.reportPath);
  await writeReport(result, reportFile);
  setOutputs(result, reportFile);
  const markdown = renderMarkdown(result);
  await writeSummary(markdown).catch((e: unknown) => core.warning(`job summary not written: ${String(e)}`));
  await annotateRaces(result, functionsDir, repoRoot);
  await uploadReport(reportFile, inputs.artifactName);

  const reason = failure(result, inputs.failOn);
  if (reason) core.setFailed(reason);
  else if (result.verdict === "race") core.info("race found, not failing the step: fail-on is never");
  else if (result.verdict === "inconclusive") {
    core.warning("race-check: no violation seen, but some rounds could not be decided (see the summary)");
  }

  const configId = path.relative(repoRoot, path.resolve(cwd, inputs.config)).split(path.sep).join("/");
  const commentUrl = await publishToGitHub({ inputs, event: readEvent(), result, markdown, configId });
  core.setOutput("comment-url", commentUrl ?? "");
}
