/**
 * The last resort for an error nothing caught: a timer in the user's config that throws, a promise
 * a library dropped. Node would print the stack, unredacted (a secret in the message included),
 * and exit 1, which to race-check's callers means "race found". Installed by the entries only (the
 * CLI's bin and dist/cli.js, the action's dist/index.js), never by `main` or `run`, which tests
 * call in their own process.
 */
import { oneLine } from "../report/escape.js";
import { errorMessage } from "../errors.js";
import { redact } from "./secrets.js";

/**
 * On an uncaught exception or an unhandled rejection: `report` gets one redacted line, then the
 * process exits with `exitCode`. A second error while the first is reported changes nothing.
 */
export function installCrashHandler(report: (line: string) => void, exitCode: number): void {
  let crashed = false;
  const onCrash = (e: unknown) => {
    if (crashed) return;
    crashed = true;
    try {
      report(crashLine(e));
    } finally {
      process.exit(exitCode);
    }
  };
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);
}

/** The error's message (its name when it has none) on one line, every known secret redacted. */
export function crashLine(e: unknown): string {
  const message = errorMessage(e).trim() || (e instanceof Error ? e.name : "") || "(no message)";
  return redact(oneLine(message));
}
