// The explore engine's parts against real convex-test: search-space counts, an oracle over any
// schedule, visibility rules, parallel calls inside one flow, hung clients, custom invariants.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fc from "fast-check";
import { ConfigError, capacity, defineConfig } from "../src/index.ts";
import type { RaceCheckConfig } from "../src/config/types.ts";
import { prepareRun } from "../src/run.ts";
import { InProcessDeployment } from "../src/backends/embedded/in-process.ts";
import { runExplore } from "../src/run-explore.ts";
import { runSchedule } from "../src/engine/controlled/driver.ts";
import { replay } from "../src/explore/strategies.ts";
import { decodeToken, encodeToken } from "../src/explore/token.ts";

type Session = { sessionId: string; capacity: number };

const enrollments = capacity<Session>({
  read: { fn: "testing:countEnrollments", args: ({ setup }) => ({ sessionId: setup.sessionId }) },
  limit: (setup) => setup.capacity,
  noun: "enrollments",
});

function sessionScenario(name: string, fn: string, prefill: number, extra: Record<string, unknown> = {}) {
  return {
    name,
    setup: { fn: "testing:createSession", args: { capacity: 5, prefill } },
    act: {
      fn,
      args: ({ setup, client }: { setup: Session; client: number }) => ({
        sessionId: setup.sessionId,
        userId: `u${client}`,
      }),
    },
    invariant: enrollments,
    ...extra,
  };
}

const sample = (config: RaceCheckConfig) => ({ config, projectDir: path.resolve(".") });

test("exhaustive search visits exactly the multinomial number of interleavings", async () => {
  // Two steps per client (read, insert) and no violation possible from an empty session of 5:
  // 2 clients → 4!/(2!·2!) = 6 orders, 3 clients → 6!/(2!·2!·2!) = 90.
  const config = defineConfig({ scenarios: [sessionScenario("empty", "ledgerItems:addToLedger", 0)] });
  for (const [clients, expected] of [
    [2, 6],
    [3, 90],
  ]) {
    const r = await runExplore({ ...sample(config), strategy: "exhaustive", clients, budget: 1000 });
    const s = r.scenarios[0];
    assert.equal(s.verdict, "ok", s.headline);
    assert.equal(s.exhausted, true);
    assert.equal(s.schedules, expected);
    assert.equal(s.distinctInterleavings, expected);
  }
});

test("any schedule's verdict matches the oracle: overbooked exactly when both reads precede both inserts", async () => {
  const config = defineConfig({
    scenarios: [
      sessionScenario("race", "ledgerItems:addToLedger", 4),
      sessionScenario("atomic", "ledgerItems:addToLedgerAtomic", 4),
    ],
  });
  const prepared = await prepareRun(sample(config));
  const backend = await InProcessDeployment.load(path.resolve(prepared.projectDir, prepared.functionsDir));
  const [race, atomic] = prepared.scenarios;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 8 }), fc.nat(), async (choices, seed) => {
      const r = await runSchedule({
        deployment: backend,
        scenario: race,
        clients: [0, 1, 2],
        chooser: replay(choices),
        seed,
      });
      const firstInsert = r.steps.findIndex((s) => s.kind === "runMutation");
      const readsBefore = r.steps.slice(0, firstInsert < 0 ? r.steps.length : firstInsert).length;
      // Prefill 4 of 5: every read before the first insert sees a free seat and will insert.
      const expectedCount = 4 + readsBefore;
      assert.equal(r.observed, expectedCount, r.steps.map((s) => `${s.client} ${s.kind}`).join(", "));
      assert.equal(r.verdict, readsBefore >= 2 ? "violation" : "ok");
      const a = await runSchedule({
        deployment: backend,
        scenario: atomic,
        clients: [0, 1, 2],
        chooser: replay(choices),
        seed,
      });
      assert.equal(a.verdict, "ok");
      assert.equal(a.observed, 5);
    }),
    { numRuns: 60, seed: 7 },
  );
});

