import path from "node:path";
import * as core from "./out.js";
import type { RunResult } from "../engine/result.js";
import { joinVerdicts } from "../model.js";
import { named, scenarioVerdicts, type Comparison } from "../report/baseline.js";
import { writeOutputFile } from "../output/report-file.js";
import { renderJson } from "../report/json.js";
import { SUMMARY_LIMIT, fitBody } from "./fit-body.js";

/** The JSON report, for the artifact and for later steps (output `report`). */
export async function writeReport(run: RunResult, file: string): Promise<void> {
  await writeOutputFile(file, renderJson(run));
}

/** Scenario name → detection rate, for the `detection-rates` output. */
export function detectionRates(run: RunResult): Record<string, number> {
  return Object.fromEntries(run.scenarios.map((s) => [s.name, s.detectionRate]));
}

/**
 * The step's outputs. `verdict` and `races` count the search's findings too (a race either
 * found is a race); `new-races` and `fixed` are the comparison's.
 */
export function setOutputs(run: RunResult, cmp: Comparison, reportFile: string, exploreError?: string): void {
  const verdicts = scenarioVerdicts(run);
  const joined = joinVerdicts([...verdicts.values(), ...(exploreError ? ["error" as const] : [])]);
  core.setOutput("verdict", joined);
  core.setOutput("races", [...verdicts.values()].filter((v) => v === "race").length);
  core.setOutput("detection-rates", JSON.stringify(detectionRates(run)));
  core.setOutput("report", reportFile);
  core.setOutput("new-races", JSON.stringify(named(cmp, "new", "race")));
  core.setOutput("fixed", JSON.stringify(named(cmp, "fixed", "may-be-fixed")));
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info("no GITHUB_STEP_SUMMARY (not on a runner): job summary skipped");
    return;
  }
  await core.appendSummary(fitBody(markdown, SUMMARY_LIMIT));
}

/**
 * Uploads the JSON report (and the run's context for mode: publish) as one artifact; only a
 * runner can (it holds the runtime token). The files share a directory.
 */
export async function uploadReport(files: string[], name: string): Promise<void> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.info("not on a GitHub runner: report artifact not uploaded");
    return;
  }
  try {
    // Loaded only here: it is most of the bundle, and most runs outside a runner never need it.
    const { DefaultArtifactClient } = await import("@actions/artifact");
    await new DefaultArtifactClient().uploadArtifact(name, files, path.dirname(files[0]));
  } catch (e) {
    // Artifact names are unique per run: a second config or matrix job needs `artifact-name`.
    core.warning(`report artifact "${name}" not uploaded: ${(e as Error).message} (set a distinct artifact-name?)`);
  }
}
