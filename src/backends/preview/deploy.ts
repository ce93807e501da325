/**
 * Deploying the project's functions to a Convex preview deployment with the project's own convex
 * CLI (cli/deploy.js: `deploy` with a preview deploy key claims the deployment named by
 * `--preview-create` (deleting one of that name first) or `--preview-name` (reusing it), runs
 * `--cmd` with the deployment's URL in the variable named by `--cmd-url-env-var-name`, then pushes).
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { execa } from "execa";
import { deployEnv, deployOutput, outputTail, projectConvexCli, whyFailed } from "../local/deploy.js";
import { BackendError } from "../types.js";

export interface PreviewDeployOptions {
  projectDir: string;
  /** Whether the CLI should write convex/_generated (only when the project has none). */
  codegen: boolean;
  key: string;
  name: string;
  /** create: delete any deployment of this name and make a fresh one; reuse: push to the existing one. */
  claim: "create" | "reuse";
  /** A private directory for the env file and the URL the CLI reports. */
  workDir: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

const DEPLOY_TIMEOUT_MS = 10 * 60_000;
const URL_VARIABLE = "RACE_CHECK_PREVIEW_URL";

/** Arguments after `convex`: the key travels in the env file, never on a command line. */
export function previewDeployArgs(o: {
  envFile: string;
  name: string;
  claim: "create" | "reuse";
  cmd: string;
  codegen: boolean;
}): string[] {
  return [
    "deploy",
    "--env-file",
    o.envFile,
    o.claim === "create" ? "--preview-create" : "--preview-name",
    o.name,
    "--cmd",
    o.cmd,
    "--cmd-url-env-var-name",
    URL_VARIABLE,
    "--typecheck",
    "disable",
    "--codegen",
    o.codegen ? "enable" : "disable",
  ];
}

/** Runs `convex deploy` to the preview deployment; returns the deployment URL the CLI handed `--cmd`. */
export async function deployToPreview(o: PreviewDeployOptions): Promise<{ url: string; output: string }> {
  const cli = await projectConvexCli(o.projectDir);
  if (/[\r\n]/.test(o.key)) throw new BackendError("deploy: the deploy key has unexpected characters");
  const envFile = path.join(o.workDir, "preview.env");
  await writeFile(envFile, `CONVEX_DEPLOY_KEY=${o.key}\n`, { mode: 0o600 });
  // `--cmd` runs in a shell, before the push, with the deployment's URL set: a script of ours
  // writes it where we read it back. The CLI's own printout of the URL is styled and may change.
  const urlFile = path.join(o.workDir, "preview-url");
  const script = path.join(o.workDir, "report-url.cjs");
  await writeFile(
    script,
    `require("node:fs").writeFileSync(process.env.RACE_CHECK_PREVIEW_URL_FILE, process.env.${URL_VARIABLE} || "");\n`,
  );
  const cmd = [process.execPath, script].map(shellWord).join(" ");
  const timeoutMs = o.timeoutMs ?? DEPLOY_TIMEOUT_MS;
  const r = await execa(
    process.execPath,
    [cli, ...previewDeployArgs({ envFile, name: o.name, claim: o.claim, cmd, codegen: o.codegen })],
    {
      cwd: o.projectDir,
      env: {
        ...deployEnv(),
        // The CLI's own override of where it claims deployments (api.convex.dev otherwise).
        ...(process.env.CONVEX_PROVISION_HOST && { CONVEX_PROVISION_HOST: process.env.CONVEX_PROVISION_HOST }),
        RACE_CHECK_PREVIEW_URL_FILE: urlFile,
      },
      extendEnv: false,
      stdin: "ignore",
      all: true,
      reject: false,
      timeout: timeoutMs,
      cancelSignal: o.signal,
      cleanup: true,
    },
  );
  const output = deployOutput(r, [o.key]);
  if (r.failed) {
    const why = whyFailed(r, timeoutMs);
    throw new BackendError(
      `deploy: \`convex deploy --preview-${o.claim === "create" ? "create" : "name"} ${o.name}\` failed (${why})`,
      outputTail(output),
    );
  }
  const url = (await readFile(urlFile, "utf8").catch(() => "")).trim();
  if (!url) {
    throw new BackendError(
      "deploy: `convex deploy` finished but never ran --cmd with the preview deployment's URL (is the project's convex CLI older than --cmd-url-env-var-name?)",
      outputTail(output),
    );
  }
  return { url, output };
}

/** One word for `sh -c` or `cmd.exe /c`: double quotes, and paths that need no escaping inside them. */
function shellWord(word: string): string {
  if (/["$`%!]/.test(word) || (process.platform !== "win32" && word.includes("\\"))) {
    throw new BackendError(`deploy: ${word} cannot be passed through the shell --cmd runs in`);
  }
  return `"${word}"`;
}