test("replay tokens survive any content: scenario names, many clients, long schedules", () => {
  fc.assert(
    fc.property(
      fc.string(),
      fc.array(fc.nat({ max: 2000 }), { maxLength: 20 }),
      fc.array(fc.nat({ max: 60 }), { maxLength: 200 }),
      fc.nat(),
      fc.option(fc.nat({ max: 200 }), { nil: undefined }),
      (scenario, clients, choices, seed, stopAfter) => {
        const token = { scenario, clients, choices, seed, ...(stopAfter !== undefined && { stopAfter }) };
        const encoded = encodeToken(token);
        assert.match(encoded, /^[A-Za-z0-9_-]+$/);
        assert.deepEqual(decodeToken(encoded), token);
      },
    ),
  );
});

test("a flow may only call public functions, with the kind it names, as against a deployment", async () => {
  const config = defineConfig({
    scenarios: [
      {
        name: "internal",
        setup: { fn: "testing:createSession", args: { capacity: 5 } },
        act: async ({ convex, setup, client }) =>
          await convex.mutation(
            "ledgerItems:insert" as never,
            { sessionId: setup.sessionId, userId: `u${client}` } as never,
          ),
        invariant: enrollments,
      },
      {
        name: "wrong kind",
        setup: { fn: "testing:createSession", args: { capacity: 5 } },
        act: async ({ convex, setup }) =>
          await convex.query("ledgerItems:enroll" as never, { sessionId: setup.sessionId, userId: "u" } as never),
        invariant: enrollments,
      },
    ],
  });
  const prepared = await prepareRun(sample(config));
  const backend = await InProcessDeployment.load(path.resolve(prepared.projectDir, prepared.functionsDir));
  const [internal, wrongKind] = prepared.scenarios;
  const a = await runSchedule({ deployment: backend, scenario: internal, clients: [0], chooser: replay([]), seed: 1 });
  assert.equal(a.history[0].outcome, "fail");
  assert.match(a.history[0].error!, /Could not find public function for 'ledgerItems:insert'/);
  assert.equal(a.steps.length, 0);
  assert.equal(a.observed, 0);
  const b = await runSchedule({ deployment: backend, scenario: wrongKind, clients: [0], chooser: replay([]), seed: 1 });
  assert.match(b.history[0].error!, /Trying to execute ledgerItems:enroll as Query, but it is defined as Mutation/);
});

test("calls a flow makes in parallel are separate steps, and the search still covers every order", async () => {
  const config = defineConfig({
    scenarios: [
      {
        name: "parallel reads",
        setup: { fn: "testing:createSession", args: { capacity: 5 } },
        act: async ({ convex, setup, client }) => {
          const sessionId = setup.sessionId as never;
          const [a, b] = await Promise.all([
            convex.query("ledgerItems:spotsLeft" as never, { sessionId } as never),
            convex.query("ledgerItems:spotsLeft" as never, { sessionId } as never),
          ]);
          if (Math.min(a as number, b as number) <= 0) throw new Error("full");
          return await convex.mutation("ledgerItems:enroll" as never, { sessionId, userId: `u${client}` } as never);
        },
        invariant: enrollments,
      },
    ],
  });
  const r = await runExplore({ ...sample(config), strategy: "exhaustive", clients: 2 });
  const s = r.scenarios[0];
  // Three steps per client: 6!/(3!·3!) = 20 orders.
  assert.equal(s.verdict, "ok", s.headline);
  assert.equal(s.exhausted, true);
  assert.equal(s.schedules, 20);
});

test("a client waiting on something outside Convex is reported, not waited on forever", async () => {
  const config = defineConfig({
    opTimeout: 300,
    scenarios: [
      {
        name: "hangs",
        setup: { fn: "testing:createSession", args: { capacity: 5 } },
        act: async ({ convex, setup }) => {
          await convex.query("ledgerItems:spotsLeft" as never, { sessionId: setup.sessionId } as never);
          await new Promise(() => undefined);
        },
        invariant: enrollments,
      },
    ],
  });
  const began = performance.now();
  const r = await runExplore({ ...sample(config), clients: 2, budget: 50 });
  assert.equal(r.scenarios[0].verdict, "error");
  assert.match(r.scenarios[0].headline, /client \d reached no scheduling point within 300 ms/);
  assert.ok(performance.now() - began < 5000);
});

