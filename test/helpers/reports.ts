// Reports built by hand, for what renders and compares them: every field a real run fills, with
// values that say what the test needs (a race in every round, a varying one, a clean one).
import { zipSync } from "fflate";
import type { Counterexample, RunResult, ScenarioResult } from "../../src/engine/result.ts";

export function scenario(
  name: string,
  verdict: ScenarioResult["verdict"],
  opts: { observed?: number[]; limit?: number; expect?: "race"; functions?: string[] } = {},
): ScenarioResult {
  const limit = opts.limit ?? 5;
  const observed = opts.observed ?? (verdict === "race" ? [7, 7, 7] : [5, 5, 5]);
  const violations = observed.filter((o) => o > limit).length;
  return {
    name,
    mode: "stress",
    verdict,
    headline:
      verdict === "race"
        ? `Overbooking: ${Math.max(...observed)}/${limit} enrollments`
        : `${limit}/${limit} enrollments`,
    clients: 10,
    rounds: observed.length,
    violations,
    unknown: 0,
    errors: verdict === "error" ? 1 : 0,
    detectionRate: violations / observed.length,
    interval: [violations > 0 ? 0.3 : 0, 1],
    ...(violations === 0 && { upperBound: 0.63 }),
    worst: violations > 0 ? { observed: Math.max(...observed), limit } : null,
    functions: opts.functions ?? ["ledgerItems:addToLedger"],
    fireSpread: { p50: 0.2, max: 0.4, source: "server" },
    roundDetails: observed.map((o, i) => ({
      round: i + 1,
      verdict: o > limit ? "violation" : "ok",
      observed: o,
      limit,
      message: o > limit ? `Overbooking: ${o}/${limit}` : `${o}/${limit}`,
      durationMs: 10,
    })),
    ...(verdict === "error" && { error: "setup failed" }),
    durationMs: 30,
    ...(opts.expect && { expect: opts.expect }),
  };
}

export function report(scenarios: ScenarioResult[], extra: Partial<RunResult> = {}): RunResult {
  const rank = { ok: 0, inconclusive: 1, error: 2, race: 3 } as const;
  const verdict = scenarios.reduce<RunResult["verdict"]>(
    (v, s) => (rank[s.verdict] > rank[v] ? s.verdict : v),
    scenarios.length ? "ok" : "error",
  );
  return {
    tool: { name: "race-check", version: "0.0.0-test" },
    mode: "stress",
    verdict,
    startedAt: "2026-05-01T12:34:56.000Z",
    durationMs: 1234,
    seed: 42,
    backend: { kind: "embedded" },
    config: "race-check.config.ts",
    functionsDir: "convex",
    scenarios,
    ...extra,
  };
}

/** An explore run whose scenario `name` has a two-client counterexample. */
export function exploreWithCounterexample(name: string): RunResult {
  const base = scenario(name, "race");
  const counterexample: Counterexample = {
    clients: [0, 1],
    steps: [],
    trace: [
      "client 1  ledgerItems:addToLedger  runQuery     ledgerItems:enrollment  → {capacity: 5, enrolled: 4}",
      "client 0  ledgerItems:addToLedger  runQuery     ledgerItems:enrollment  → {capacity: 5, enrolled: 4}",
      "client 0  ledgerItems:addToLedger  runMutation  ledgerItems:insert      ✓",
      "client 1  ledgerItems:addToLedger  runMutation  ledgerItems:insert      ✓",
      "⇒ Overbooking: 6/5 enrollments",
    ],
    message: "Overbooking: 6/5 enrollments",
    token: "eyJ2IjoxLCJzIjoiU2Vzc2lvbiBDYXBhY2l0eSBSYWNlIiwiYyI6WzAsMV0sImNoIjoiMTAwMSIsInIiOjd9",
    command: "npx race-check explore …",
    shrinkRuns: 3,
    original: { clients: 2, steps: 6 },
  };
  return report(
    [
      {
        ...base,
        mode: "explore",
        headline: "Overbooking: 6/5 enrollments",
        roundDetails: [],
        fireSpread: {},
        strategy: "mixed",
        seed: 7,
        depth: 2,
        budget: 100,
        schedules: 1,
        distinctInterleavings: 1,
        firstViolationAt: 1,
        counterexample,
      },
    ],
    { mode: "explore" },
  );
}

/** A report artifact as GitHub serves it: a zip of the files. */
export function artifactZip(files: Record<string, unknown>): Buffer {
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, value]) => [
      name,
      new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value)),
    ]),
  );
  return Buffer.from(zipSync(entries));
}
