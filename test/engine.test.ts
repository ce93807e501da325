// The engine against the sample app on the real embedded backend: detection and false-positive rates.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { makeFunctionReference } from "convex/server";
import { startEmbedded } from "../src/backends/embedded/index.ts";
import type { RunningBackend } from "../src/backends/types.ts";
import { runScenario } from "../src/engine/fire/stress.ts";
import { prepareRun, runRaceCheck } from "../src/run.ts";
import type { ResolvedScenario } from "../src/config/scenario.ts";
import { capacity, custom, defineConfig, maxSuccesses } from "../src/index.ts";
import { runStressTest } from "../src/stress.ts";

let backend: RunningBackend;
let scenarios: Map<string, ResolvedScenario>;

before(async () => {
  backend = await startEmbedded({ projectDir: process.cwd() });
  const prepared = await prepareRun({ configFile: "race-check.config.ts" });
  scenarios = new Map(prepared.scenarios.map((s) => [s.name, s]));
});
after(async () => backend.stop());

function scenario(name: string, rounds: number): ResolvedScenario {
  const s = scenarios.get(name);
  assert.ok(s, `sample config has no scenario "${name}"`);
  return { ...s, rounds };
}

for (const [name, headline] of [
  ["Session Capacity Race", /^Overbooking: \d+\/5 enrollments$/],
  ["Coupon Claim Race", /^Overclaimed: \d+\/1 claims$/],
  ["Enrollment Client Flow", /^Overbooking: \d+\/5 enrollments$/],
] as const) {
  test(`${name}: detected in every one of 12 rounds`, async () => {
    const result = await runScenario({ backend, scenario: scenario(name, 12), seed: 1 });
    assert.equal(result.verdict, "race");
    assert.equal(result.rounds, 12);
    assert.equal(result.violations, 12, `detected in only ${result.violations}/12 rounds`);
    assert.match(result.headline, headline);
    assert.ok(result.worst && result.worst.observed > result.worst.limit);
    assert.ok(result.interval[0] > 0.7 && result.interval[1] === 1);
    assert.equal(result.sampleRound?.history.length, scenario(name, 1).clients);
  });
}

for (const [name, headline] of [
  ["Session Capacity (atomic)", "5/5 enrollments (at capacity)"],
  ["Coupon Claim (atomic)", "1/1 claims"],
] as const) {
  test(`${name}: no violation in 50 rounds`, async () => {
    const result = await runScenario({ backend, scenario: scenario(name, 50), seed: 2 });
    assert.equal(result.verdict, "ok");
    assert.equal(result.rounds, 50);
    assert.equal(result.violations, 0);
    assert.equal(result.headline, headline);
    assert.ok(result.upperBound !== undefined && Math.abs(result.upperBound - 0.0582) < 1e-3);
    // Every round really fired all clients: the right number succeeded and the rest were refused.
    const ops = result.sampleRound!.history;
    const limit = name.startsWith("Coupon") ? 1 : 5;
    assert.equal(ops.filter((o) => o.outcome === "ok").length, limit);
    assert.equal(ops.filter((o) => o.outcome === "fail").length, ops.length - limit);
  });
}

test("a client flow records each call of the flow in order (query, then mutation)", async () => {
  const result = await runScenario({ backend, scenario: scenario("Enrollment Client Flow", 1), seed: 3 });
  const op = result.sampleRound!.history.find((o) => o.outcome === "ok")!;
  assert.deepEqual(
    op.calls.map((c) => [c.endpoint, c.path]),
    [
      ["query", "ledgerItems:spotsLeft"],
      ["mutation", "ledgerItems:enroll"],
    ],
  );
  assert.ok(op.calls[0].end <= op.calls[1].start);
  assert.deepEqual(result.functions.sort(), ["ledgerItems:enroll", "ledgerItems:spotsLeft"]);
});

test("custom invariants see the history and an admin client; unknown verdicts make the scenario inconclusive", async () => {
  const config = defineConfig({
    rounds: 3,
    clients: 2,
    scenarios: [
      {
        name: "undecidable",
        setup: { fn: "testing:createSession", args: { capacity: 5 } },
        act: {
          fn: "ledgerItems:addToLedgerAtomic",
          args: ({ setup, client }) => ({ sessionId: setup.sessionId, userId: `u${client}` }),
        },
        invariant: custom(async ({ history, admin, setup }) => {
          const count = await (
            admin as unknown as { function: (p: string, c: undefined, a: unknown) => Promise<number> }
          ).function("testing:countEnrollments", undefined, { sessionId: setup.sessionId });
          assert.equal(history.length, 2);
          return { ok: "unknown", observed: count, limit: 5, message: `saw ${count}` };
        }),
      },
    ],
  });
  const run = await runRaceCheck({ config, seed: 4 });
  assert.equal(run.verdict, "inconclusive");
  assert.equal(run.scenarios[0].unknown, 3);
  assert.equal(run.scenarios[0].verdict, "inconclusive");
});