test("custom invariants get an in-process admin client: the counter fixture's lost update is found", async () => {
  const r = await runExplore({ configFile: "test/fixtures/counter-app/race-check.config.ts", seed: 3, clients: 3 });
  const [racy, atomic] = r.scenarios;
  assert.equal(racy.verdict, "race");
  assert.match(racy.headline, /^Lost updates: 1 of 2$/);
  assert.equal(racy.counterexample!.clients.length, 2);
  assert.equal(racy.counterexample!.steps.length, 4);
  assert.equal(atomic.verdict, "ok");
  assert.equal(atomic.schedules, 1000);
});

test("a config's explore settings are validated like the rest", async () => {
  const bad = { scenarios: [{ ...sessionScenario("x", "ledgerItems:addToLedger", 0), explore: { clients: 0 } }] };
  await assert.rejects(
    runExplore(sample(bad as RaceCheckConfig)),
    /scenario "x" explore\.clients: expected a whole number from 1/,
  );
  const badSetup = { scenarios: [{ ...sessionScenario("y", "ledgerItems:addToLedger", 0), explore: { setup: 42 } }] };
  await assert.rejects(runExplore(sample(badSetup as unknown as RaceCheckConfig)), /scenario "y" explore\.setup/);
});

test("a setup that fails on its first schedule is bad input, as in stress; a later scenario's keeps the earlier results", async () => {
  const broken = (name: string) => ({
    ...sessionScenario(name, "ledgerItems:addToLedger", 0),
    setup: { fn: "testing:createSession", args: {} },
  });
  await assert.rejects(
    runExplore({ ...sample(defineConfig({ scenarios: [broken("first")] })), budget: 5 }),
    (e: unknown) =>
      e instanceof ConfigError && /^scenario "first": setup testing:createSession threw: /.test(e.message),
  );
  const r = await runExplore({
    ...sample(defineConfig({ scenarios: [sessionScenario("fine", "ledgerItems:addToLedger", 0), broken("later")] })),
    clients: 2,
    budget: 5,
  });
  assert.equal(r.scenarios[0].verdict, "ok", r.scenarios[0].headline);
  assert.equal(r.scenarios[1].verdict, "error");
  assert.equal(r.scenarios[1].mode, "explore");
  assert.match(r.scenarios[1].headline, /^scenario "later": setup testing:createSession threw: /);
});

test("inside a schedule Math.random and the clock are the schedule's own, and are restored after", async () => {
  const RealDate = Date;
  const RealMath = Math;
  const config = defineConfig({
    scenarios: [
      {
        name: "values",
        act: async () => [Date(), Date.now(), new Date().getTime(), Math.random(), new Date(0).toISOString()],
        invariant: { kind: "maxSuccesses", limit: 10 },
      },
    ],
  });
  const prepared = await prepareRun(sample(config));
  const backend = await InProcessDeployment.load(path.resolve(prepared.projectDir, prepared.functionsDir));
  const values = async (seed: number) =>
    (
      await runSchedule({
        deployment: backend,
        scenario: prepared.scenarios[0],
        clients: [0],
        chooser: replay([]),
        seed,
      })
    ).history[0].value as [string, number, number, number, string];
  const a = await values(1);
  assert.deepEqual(await values(1), a);
  assert.notEqual((await values(2))[3], a[3]);
  assert.equal(typeof a[0], "string");
  assert.equal(a[2], a[1] + 1, "the clock moves 1 ms per read");
  assert.equal(a[4], "1970-01-01T00:00:00.000Z");
  assert.equal(globalThis.Date, RealDate);
  assert.equal(globalThis.Math, RealMath);
  assert.ok(Math.abs(Date.now() - performance.timeOrigin - performance.now()) < 60_000);
});
