/**
 * The process's one output boundary: every byte written to stdout or stderr passes here, once
 * installed at start-up. Secrets are redacted; optionally, lines that would be workflow commands
 * on a GitHub runner are made inert; and a closed stdout or stderr (`race-check run | head`) is
 * ignored instead of crashing the run with EPIPE, which would change its exit code and cut the report.
 */
import { neutraliseCommands } from "../report/escape.js";
import { redact } from "./secrets.js";

export interface BoundaryOptions {
  /**
   * Make "::command::" lines inert. Right for the CLI, which never issues workflow commands; the
   * action issues its own through @actions/core and neutralises user text in its log facade instead.
   */
  neutralise?: boolean;
}

const installed = new WeakSet<NodeJS.WriteStream>();
/** Set only while `unguarded` runs its (synchronous) body. */
let lifted = false;

/**
 * Runs `write` (synchronous) with the boundary lifted: the action's own `::add-mask::` lines,
 * which must carry the secret itself for the runner to hide it. Nothing else passes unguarded —
 * a line of a function's error text that starts with "::add-mask::" is text like any other.
 */
export function unguarded(write: () => void): void {
  lifted = true;
  try {
    write();
  } finally {
    lifted = false;
  }
}

/** Installs the boundary on stdout and stderr; a second call changes nothing. */
export function installOutputBoundary(opts: BoundaryOptions = {}): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (installed.has(stream)) continue;
    installed.add(stream);
    guard(stream, opts);
  }
}

function guard(stream: NodeJS.WriteStream, opts: BoundaryOptions): void {
  let closed = false;
  // A reader that went away is not our failure: drop what is left, keep running, keep the exit code.
  // (EPIPE, or anything else a write to a dead pipe or terminal reports.)
  stream.on("error", () => {
    closed = true;
  });
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const filtered = (chunk: unknown, ...rest: unknown[]): boolean => {
    const callback = rest.find((r) => typeof r === "function") as ((e?: Error | null) => void) | undefined;
    if (closed || stream.destroyed) {
      if (callback) process.nextTick(callback);
      return false;
    }
    if (lifted) return write(chunk, ...rest);
    let text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : undefined;
    if (text === undefined) return write(chunk, ...rest);
    text = clean(text, opts);
    return write(text, ...rest.filter((r) => typeof r === "function"));
  };
  stream.write = filtered as typeof stream.write;
}

function clean(text: string, opts: BoundaryOptions): string {
  const redacted = redact(text);
  return opts.neutralise ? neutraliseCommands(redacted) : redacted;
}
