// `npm run bench`: race-check's performance on this machine, every number from this one run.
// Prints a table and writes bench/results.json. Not a test: nothing here fails a build.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { startEmbedded } from "../src/backends/embedded/index.ts";
import type { RunningBackend } from "../src/backends/types.ts";
import { adminClient } from "../src/backends/admin.ts";
import { UserClient } from "../src/engine/fire/client.ts";
import { FireDriver } from "../src/engine/fire/driver.ts";
import { runScenario } from "../src/engine/fire/stress.ts";
import { prng } from "../src/engine/random.ts";
import { runTrial } from "../src/engine/trial.ts";
import { runExplore } from "../src/run-explore.ts";
import { percentile } from "../src/engine/stats.ts";
import { enrollEveryone, machine, naiveRound, ROOT, sampleScenarios, spreadOf, type Spread } from "./lib.ts";

const FIRE_SIZES = [10, 50, 200];
const FIRE_ROUNDS = Number(process.env.BENCH_FIRE_ROUNDS ?? 30);
const THROUGHPUT_ROUNDS = 200;
const BIG_ROUND = Number(process.env.BENCH_BIG_ROUND ?? 1000);
const STARTUPS = 5;
const STRESS_ROUNDS = 20;
const RACES = ["Session Capacity Race", "Coupon Claim Race", "Enrollment Client Flow"];
const DRIFT_ROUNDS = Number(process.env.BENCH_DRIFT_ROUNDS ?? 1000);
const DRIFT_WINDOW = Math.max(1, Math.floor(DRIFT_ROUNDS / 10));

const log = (line: string) => process.stderr.write(`${line}\n`);
const scenarios = await sampleScenarios();
const atomic = scenarios.get("Session Capacity (atomic)")!;
const startedAt = new Date().toISOString();
const machineBefore = machine();

// Start-up first, while nothing of ours is running yet.
log(`embedded backend start-up, ${STARTUPS} times`);
const startups: number[] = [];
for (let i = 0; i < STARTUPS; i++) {
  const b = await startEmbedded({ projectDir: ROOT });
  startups.push(b.startupMs!);
  await b.stop();
}

const fire: { clients: number; rounds: number; raceCheck: Spread; naive: Spread; ratioP50: number }[] = [];
let throughput: { clients: number; rounds: number; seconds: number; roundsPerSecond: number; roundMsP50: number };
const stress: { scenario: string; clients: number; rounds: number; firstDetection: number | null; detected: number }[] =
  [];
// convex-test's queries get slower as tables grow: every section starts on a fresh backend, so no
// section pays for the documents an earlier one left behind.
async function withBackend<T>(fn: (backend: RunningBackend) => Promise<T>): Promise<T> {
  const backend = await startEmbedded({ projectDir: ROOT });
  try {
    return await fn(backend);
  } finally {
    await backend.stop();
  }
}

{
  for (const clients of FIRE_SIZES) {
    log(`fire spread, ${clients} clients, ${FIRE_ROUNDS} rounds each (race-check and naive, interleaved)`);
    const { raceCheck, naive } = await withBackend((backend) => fireSpread(backend, clients, FIRE_ROUNDS));
    fire.push({
      clients,
      rounds: FIRE_ROUNDS,
      raceCheck: spreadOf(raceCheck),
      naive: spreadOf(naive),
      ratioP50: percentile(naive, 50)! / percentile(raceCheck, 50)!,
    });
  }

  log(`throughput: "${atomic.name}", 10 clients, ${THROUGHPUT_ROUNDS} rounds`);
  const run = await withBackend((backend) =>
    runScenario({ backend, scenario: { ...atomic, clients: 10, rounds: THROUGHPUT_ROUNDS }, seed: 1 }),
  );
  throughput = {
    clients: 10,
    rounds: run.rounds,
    seconds: run.durationMs / 1000,
    roundsPerSecond: run.rounds / (run.durationMs / 1000),
    roundMsP50: percentile(
      run.roundDetails.map((r) => r.durationMs),
      50,
    )!,
  };

  for (const name of RACES) {
    log(`stress: "${name}", ${STRESS_ROUNDS} rounds`);
    const s = scenarios.get(name)!;
    const r = await withBackend((backend) =>
      runScenario({ backend, scenario: { ...s, rounds: STRESS_ROUNDS }, seed: 1 }),
    );
    const first = r.roundDetails.find((d) => d.verdict === "violation");
    stress.push({
      scenario: name,
      clients: s.clients,
      rounds: r.rounds,
      firstDetection: first?.round ?? null,
      detected: r.violations,
    });
  }
}

