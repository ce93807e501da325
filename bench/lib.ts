// Shared pieces of the benchmark: the sample app's scenarios, the naive baseline, process memory.
import { readFile, readdir } from "node:fs/promises";
import os from "node:os";
import { ConvexHttpClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";
import { Agent, getGlobalDispatcher, setGlobalDispatcher } from "undici";
import type { RunningBackend } from "../src/backends/types.ts";
import { adminClient, callFunction } from "../src/backends/admin.ts";
import { prepareRun } from "../src/run.ts";
import type { ResolvedScenario } from "../src/config/scenario.ts";
import { percentile } from "../src/engine/stats.ts";

export const ROOT = new URL("..", import.meta.url).pathname;

export async function sampleScenarios(): Promise<Map<string, ResolvedScenario>> {
  const prepared = await prepareRun({ configFile: "race-check.config.ts", cwd: ROOT });
  return new Map(prepared.scenarios.map((s) => [s.name, s]));
}

/**
 * The atomic enrollment mutation with room for everyone: every request succeeds, so what is
 * measured is the fire itself, not the share of clients the function turns away.
 */
export function enrollEveryone(base: ResolvedScenario, clients: number, rounds: number): ResolvedScenario {
  return {
    ...base,
    name: `enroll ${clients}`,
    clients,
    rounds,
    setup: { path: "testing:createSession", args: { capacity: clients } },
  };
}

export interface Spread {
  p50: number;
  p95: number;
  max: number;
}

export function spreadOf(values: number[]): Spread {
  return { p50: percentile(values, 50)!, p95: percentile(values, 95)!, max: Math.max(...values) };
}

/**
 * What a user without race-check writes: one fresh ConvexHttpClient per user (the global fetch,
 * no warm-up) and Promise.all. Returns the server-side spread of the round's first requests.
 *
 * Every round starts with no connection open, as a script run once would: the global fetch keeps
 * connections alive between rounds, which would quietly warm the baseline up.
 */
export async function naiveRound(backend: RunningBackend, clients: number): Promise<number> {
  const admin = adminClient(backend.url, backend.adminKey);
  const { sessionId } = (await callFunction(admin, "testing:createSession", { capacity: clients })) as {
    sessionId: string;
  };
  // Armed like race-check's fire, so that the backend's own work cannot widen the spread: the
  // two differ only in how the clients send.
  await backend.fire!.arm(clients);
  const previous = getGlobalDispatcher();
  const cold = new Agent();
  setGlobalDispatcher(cold);
  try {
    const users = Array.from(
      { length: clients },
      () => new ConvexHttpClient(backend.url, { skipConvexDeploymentUrlCheck: true, logger: false }),
    );
    const enroll = makeFunctionReference<"mutation">("ledgerItems:addToLedgerAtomic");
    await Promise.all(
      users.map((u, i) => u.mutation(enroll, { sessionId, userId: `user-${i}` }).catch(() => undefined)),
    );
  } finally {
    setGlobalDispatcher(previous);
    await cold.close();
  }
  const arrivals = (await backend.fire!.takeArrivals()) ?? [];
  const first = arrivals.sort((a, b) => a - b).slice(0, clients);
  return first[first.length - 1] - first[0];
}

/** Peak resident memory (VmHWM) of a process, in MB; undefined where /proc is not there. */
export async function peakRssMb(pid: number | "self"): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => undefined);
  const kb = status && /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : undefined;
}

/** Direct children of this process whose command line mentions `name`. */
export async function childPids(name: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir("/proc").catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // The command name (field 2) may contain spaces; the parent pid is the 2nd field after it.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid !== process.pid) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "");
    if (cmdline.includes(name)) found.push(Number(entry));
  }
  return found;
}

/** The soft limit on open files, which bounds the clients one process can hold open. */
export async function openFileLimit(): Promise<number | undefined> {
  const limits = await readFile("/proc/self/limits", "utf8").catch(() => undefined);
  const soft = limits && /^Max open files\s+(\d+|unlimited)/m.exec(limits)?.[1];
  return soft === undefined || soft === "unlimited" ? undefined : Number(soft);
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    arch: process.arch,
    platform: process.platform,
    node: process.version,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage1m: Number(os.loadavg()[0].toFixed(2)),
  };
}
