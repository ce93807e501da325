// The CLI's `main` and the action's `run`, called in this process. Most checks want an exit code,
// what was printed and the files written, not a process: a spawn through tsx costs a second or
// more on a busy machine, a call a few milliseconds. Whatever a fresh process would give the call
// is set up for it and put back after it: the working directory, the environment, a stdout and a
// stderr of its own (so the entry installs its output boundary on them, as it would at start-up,
// and the test runner's own channel is never touched), the exit code, the registered secrets.
// Signals, closed pipes, the bundle and start-up itself still need a real process: see run-action.ts
// and the tests that spawn bin/race-check.js.
import { Console } from "node:console";
import { Writable } from "node:stream";
import * as core from "@actions/core";
import { clearSecrets } from "../../src/output/secrets.ts";
import { collectRun, prepareRunner, type ActionRun, type ActionRunOptions } from "./run-action.ts";

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  cwd?: string;
  /** Added to this process's environment for the call (as execa does); undefined removes a name. */
  env?: Record<string, string | undefined>;
}

/** `race-check ...argv` as bin/race-check.js runs it: the exit code is what `main` returns. */
export async function runCli(argv: string[], opts: CliRunOptions = {}): Promise<CliRun> {
  const { main } = await import("../../src/cli.ts");
  const r = await asProcess({ cwd: opts.cwd, env: { ...process.env, ...opts.env } }, () => main(argv));
  return { exitCode: r.value, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The action's step, as runAction runs it but without the process: the same runner files and the
 * same environment (only the runner's, as `extendEnv: false` gives a spawned step); the exit code
 * is what the step leaves in process.exitCode (core.setFailed sets 1).
 */
export async function runActionInProcess(opts: ActionRunOptions): Promise<ActionRun> {
  if (opts.entry) throw new Error("an entry file needs a process of its own: use runAction");
  const { run } = await import("../../src/action/main.ts");
  const { env, files, cwd } = await prepareRunner(opts);
  // @actions/core's summary remembers the first GITHUB_STEP_SUMMARY it wrote to for the life of the
  // process (a runner starts one process per step): each call is a new step with a new file.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  const r = await asProcess({ cwd, env }, run);
  return collectRun(files, Number(r.exitCode ?? 0), r.stdout, r.stderr);
}

/** Collects what is written, as a pipe to the parent would. */
class Capture extends Writable {
  private readonly chunks: string[] = [];

  constructor() {
    super({ decodeStrings: false });
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
    done();
  }

  get text(): string {
    return this.chunks.join("");
  }
}

let busy = false;

interface Shape {
  cwd?: string;
  /** The whole environment for the call. */
  env: Record<string, string | undefined>;
}

async function asProcess<T>(
  shape: Shape,
  body: () => Promise<T>,
): Promise<{ value: T; exitCode: number | string | undefined; stdout: string; stderr: string }> {
  // Environment, cwd and streams are the process's: two calls at once would see each other's.
  if (busy) throw new Error("in-process runs share one process: run them one at a time");
  busy = true;
  const saved = {
    env: { ...process.env },
    cwd: process.cwd(),
    exitCode: process.exitCode,
    stdout: Object.getOwnPropertyDescriptor(process, "stdout"),
    stderr: Object.getOwnPropertyDescriptor(process, "stderr"),
    console: Object.getOwnPropertyDescriptor(globalThis, "console"),
  };
  const stdout = new Capture();
  const stderr = new Capture();
  try {
    replaceEnv(shape.env);
    if (shape.cwd) process.chdir(shape.cwd);
    process.exitCode = undefined;
    clearSecrets();
    Object.defineProperty(process, "stdout", { configurable: true, enumerable: true, value: stdout });
    Object.defineProperty(process, "stderr", { configurable: true, enumerable: true, value: stderr });
    Object.defineProperty(globalThis, "console", {
      configurable: true,
      writable: true,
      value: new Console({ stdout, stderr }),
    });
    const value = await body();
    return { value, exitCode: process.exitCode, stdout: stdout.text, stderr: stderr.text };
  } finally {
    if (saved.stdout) Object.defineProperty(process, "stdout", saved.stdout);
    if (saved.stderr) Object.defineProperty(process, "stderr", saved.stderr);
    if (saved.console) Object.defineProperty(globalThis, "console", saved.console);
    process.exitCode = saved.exitCode;
    process.chdir(saved.cwd);
    replaceEnv(saved.env);
    clearSecrets();
    busy = false;
  }
}

/** Makes process.env hold exactly `env`, in place (children spawned later read process.env). */
function replaceEnv(env: Record<string, string | undefined>): void {
  for (const name of Object.keys(process.env)) if (env[name] === undefined) delete process.env[name];
  for (const [name, value] of Object.entries(env)) if (value !== undefined) process.env[name] = value;
}
