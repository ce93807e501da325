// Runs the action's entry the way a runner does: a node process, inputs as INPUT_* env vars, the
// event payload in a file, outputs and the job summary appended to files named by env vars.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";

export const SOURCE_ENTRY = path.resolve("src/action/index.ts");
export const DIST_ENTRY = path.resolve("dist/index.js");

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The ::error:: / ::warning:: workflow commands the action printed. */
  errors: string[];
  warnings: string[];
}

export interface ActionRunOptions {
  inputs: Record<string, string>;
  event?: string;
  payload?: unknown;
  /** The event file's text as it is, instead of `payload` as JSON (a broken file). */
  rawPayload?: string;
  apiUrl?: string;
  workspace?: string;
  /** The action's entry: source through tsx (default) or a bundle. */
  entry?: string;
  env?: Record<string, string>;
  repository?: string;
  /** Node flags before the entry (an `--import` hook). */
  nodeArgs?: string[];
  /** Where the event payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files go (default a fresh temp dir). */
  dir?: string;
  /**
   * The process that starts the step's node, as a runner's Runner.Worker does: a command that runs
   * the command after it (`[exe, script]` then node and its arguments).
   */
  through?: string[];
}

export async function runAction(opts: ActionRunOptions): Promise<ActionRun> {
  return (await startAction(opts)).finished;
}

/**
 * The step started, not awaited: `step` is the action's process (its output can be waited on, it
 * can be signalled), `finished` what it left behind once it ended. `ownGroup`: the step leads a
 * process group of its own, as a runner's step or a terminal's job does, so a signal can go to
 * the group (`process.kill(-pid, …)`): the action and every process it started.
 */
export async function startAction(opts: ActionRunOptions & { ownGroup?: boolean }) {
  const { env, files, cwd } = await prepareRunner(opts);
  const entry = opts.entry ?? SOURCE_ENTRY;
  const args = [
    ...(entry.endsWith(".ts") ? ["--import", import.meta.resolve("tsx")] : []),
    ...(opts.nodeArgs ?? []),
    entry,
  ];
  const [file, ...before] = opts.through ? [...opts.through, process.execPath] : [process.execPath];
  const step = execa(file!, [...before, ...args], {
    cwd,
    env,
    extendEnv: false,
    reject: false,
    timeout: 120_000,
    detached: opts.ownGroup === true,
  });
  const finished = step.then((r) => collectRun(files, r.exitCode ?? -1, String(r.stdout), String(r.stderr)));
  return { step, finished };
}

/**
 * A runner's side of one step: the event file, empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * and the step's whole environment (inputs as INPUT_*, nothing else of ours).
 */
export async function prepareRunner(opts: ActionRunOptions) {
  const dir = opts.dir ?? (await mkdtemp(path.join(os.tmpdir(), "race-check-action-")));
  const files = runnerFiles(dir);
  await writeFile(files.event, opts.rawPayload ?? JSON.stringify(opts.payload ?? {}));
  await writeFile(files.output, "");
  await writeFile(files.summary, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? os.homedir(),
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: opts.event ?? "pull_request",
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: opts.repository ?? "berryfun/app",
    GITHUB_RUN_ID: "4242",
    GITHUB_SHA: MERGE_SHA,
    GITHUB_WORKFLOW_REF: `${opts.repository ?? "berryfun/app"}/.github/workflows/race-check.yml@refs/pull/7/merge`,
    GITHUB_SERVER_URL: "https://example.test",
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: opts.workspace ?? process.cwd(),
    ...(opts.apiUrl && { GITHUB_API_URL: opts.apiUrl }),
    ...opts.env,
  };
  // Inputs keep their dashes: `fail-on` arrives as INPUT_FAIL-ON.
  for (const [name, value] of Object.entries(opts.inputs))
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  return { env, files, cwd: opts.workspace ?? process.cwd() };
}

/** What a step left behind: its exit code, its log split into workflow commands, its files. */
export async function collectRun(
  files: ReturnType<typeof runnerFiles>,
  exitCode: number,
  stdout: string,
  stderr: string,
): Promise<ActionRun> {
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(files.output, "utf8")),
    summary: await readFile(files.summary, "utf8"),
    errors: stdout.split("\n").filter((l) => l.startsWith("::error")),
    warnings: stdout.split("\n").filter((l) => l.startsWith("::warning")),
  };
}

export function runnerFiles(dir: string) {
  return {
    event: path.join(dir, "event.json"),
    output: path.join(dir, "output.txt"),
    summary: path.join(dir, "summary.md"),
  };
}

/** GITHUB_OUTPUT's `name<<delimiter` … `delimiter` blocks; a later value wins, as on a runner. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join("\n");
  }
  return out;
}

/** The commit a pull request's head is at in these tests, and the merge commit GITHUB_SHA names. */
export const HEAD_SHA = "1a2b3c4d5e6f708192a3b4c5d6e7f80912345678";
export const MERGE_SHA = "ffffeeeeddddccccbbbbaaaa9999888877776666";

export function prPayload(number: number, headSha = HEAD_SHA) {
  return {
    action: "synchronize",
    number,
    pull_request: { number, head: { sha: headSha }, base: { ref: "main" } },
    repository: { default_branch: "main" },
  };
}