test("an operation slower than the op timeout is unknown, never a success", async () => {
  const config = defineConfig({
    rounds: 1,
    clients: 2,
    // The timeout covers the setup too: generous enough for a busy machine's setup, while the
    // flow never ends at all, so its operations time out however fast or slow the machine is.
    opTimeout: 1000,
    scenarios: [
      {
        name: "slow flow",
        setup: { fn: "testing:createCoupon" },
        act: async () => await new Promise<never>(() => {}),
        invariant: maxSuccesses({ limit: 1 }),
      },
    ],
  });
  const run = await runRaceCheck({ config });
  const s = run.scenarios[0];
  assert.equal(s.verdict, "inconclusive");
  assert.ok(s.sampleRound!.history.every((o) => o.outcome === "unknown" && /op-timeout/.test(o.error ?? "")));
});

test("runStressTest, the seed README's library call, runs one named scenario", async () => {
  const config = defineConfig({
    scenarios: [
      {
        name: "session",
        setup: { fn: "testing:createSession", args: { capacity: 2 } },
        clients: 6,
        act: {
          fn: "ledgerItems:addToLedger",
          args: ({ setup, client }) => ({ sessionId: setup.sessionId, userId: `u${client}` }),
        },
        invariant: capacity({
          read: { fn: "testing:countEnrollments", args: ({ setup }) => ({ sessionId: setup.sessionId }) },
          limit: 2,
          noun: "enrollments",
        }),
      },
      { name: "other", act: { fn: "ledgerItems:spotsLeft" }, invariant: maxSuccesses({ limit: 100 }) },
    ],
  });
  const run = await runStressTest({ rounds: 3, delayBetweenRounds: 10, scenario: "session" }, config);
  assert.deepEqual(
    run.scenarios.map((s) => s.name),
    ["session"],
  );
  assert.equal(run.scenarios[0].rounds, 3);
  assert.equal(run.verdict, "race");
});

test("history is bounded: summaries for every round, full histories only for a few violating rounds", async () => {
  const result = await runScenario({ backend, scenario: scenario("Coupon Claim Race", 40), seed: 5 });
  assert.equal(result.roundDetails.length, 40);
  assert.ok(result.violations >= 10, `only ${result.violations} violations: the bound is not exercised`);
  assert.ok(result.roundDetails.every((r) => !("history" in r)));
  assert.equal(result.histories?.length, Math.min(10, result.violations));
  assert.ok(result.histories!.every((h) => h.verdict === "violation" && h.history.length === 5));
});

test("a round in which every operation failed tested nothing: error, never OK", async () => {
  const config = defineConfig({
    rounds: 2,
    clients: 3,
    scenarios: [
      {
        name: "all refused",
        setup: { fn: "testing:createCoupon" },
        // Missing `claimant`: the validator refuses every call.
        act: { fn: "coupons:claimCouponAtomic", args: ({ setup }) => ({ code: setup.code }) },
        invariant: maxSuccesses({ limit: 1 }),
      },
    ],
  });
  const run = await runRaceCheck({ config, seed: 6 });
  assert.equal(run.verdict, "error");
  assert.equal(run.scenarios[0].verdict, "error");
  // One line with the reason, from the first refusal (issue 11: never OK without evidence).
  assert.match(run.scenarios[0].headline, /^every operation failed: client \d: .*claimant/);
});

test("an interrupt between rounds: the scenario is not OK and the ones not run say so", async () => {
  const controller = new AbortController();
  const config = defineConfig({
    rounds: 50,
    clients: 2,
    scenarios: ["first", "second"].map((name) => ({
      name,
      setup: { fn: "testing:createCoupon" },
      act: {
        fn: "coupons:claimCouponAtomic",
        args: ({ setup, client }) => ({ code: setup.code, claimant: `u${client}` }),
      },
      invariant: maxSuccesses({ limit: 1 }),
    })),
  });
  const run = await runRaceCheck({
    config,
    signal: controller.signal,
    onProgress: (p) => {
      if (p.round === 2) controller.abort();
    },
  });
  assert.notEqual(run.verdict, "ok");
  assert.equal(run.scenarios.length, 2);
  assert.equal(run.scenarios[0].verdict, "error");
  assert.equal(run.scenarios[0].rounds, 2);
  assert.match(run.scenarios[0].error ?? "", /interrupted after 2 of 50 rounds/);
  assert.match(run.scenarios[1].error ?? "", /not run: interrupted/);
});

test("a flow that fails after its write went through is unknown, not a failure", async () => {
  const config = defineConfig({
    rounds: 1,
    clients: 2,
    scenarios: [
      {
        name: "write then throw",
        setup: { fn: "testing:createSession", args: { capacity: 100 } },
        act: async ({ convex, setup, client }) => {
          await convex.mutation(makeFunctionReference<"mutation">("ledgerItems:enroll"), {
            sessionId: setup.sessionId,
            userId: `u${client}`,
          });
          throw new Error("the page crashed after enrolling");
        },
        invariant: capacity({
          read: { fn: "testing:countEnrollments", args: ({ setup }) => ({ sessionId: setup.sessionId }) },
          limit: 100,
        }),
      },
    ],
  });
  const run = await runRaceCheck({ config });
  const s = run.scenarios[0];
  assert.ok(s.sampleRound!.history.every((op) => op.outcome === "unknown"));
  assert.equal(s.verdict, "inconclusive");
});
