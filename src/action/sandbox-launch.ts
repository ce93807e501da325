/**
 * The first process inside the sandbox (sandbox.ts): process 1 of a PID namespace of its own,
 * started through sudo, unshare and setpriv, none of which may carry the child's environment (sudo
 * resets it; a command line is readable by every process). So the environment comes on stdin, as
 * the first line (JSON), and the command to run with it is this process's arguments.
 *
 * Later stdin lines are signal names to pass on: a signal sent to sudo or unshare does not reach
 * this namespace (unshare ignores SIGINT and SIGTERM while it waits). The end of stdin means the
 * action is gone: the child is stopped. When this process exits, the kernel ends every process left
 * in its namespace, so nothing the user's code started outlives the run.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";
import { createInterface } from "node:readline";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write("race-check: sandbox-launch needs a command\n");
  process.exit(2);
}

// Process 1 of a namespace receives only the signals it handles. A signal sent to the whole
// process group reaches the child directly; passing it on here would deliver it twice.
for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(s, () => {});

let child: ChildProcess | undefined;
let stopTimer: NodeJS.Timeout | undefined;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });

lines.on("line", (line) => {
  if (!child) return start(line);
  if (/^SIG[A-Z0-9]+$/.test(line) && line in constants.signals) child.kill(line as NodeJS.Signals);
});

lines.on("close", () => {
  if (!child) process.exit(2);
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  stopTimer = setTimeout(() => child?.kill("SIGKILL"), 5000);
  stopTimer.unref();
});

function start(line: string): void {
  let env: Record<string, string>;
  try {
    env = (JSON.parse(line) as { env: Record<string, string> }).env;
  } catch {
    process.stderr.write("race-check: sandbox-launch got no environment on stdin\n");
    return process.exit(2);
  }
  child = spawn(command!, args, { env, stdio: ["ignore", "inherit", "inherit"] });
  child.on("error", (e) => {
    process.stderr.write(`race-check: could not start ${command}: ${e.message}\n`);
    process.exit(127);
  });
  child.on("exit", (code, signal) => {
    if (stopTimer) clearTimeout(stopTimer);
    process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
  });
}
