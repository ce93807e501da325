// Shared by the test/local-*.test.ts files: the stand-in binary and a look at the process table.
import { createHash } from "node:crypto";
import { chmodSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";

export const FAKE_BACKEND = fileURLToPath(new URL("./fixtures/fake-convex-backend.mjs", import.meta.url));
// A checkout or an npm pack may lose the mode bit; the launcher executes the file directly.
chmodSync(FAKE_BACKEND, 0o755);

export const REPO = fileURLToPath(new URL("..", import.meta.url));

export function fakeAdminKey(name: string, secret: string): string {
  return `${name}|${createHash("sha256").update(`${name}:${secret}`).digest("hex")}`;
}

export function fakeEnv(mode: string): Record<string, string> {
  return { FAKE_CONVEX_BACKEND_MODE: mode };
}

export async function tempDir(label: string): Promise<string> {
  return await mkdtemp(path.join(os.tmpdir(), `rc-test-${label}-`));
}

/** Processes whose command line contains `marker` (the test's own temp dir or instance name). */
export async function processesMatching(marker: string): Promise<{ pid: number; args: string }[]> {
  const found: { pid: number; args: string }[] = [];
  const own = String(process.pid);
  let pids: string[];
  try {
    pids = (await readdir("/proc")).filter((p) => /^\d+$/.test(p));
  } catch {
    // No /proc (macOS): ps has the same information.
    const { stdout } = await execa("ps", ["-eo", "pid=,args="]);
    for (const line of stdout.split("\n")) {
      const m = /^\s*(\d+)\s+(.*)$/.exec(line);
      if (m && m[1] !== own && m[2].includes(marker)) found.push({ pid: Number(m[1]), args: m[2] });
    }
    return found;
  }
  for (const pid of pids) {
    if (pid === own) continue;
    const args = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (args.includes(marker)) found.push({ pid: Number(pid), args: args.split("\0").join(" ").trim() });
  }
  return found;
}

export async function exists(p: string): Promise<boolean> {
  return await readdir(path.dirname(p)).then(
    (names) => names.includes(path.basename(p)),
    () => false,
  );
}
