// Third-party code in this bundle: licences in THIRD_PARTY_NOTICES.md.
import { createRequire as __rcCreateRequire } from "node:module";
const require = __rcCreateRequire(import.meta.url);

// src/action/sandbox-launch.ts
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { createInterface } from "node:readline";
var [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write("race-check: sandbox-launch needs a command\n");
  process.exit(2);
}
for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(s, () => {
});
var child;
var stopTimer;
var lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  if (!child) return start(line);
  if (/^SIG[A-Z0-9]+$/.test(line) && line in constants.signals) child.kill(line);
});
lines.on("close", () => {
  if (!child) process.exit(2);
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  stopTimer = setTimeout(() => child?.kill("SIGKILL"), 5e3);
  stopTimer.unref();
});
function start(line) {
  let env;
  try {
    env = JSON.parse(line).env;
  } catch {
    process.stderr.write("race-check: sandbox-launch got no environment on stdin\n");
    return process.exit(2);
  }
  child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
  child.on("error", (e) => {
    process.stderr.write(`race-check: could not start ${command}: ${e.message}
`);
    process.exit(127);
  });
  child.on("exit", (code, signal) => {
    if (stopTimer) clearTimeout(stopTimer);
    process.exit(code ?? 128 + (signal ? constants.signals[signal] ?? 0 : 0));
  });
}
