// Waiting on events, not on time: a sleep long enough on an idle machine is too short on a busy one.
import type { Readable } from "node:stream";

/**
 * Resolves with everything read so far once `pattern` matches the text read from `stream`; rejects
 * when `exited` settles first (the process ended without printing it) or after `ms`.
 */
export function untilOutput(
  stream: Readable | null | undefined,
  pattern: RegExp,
  opts: { exited?: Promise<unknown>; ms?: number } = {},
): Promise<string> {
  if (!stream) return Promise.reject(new Error("no stream to read: spawn with a pipe"));
  const ms = opts.ms ?? 120_000;
  return new Promise((resolve, reject) => {
    let text = "";
    const done = (settle: () => void) => {
      clearTimeout(timer);
      stream.off("data", onData);
      settle();
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      if (pattern.test(text)) done(() => resolve(text));
    };
    const timer = setTimeout(() => done(() => reject(new Error(`no ${pattern} within ${ms} ms; read:\n${text}`))), ms);
    stream.on("data", onData);
    opts.exited?.then(
      () => done(() => reject(new Error(`the process ended before printing ${pattern}; read:\n${text}`))),
      () => done(() => reject(new Error(`the process failed before printing ${pattern}; read:\n${text}`))),
    );
  });
}

/** Polls `probe` until it returns true; rejects with `what` after `ms`. */
export async function until(probe: () => Promise<boolean> | boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what}: not so within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
