/**
 * Report files (--json, --markdown, the action's report-path): checked before anything runs, so a
 * typo in a path costs one line and not a whole run; written through the same redaction as stdout.
 */
import { mkdir, stat, writeFile, access, constants } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../errors.js";
import { redact } from "./secrets.js";

/**
 * Throws ConfigError (one line) when `file` cannot be written: its directory is missing (unless
 * `createDir`), is not a directory or not writable, or `file` itself is a directory.
 */
export async function checkOutputPath(file: string, label: string, opts: { createDir?: boolean } = {}): Promise<void> {
  const target = await stat(file).catch(() => undefined);
  if (target?.isDirectory()) {
    throw new ConfigError(
      `${label}: ${file} is a directory; give a file name such as ${path.join(file, "report.json")}`,
    );
  }
  // The nearest existing ancestor decides: with createDir the rest is made when the report is written.
  let dir = path.dirname(path.resolve(file));
  let info = await stat(dir).catch(() => undefined);
  if (!info && !opts.createDir) {
    throw new ConfigError(
      `${label}: directory ${path.dirname(file)} does not exist; create it first or pick another path`,
    );
  }
  while (!info) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
    info = await stat(dir).catch(() => undefined);
  }
  if (!info?.isDirectory()) {
    throw new ConfigError(`${label}: ${dir} is not a directory, so ${file} cannot be written`);
  }
  if (
    !(await access(dir, constants.W_OK).then(
      () => true,
      () => false,
    ))
  ) {
    throw new ConfigError(`${label}: directory ${dir} is not writable`);
  }
}

/** Writes a report file (creating its directory), with every known secret redacted. */
export async function writeOutputFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, redact(text));
}
