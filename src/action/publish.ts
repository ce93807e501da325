import path from "node:path";
import * as core from "./out.js";
import type { RunResult } from "../engine/result.js";
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

export function setOutputs(run: RunResult, reportFile: string): void {
  core.setOutput("verdict", run.verdict);
  core.setOutput("races", run.scenarios.filter((s) => s.verdict === "race").length);
  core.setOutput("detection-rates", JSON.stringify(detectionRates(run)));
  core.setOutput("report", reportFile);
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info("no GITHUB_STEP_SUMMARY (not on a runner): job summary skipped");
    return;
  }
  await core.appendSummary(fitBody(markdown, SUMMARY_LIMIT));
}

/** Uploads the JSON report as an artifact; only a runner can (it holds the runtime token). */
export async function uploadReport(file: string, name: string): Promise<void> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.info("not on a GitHub runner: report artifact not uploaded");
    return;
  }
  try {
    // Loaded only here: it is most of the bundle, and most runs outside a runner never need it.
    const { DefaultArtifactClient } = await import("@actions/artifact");
    await new DefaultArtifactClient().uploadArtifact(name, [file], path.dirname(file));
  } catch (e) {
    // Artifact names are unique per run: a second config or matrix job needs `artifact-name`.
    core.warning(`report artifact "${name}" not uploaded: ${(e as Error).message} (set a distinct artifact-name?)`);
  }
}
