import * as core from "./out.js";
import { ConfigError } from "../errors.js";
import { installOutputBoundary } from "../output/boundary.js";
import { checkSecretValue, registerSecret } from "../output/secrets.js";
import { readEvent, type EventInfo } from "./event.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { runMerge } from "./merge-mode.js";
import { publishMode } from "./publish-mode.js";
import { runMode } from "./run-mode.js";

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
  switch (inputs.mode) {
    case "publish":
      return publishMode(inputs, event);
    case "merge":
      return runMerge(inputs, event);
    default:
      return runMode(inputs, event, { adminKey, deployKey });
  }
}
