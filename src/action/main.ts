import { stat } from "node:fs/promises";
import path from "node:path";
import * as core from "./out.js";
import { BackendError } from "../backends/types.js";
import { ConfigError } from "../errors.js";
import type { RunResult } from "../engine/result.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderText } from "../report/text.js";
import { runExplore } from "../explore/runner.js";
import { joinVerdicts } from "../model.js";
import { prepareRun, runRaceCheck, type RunOptions } from "../run.js";
import { annotateRaces } from "./annotations.js";
import { checkOutputPath } from "../output/report-file.js";
import { installOutputBoundary } from "../output/boundary.js";
import { checkSecretValue, redactDeep, registerSecret } from "../output/secrets.js";
import { readEvent, type EventInfo } from "./event.js";
import { failure } from "./fail-policy.js";
import { DEFAULT_ARTIFACT_NAME, readInputs, type ActionInputs } from "./inputs.js";
import { configId } from "./config-id.js";
import { runMerge } from "./merge-mode.js";
import { publishToGitHub } from "./github-publish.js";
import { setOutputs, uploadReport, writeReport, writeSummary } from "./publish.js";

/** The action: never throws; everything ends in outputs, a summary and at most one setFailed. */
export async function run(): Promise<void> {
  // Whatever reaches stdout or stderr, even from a library, is redacted of every known secret.
  installOutputBoundary();
  registerSecret(process.env.GITHUB_TOKEN);
  registerSecret(process.env.ACTIONS_RUNTIME_TOKEN);
  try {
    await runAction();
  } catch (e) {
    core.setOutput("verdict", "error");
    core.setFailed(`race-check: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function runAction(): Promise<void> {
  let inputs: ActionInputs;
  let event: EventInfo;
  let adminKey: string | undefined;
  let deployKey: string | undefined;
  try {
    inputs = readInputs();
    // Both before anything runs: a broken event file or key costs one line, not a run.
    event = readEvent();
    core.setSecret(process.env.CONVEX_ADMIN_KEY);
    adminKey = checkSecretValue(
      inputs.adminKey ?? process.env.CONVEX_ADMIN_KEY,
      "input admin-key (or CONVEX_ADMIN_KEY)",
    );
    core.setSecret(process.env.CONVEX_DEPLOY_KEY);
    deployKey = checkSecretValue(
      inputs.deployKey ?? process.env.CONVEX_DEPLOY_KEY,
      "input deploy-key (or CONVEX_DEPLOY_KEY)",
    );
  } catch (e) {
    core.setOutput("verdict", "error");
    if (e instanceof ConfigError) return core.setFailed(`race-check: ${e.message}`);
    throw e;
  }
  // The other modes share the inputs and the event, and nothing else of a run.
  if (inputs.mode === "merge") return await runMerge(inputs, event);
  if (inputs.mode === "publish") {
    core.setOutput("verdict", "error");
    return core.setFailed("race-check: input mode: publish is not available in this version (use run or merge)");
  }
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const cwd = path.resolve(repoRoot, inputs.workingDirectory);
  if (!(await stat(cwd).catch(() => undefined))?.isDirectory()) {
    core.setOutput("verdict", "error");
    return core.setFailed(
      `race-check: input working-directory: ${inputs.workingDirectory} does not exist in the repository (did the checkout step run?)`,
    );
  }
  const reportFile = path.resolve(cwd, inputs.reportPath);
  try {
    await checkOutputPath(reportFile, "input report-path", { createDir: true });
  } catch (e) {
    core.setOutput("verdict", "error");
    return core.setFailed(`race-check: ${(e as Error).message}`);
  }
  if (event.pullRequestMissing && inputs.comment !== "never") {
    core.warning(
      `race-check: the ${event.name} event payload has no pull request number, so the PR comment is skipped (the summary and outputs are still written)`,
    );
  }

  const options: RunOptions = {
    cwd,
    configFile: inputs.config,
    backend: inputs.backend,
    url: inputs.convexUrl,
    siteUrl: inputs.siteUrl,
    env: inputs.env,
    adminKey,
    deployKey,
    previewName: inputs.previewName,
    allowRemote: inputs.allowRemote,
    rounds: inputs.rounds,
    clients: inputs.clients,
    scenario: inputs.scenarios,
    // The shards of one matrix share a run seed (each derives its own from it), so the merged
    // report names one seed.
    seed: inputs.seed ?? (inputs.shard ? seedOfWorkflowRun() : undefined),
    shard: inputs.shard,
    opTimeout: inputs.opTimeout,
    convexBackendVersion: inputs.convexBackendVersion,
    convexBackendBinary: inputs.convexBackendBinary,
    startupTimeoutMs: inputs.startupTimeoutSeconds === undefined ? undefined : inputs.startupTimeoutSeconds * 1000,
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
    // Before anything renders it: escaping and cutting would change a secret past recognition.
    result = redactDeep(await runRaceCheck(options));
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
  const search = inputs.explore ? await exploreAfter(result, options, inputs) : undefined;
  const explored = search?.result;
  if (explored) core.info(renderText(explored));
  // One verdict for the outputs, the comment and the tracking issue: a race that only the search
  // found is a race, and a search that broke is an error, whatever the stress rounds said.
  const effective: RunResult = { ...result, verdict: combinedVerdict(result, search) };

  // Everything that needs no GitHub API first, so a fork's read-only token or a GitHub outage
  // cannot cost the user the report, the summary or the outputs.
  await writeReport(explored ? { ...result, explore: explored } : result, reportFile);
  setOutputs(effective, reportFile);
  if (search) {
    const racy = new Set([
      ...result.scenarios.filter((x) => x.verdict === "race").map((x) => x.name),
      ...(explored?.scenarios.filter((x) => x.verdict === "race").map((x) => x.name) ?? []),
    ]);
    core.setOutput("races", racy.size);
  }
  core.setOutput("explore-verdict", search ? (explored?.verdict ?? "error") : "");
  const markdown = renderMarkdown(explored ? { ...result, explore: explored } : result);
  await writeSummary(markdown).catch((e: unknown) => core.warning(`job summary not written: ${String(e)}`));
  await annotateRaces(result, functionsDir, repoRoot);
  await uploadReport(reportFile, artifactNameOf(inputs));

  const reason = failure(result, inputs.failOn) ?? (search && exploreFailure(search, inputs.failOn));
  if (reason) core.setFailed(reason);
  else if (result.verdict === "race") core.info("race found, not failing the step: fail-on is never");
  else if (result.verdict === "inconclusive") {
    core.warning("race-check: no violation seen, but some rounds could not be decided (see the summary)");
  }

  if (inputs.shard) {
    // One comment per pull request: the merge job (mode: merge) writes it from every shard.
    core.info(
      `shard ${inputs.shard.index}/${inputs.shard.count}: the PR comment and the tracking issue are left to the merge job`,
    );
    core.setOutput("comment-url", "");
    return;
  }
  const commentUrl = await publishToGitHub({ inputs, event, result: effective, markdown, configId: configId(inputs) });
  core.setOutput("comment-url", commentUrl ?? "");
}

/** The search after a shard's rounds covers the scenarios whose first rounds it ran: each is searched once. */
async function exploreAfter(result: RunResult, options: RunOptions, inputs: ActionInputs): Promise<Search | undefined> {
  if (!result.shard) return redactDeep(await explore(options, inputs));
  const mine = result.scenarios.filter((s) => s.shardRounds?.parts[0]?.from === 1).map((s) => s.name);
  if (mine.length === 0) {
    core.info(`shard ${result.shard.index}/${result.shard.count}: no scenario starts here, so none is explored here`);
    return undefined;
  }
  return redactDeep(await explore({ ...options, scenario: mine }, { ...inputs, seed: result.shard.seed }));
}

/** Shards share the default artifact name, and a name is unique per workflow run: each gets its own. */
function artifactNameOf(inputs: ActionInputs): string {
  if (!inputs.shard || inputs.artifactName !== DEFAULT_ARTIFACT_NAME) return inputs.artifactName;
  return `${inputs.artifactName}-shard-${inputs.shard.index}-of-${inputs.shard.count}`;
}

/** A seed every job of this workflow run (and of its re-runs) computes alike. */
function seedOfWorkflowRun(): number | undefined {
  const run = process.env.GITHUB_RUN_ID;
  if (!run) return undefined;
  let h = 2166136261;
  // Not the attempt: a shard re-run alone must fire as its first attempt did.
  for (const c of run) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % 2 ** 31;
}

interface Search {
  result?: RunResult;
  /** Why the search could not run at all. */
  error?: string;
}

/** Systematic interleaving search after the stress rounds (input `explore: true`). */
async function explore(options: RunOptions, inputs: ActionInputs): Promise<Search> {
  try {
    return {
      result: await runExplore({
        cwd: options.cwd,
        configFile: options.configFile,
        scenario: options.scenario,
        env: options.env,
        seed: inputs.seed,
        budget: inputs.exploreBudget,
      }),
    };
  } catch (e) {
    // The stress results are still published; the step fails below, as for any error.
    const error = e instanceof Error ? e.message : String(e);
    core.error(`race-check: explore could not run: ${error}`);
    return { error };
  }
}

function combinedVerdict(result: RunResult, search: Search | undefined): RunResult["verdict"] {
  if (!search) return result.verdict;
  return joinVerdicts([result.verdict, search.result?.verdict ?? "error"]);
}

/** Races the search found fail the step under fail-on: race; a search that broke always does. */
function exploreFailure(search: Search, failOn: ActionInputs["failOn"]): string | undefined {
  if (!search.result) return `race-check: explore could not run: ${search.error}`;
  const broken = search.result.scenarios.filter((x) => x.verdict === "error");
  if (broken.length > 0)
    return `race-check: explore failed in ${broken.map((x) => `${x.name} (${x.headline})`).join(", ")}`;
  const races = search.result.scenarios.filter((x) => x.verdict === "race");
  if (races.length === 0 || failOn !== "race") return undefined;
  return `race-check: explore found a counterexample in ${races.map((x) => x.name).join(", ")}`;
}
