import path from "node:path";
import { childEnv } from "../../child-env.js";
import { createRequire } from "node:module";
import { stripVTControlCharacters } from "node:util";
import { readFile, stat, writeFile } from "node:fs/promises";
import { execa } from "execa";
import { ConfigError } from "../../errors.js";
import { BackendError } from "../types.js";
import { redact } from "./redact.js";

export interface DeployOptions {
  projectDir: string;
  /** Where the functions live, relative to projectDir. */
  functionsDir?: string;
  url: string;
  adminKey: string;
  /** A private directory removed after the run; the credentials file is written here. */
  workDir: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

const DEPLOY_TIMEOUT_MS = 5 * 60_000;
const TAIL_LINES = 50;

/** The project's own `convex` CLI entry: the version the user's functions were written against. */
export async function projectConvexCli(projectDir: string): Promise<string> {
  let pkgFile: string;
  try {
    pkgFile = createRequire(path.join(path.resolve(projectDir), "package.json")).resolve("convex/package.json");
  } catch {
    throw new ConfigError(
      `backend local deploys your functions with your project's convex package, and none is installed for ${projectDir} (run npm install)`,
    );
  }
  const pkg = JSON.parse(await readFile(pkgFile, "utf8")) as { bin?: string | Record<string, string> };
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.convex;
  if (!bin) throw new ConfigError(`${pkgFile} names no convex command`);
  return path.join(path.dirname(pkgFile), bin);
}

/**
 * Arguments after `convex`. The target and admin key travel in an env file (`--env-file`): not on a
 * command line anyone can read in the process table, and the CLI then reads no .env.local, so a
 * CONVEX_DEPLOYMENT or CONVEX_DEPLOY_KEY kept there cannot send the push anywhere else.
 */
export function deployArgs(envFile: string, codegen: boolean): string[] {
  return ["deploy", "--env-file", envFile, "--typecheck", "disable", "--codegen", codegen ? "enable" : "disable"];
}

/**
 * The CLI's environment without any CONVEX_* variable: each of them can pick a deployment or
 * credentials. CI is set because this is an unattended push to a throwaway backend: the CLI then
 * sends no crash reports about it (which, offline, fail with a confusing extra error of their own).
 */
export function deployEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(childEnv(env))) if (!/^CONVEX_/i.test(k)) out[k] = v;
  out.CI ||= "1";
  return out;
}

/** Pushes the project's functions, schema and indexes to the local backend. */
export async function deployFunctions(opts: DeployOptions): Promise<{ durationMs: number }> {
  const cli = await projectConvexCli(opts.projectDir);
  if (!/^[\w|:.+/=-]+$/.test(opts.adminKey)) throw new BackendError("deploy: the admin key has unexpected characters");
  const envFile = path.join(opts.workDir, "deploy.env");
  await writeFile(envFile, `CONVEX_SELF_HOSTED_URL=${opts.url}\nCONVEX_SELF_HOSTED_ADMIN_KEY=${opts.adminKey}\n`, {
    mode: 0o600,
  });
  // Codegen only when the project has no generated code, so a run does not rewrite the user's files.
  const generated = path.join(opts.projectDir, opts.functionsDir ?? "convex", "_generated");
  const codegen = !(await stat(generated).catch(() => undefined))?.isDirectory();
  const timeoutMs = opts.timeoutMs ?? DEPLOY_TIMEOUT_MS;
  const started = performance.now();
  const r = await execa(process.execPath, [cli, ...deployArgs(envFile, codegen)], {
    cwd: opts.projectDir,
    env: deployEnv(),
    extendEnv: false,
    stdin: "ignore",
    all: true,
    reject: false,
    timeout: timeoutMs,
    cancelSignal: opts.signal,
    cleanup: true,
  });
  if (!r.failed) return { durationMs: performance.now() - started };
  throw new BackendError(
    `deploy: \`convex deploy\` of ${opts.projectDir} to the local backend failed (${whyFailed(r, timeoutMs)})`,
    outputTail(deployOutput(r, [opts.adminKey])),
  );
}

/** Why a `convex` CLI run failed, in a few words. */
export function whyFailed(
  r: { timedOut: boolean; isCanceled: boolean; signal?: string; exitCode?: number },
  timeoutMs: number,
): string {
  if (r.timedOut) return `did not finish within ${timeoutMs / 1000} s`;
  if (r.isCanceled) return "interrupted";
  return r.signal ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
}

/** What the CLI printed, its secrets redacted and its colour codes (noise in CI logs and Markdown) gone. */
export function deployOutput(r: { all?: unknown }, secrets: string[]): string {
  return stripVTControlCharacters(redact(String(r.all ?? ""), secrets)).trimEnd();
}

/** The last lines of that output, for the error's detail. */
export function outputTail(output: string): string | undefined {
  return output.split("\n").slice(-TAIL_LINES).join("\n") || undefined;
}