// Round 1,000 must cost what round 1 costs: every trial starts on a fresh embedded instance. The
// same rounds on one instance that keeps every document show what that saves (convex-test's
// queries scan whole tables).
async function drift(reset: boolean) {
  log(
    `drift: "${atomic.name}", 10 clients, ${DRIFT_ROUNDS} rounds, ${reset ? "a fresh instance per round" : "one instance for all"}`,
  );
  const run = await withBackend((backend) =>
    runScenario({
      backend: reset ? backend : { ...backend, reset: undefined },
      scenario: { ...atomic, clients: 10, rounds: DRIFT_ROUNDS },
      seed: 1,
    }),
  );
  const ms = run.roundDetails.map((r) => r.durationMs);
  const first = percentile(ms.slice(0, DRIFT_WINDOW), 50)!;
  const last = percentile(ms.slice(-DRIFT_WINDOW), 50)!;
  return { rounds: run.rounds, window: DRIFT_WINDOW, firstP50Ms: first, lastP50Ms: last, ratio: last / first };
}
const roundCost = { freshInstance: await drift(true), oneInstance: await drift(false) };

log(`explore: ${RACES.join(", ")}`);
const explore = await runExplore({ configFile: "race-check.config.ts", cwd: ROOT, scenario: RACES, seed: 1 })
  .then((r) =>
    r.scenarios.map((s) => ({
      scenario: s.name,
      clients: s.clients,
      strategy: s.strategy,
      firstCounterexample: s.firstViolationAt ?? null,
      schedules: s.schedules,
      ms: s.durationMs,
    })),
  )
  .catch((e: unknown) => `explore failed: ${(e as Error).message}`);

// Its own process, so that the peak memory measured is that round's alone.
log(`one round of ${BIG_ROUND} clients`);
const { stdout } = await promisify(execFile)(
  process.execPath,
  ["--import", "tsx", new URL("./thousand.ts", import.meta.url).pathname, String(BIG_ROUND)],
  { cwd: ROOT, maxBuffer: 1 << 20 },
);
const big = JSON.parse(stdout.trim().split("\n").pop()!) as {
  clients: number;
  clientErrors: number;
  firstErrors: string[];
  succeeded: number;
  fireSpreadMs?: number;
  roundMs?: number;
  runnerPeakRssMb?: number;
  backendPeakRssMb?: number;
  openFileLimit?: number;
};

const startup = { runs: startups.length, p50Ms: percentile(startups, 50)!, maxMs: Math.max(...startups) };
const at50 = fire.find((f) => f.clients === 50)!;
const targets = [
  { target: "fire spread p50 ≤ 0.5 ms at 50 clients", value: at50.raceCheck.p50, ok: at50.raceCheck.p50 <= 0.5 },
  { target: "≥ 10× tighter than the naive baseline at 50 clients", value: at50.ratioP50, ok: at50.ratioP50 >= 10 },
  {
    target: "≥ 50 rounds/s with 10 clients",
    value: throughput!.roundsPerSecond,
    ok: throughput!.roundsPerSecond >= 50,
  },
  {
    target: `${BIG_ROUND} clients in one round with zero client-side errors`,
    value: big.clientErrors,
    ok: big.clientErrors === 0,
  },
  {
    target: "runner peak RSS < 500 MB in that round",
    value: big.runnerPeakRssMb ?? NaN,
    ok: (big.runnerPeakRssMb ?? Infinity) < 500,
  },
  { target: "embedded backend ready in < 1.5 s (p50)", value: startup.p50Ms, ok: startup.p50Ms < 1500 },
  {
    target: `round ${DRIFT_ROUNDS} costs what round 1 costs: last / first ${DRIFT_WINDOW} rounds' p50 ≤ 1.25`,
    value: roundCost.freshInstance.ratio,
    ok: roundCost.freshInstance.ratio <= 1.25,
  },
];

