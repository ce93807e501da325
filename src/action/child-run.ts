/**
 * The user's config and functions run in a process of their own: race-check's CLI, started with
 * an environment that holds none of the action's inputs (the GitHub token among them), none of
 * the runner's tokens and none of the files through which a step talks to the runner (see
 * child-env.ts), inside a sandbox where no other process can be seen and the token files are
 * hidden (sandbox.ts). The results come back as the JSON report the CLI writes; the action process
 * itself only talks to GitHub.
 */
import { readFile, rm } from "node:fs/promises";
import { createInterface } from "node:readline";
import { execa } from "execa";
import { childEnv } from "../child-env.js";
import type { RunResult } from "../engine/result.js";
import { EXIT } from "../errors.js";
import { parseReport } from "../report/baseline.js";
import { cliCommand, ownEntryArgs } from "../runtime.js";
import * as core from "./out.js";
import type { Hide, Sandbox } from "./sandbox.js";

export interface ChildRun {
  exitCode: number;
  /** The report the CLI wrote, when it got that far (a backend that died mid-run still leaves one). */
  result?: RunResult;
  /** What it said last on failing, without the "race-check: " prefix. */
  error?: string;
  /** Exit 2: the config or a flag was wrong; nothing ran. */
  usage: boolean;
}

export interface ChildOptions {
  cwd: string;
  /** For `--backend url`: the one secret the run itself needs. */
  adminKey?: string;
  /** For `--backend preview`: the preview deploy key. */
  deployKey?: string;
  /** Where the CLI writes its JSON report (a file of our own, removed after reading). */
  reportFile: string;
  /** Run inside this sandbox, with these files hidden (none: a plain child process). */
  sandbox?: { sandbox: Sandbox; hides: readonly Hide[] };
}

/**
 * Runs `race-check <args> --json <reportFile> --fail-on never`: gating is the action's, so the
 * exit code only says whether it ran. Its output goes to the log line by line; its warnings
 * become warnings. SIGINT and SIGTERM are passed on, so an interrupted run still reports.
 */
export async function runCli(args: string[], opts: ChildOptions): Promise<ChildRun> {
  await rm(opts.reportFile, { force: true });
  const command = [process.execPath, ...cliCommand(), ...args, "--json", opts.reportFile, "--fail-on", "never"];
  const env = {
    ...childEnv(),
    ...(opts.adminKey && { CONVEX_ADMIN_KEY: opts.adminKey }),
    ...(opts.deployKey && { CONVEX_DEPLOY_KEY: opts.deployKey }),
  };
  const common = { cwd: opts.cwd, extendEnv: false, buffer: false, reject: false, cleanup: true } as const;
  // Neither sudo nor unshare passes an environment or a signal on: inside a sandbox, a launcher
  // takes both on stdin (sandbox-launch.ts), and the end of stdin stops it.
  const wrapped = opts.sandbox?.sandbox.wrap(
    [process.execPath, ...ownEntryArgs("sandbox-launch"), ...command],
    opts.sandbox.hides,
  );
  const child = wrapped
    ? execa(wrapped[0]!, wrapped.slice(1), {
        ...common,
        env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
        stdin: "pipe",
      })
    : execa(command[0]!, command.slice(1), { ...common, env, stdin: "ignore", forceKillAfterDelay: 5000 });
  const stdin = child.stdin;
  stdin?.on("error", () => {});
  stdin?.write(`${JSON.stringify({ env })}\n`);
  const forward = (signal: NodeJS.Signals) => {
    if (!stdin) child.kill(signal);
    else if (stdin.writable) stdin.write(`${signal}\n`);
  };
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  let lastError: string | undefined;
  const done: Promise<void>[] = [];
  if (child.stdout) done.push(eachLine(child.stdout, (line) => core.info(line)));
  if (child.stderr) {
    done.push(
      eachLine(child.stderr, (line) => {
        const warning = /^race-check: warning: (.*)$/.exec(line);
        if (warning) return core.warning(`race-check: ${warning[1]}`);
        const said = /^race-check: (.*)$/.exec(line);
        if (said && !said[1].startsWith("interrupted")) lastError = said[1];
        core.info(line);
      }),
    );
  }
  let exitCode: number;
  try {
    const r = await child;
    await Promise.all(done);
    exitCode = r.exitCode ?? EXIT.infrastructure;
  } finally {
    process.off("SIGINT", forward);
    process.off("SIGTERM", forward);
  }
  const text = await readFile(opts.reportFile, "utf8").catch(() => undefined);
  await rm(opts.reportFile, { force: true });
  const result = text === undefined ? undefined : parseReport(text, "the run's report");
  return {
    exitCode,
    ...(result && { result }),
    // Exit 4 (undecided rounds) is a run that ran: its report says the rest.
    ...(exitCode !== EXIT.ok &&
      exitCode !== EXIT.inconclusive && { error: lastError ?? `race-check exited with code ${exitCode}` }),
    usage: exitCode === EXIT.usage,
  };
}

async function eachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): Promise<void> {
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) onLine(line);
}