interface Results {
  startedAt: string;
  machine: ReturnType<typeof machine> & { loadAverage1mAfter: number };
  fireSpreadMs: typeof fire;
  throughput: typeof throughput;
  bigRound: typeof big;
  startup: typeof startup;
  stress: typeof stress;
  roundCost: typeof roundCost;
  explore: typeof explore;
  targets: typeof targets;
}
const results: Results = {
  startedAt,
  machine: { ...machineBefore, loadAverage1mAfter: machine().loadAverage1m },
  fireSpreadMs: fire,
  throughput: throughput!,
  bigRound: big,
  startup,
  stress,
  roundCost,
  explore,
  targets,
};
await writeFile(new URL("./results.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${table(results)}\n`);

async function fireSpread(
  backend: RunningBackend,
  clients: number,
  rounds: number,
): Promise<{ raceCheck: number[]; naive: number[] }> {
  const scenario = enrollEveryone(atomic, clients, rounds);
  const users = Array.from({ length: clients }, () => new UserClient(backend.url));
  const admin = adminClient(backend.url, backend.adminKey);
  const driver = new FireDriver(backend, users, scenario, prng(clients), admin);
  const raceCheck: number[] = [];
  const naive: number[] = [];
  try {
    // Interleaved, so that the load of whatever else runs on the machine falls on both alike.
    for (let r = 1; r <= rounds; r++) {
      const result = await runTrial(scenario, driver);
      const { spreadSource, fireSpreadMs } = driver.spread;
      if (spreadSource !== "server" || fireSpreadMs === undefined) {
        throw new Error(`round ${r}: no server-side spread (${result.message})`);
      }
      raceCheck.push(fireSpreadMs);
      naive.push(await naiveRound(backend, clients));
    }
  } finally {
    for (const u of users) u.close();
  }
  return { raceCheck, naive };
}

function table(r: Results): string {
  const f = (x: number | undefined, digits = 2) => (x === undefined || Number.isNaN(x) ? "n/a" : x.toFixed(digits));
  const lines = [
    `race-check benchmark · ${r.machine.cpus}-core ${r.machine.arch} (${r.machine.cpuModel}) · Node ${r.machine.node} · load ${r.machine.loadAverage1m} → ${r.machine.loadAverage1mAfter}`,
    "",
    "Fire spread (server-side max − min arrival per round, ms)",
    "| clients | rounds | race-check p50 | race-check p95 | naive p50 | naive p95 | naive / race-check (p50) |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    ...r.fireSpreadMs.map(
      (x) =>
        `| ${x.clients} | ${x.rounds} | ${f(x.raceCheck.p50)} | ${f(x.raceCheck.p95)} | ${f(x.naive.p50)} | ${f(x.naive.p95)} | ${f(x.ratioP50, 1)}× |`,
    ),
    "",
    "| measure | value |",
    "|---|---:|",
    `| rounds per second, ${r.throughput.clients} clients, ${r.throughput.rounds} rounds | ${f(r.throughput.roundsPerSecond, 1)} (round p50 ${f(r.throughput.roundMsP50)} ms) |`,
    `| ${r.bigRound.clients} clients, one round: client-side errors | ${r.bigRound.clientErrors}${r.bigRound.firstErrors.length ? ` (${r.bigRound.firstErrors.join("; ")})` : ""} |`,
    `| ${r.bigRound.clients} clients: peak RSS, runner / embedded backend | ${f(r.bigRound.runnerPeakRssMb, 0)} MB / ${f(r.bigRound.backendPeakRssMb, 0)} MB |`,
    `| ${r.bigRound.clients} clients: fire spread, round duration | ${f(r.bigRound.fireSpreadMs)} ms, ${f((r.bigRound.roundMs ?? NaN) / 1000, 1)} s |`,
    `| embedded backend start-up (spawn to ready), p50 / max of ${r.startup.runs} | ${f(r.startup.p50Ms, 0)} / ${f(r.startup.maxMs, 0)} ms |`,
    ...r.stress.map(
      (s) =>
        `| stress "${s.scenario}" (${s.clients} clients): first detection, detected | round ${s.firstDetection ?? "none"}, ${s.detected}/${s.rounds} |`,
    ),
    ...(["freshInstance", "oneInstance"] as const).map((k) => {
      const d = r.roundCost[k];
      const label =
        k === "freshInstance" ? "a fresh embedded instance per round (race-check)" : "one instance for every round";
      return `| round cost, ${label}: p50 of rounds 1–${d.window} / last ${d.window} of ${d.rounds} | ${f(d.firstP50Ms)} / ${f(d.lastP50Ms)} ms (×${f(d.ratio)}) |`;
    }),
    ...(typeof r.explore === "string"
      ? [`| explore | ${r.explore} |`]
      : r.explore.map(
          (e) =>
            `| explore "${e.scenario}" (${e.clients} clients, ${e.strategy}): schedules until the first counterexample | ${e.firstCounterexample ?? "none"} of ${e.schedules} (${f(e.ms, 0)} ms) |`,
        )),
    "",
    "Targets",
    ...r.targets.map(
      (t) => `  ${t.ok ? "✔" : "✘"} ${t.target}: ${f(t.value, Number.isInteger(t.value) ? 0 : t.value < 10 ? 3 : 1)}`,
    ),
    "",
    "written to bench/results.json",
  ];
  return lines.join("\n");
}
