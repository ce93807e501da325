// The one trial model (issue 11): the same verdicts whatever the wire form of a function error,
// scheduled work settled before the invariant in both modes, never OK without evidence, one
// outcome policy for stress and explore, intervals that bracket their rate.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import fc from "fast-check";
import { startEmbedded } from "../src/backends/embedded/index.ts";
import type { RunningBackend } from "../src/backends/types.ts";
import { runExplore } from "../src/run-explore.ts";
import { capacity, defineConfig } from "../src/index.ts";
import { runRaceCheck } from "../src/run.ts";
import { wilson } from "../src/engine/stats.ts";
import { renderJson } from "../src/report/json.ts";
import type { RunResult } from "../src/engine/result.ts";
import { joinVerdicts } from "../src/model.ts";

const SCHEDULED = "test/fixtures/scheduled-app/race-check.config.ts";
const sampleDir = path.resolve(".");

let embedded: RunningBackend;
let proxy560: http.Server;
let proxyUrl: string;

before(async () => {
  embedded = await startEmbedded({ projectDir: sampleDir });
  // A deployment that answers a function that threw with 560 (the convex client accepts both
  // 200 and 560): everything else passes through unchanged.
  proxy560 = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const upstream = http.request(
        `${embedded.url}${req.url}`,
        { method: req.method, headers: { ...req.headers, host: new URL(embedded.url).host } },
        (up) => {
          const body: Buffer[] = [];
          up.on("data", (c: Buffer) => body.push(c));
          up.on("end", () => {
            const text = Buffer.concat(body).toString();
            let status = up.statusCode ?? 500;
            try {
              if (status === 200 && (JSON.parse(text) as { status?: string }).status === "error") status = 560;
            } catch {
              // not JSON: passed on as it is
            }
            res.writeHead(status, { "content-type": up.headers["content-type"] ?? "application/json" });
            res.end(text);
          });
        },
      );
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((r) => proxy560.listen(0, "127.0.0.1", r));
  proxyUrl = `http://127.0.0.1:${(proxy560.address() as { port: number }).port}`;
});

after(async () => {
  proxy560?.close();
  await embedded?.stop();
});

const verdicts = (r: RunResult) => Object.fromEntries(r.scenarios.map((s) => [s.name, s.verdict]));

test("the engine gets the same verdicts from a deployment answering errors with 200 and with 560", async () => {
  const common = { cwd: sampleDir, backend: "url" as const, adminKey: embedded.adminKey, rounds: 3, seed: 11 };
  const with200 = await runRaceCheck({ ...common, url: embedded.url });
  const with560 = await runRaceCheck({ ...common, url: proxyUrl });
  assert.deepEqual(verdicts(with560), verdicts(with200));
  assert.deepEqual(verdicts(with200), {
    "Session Capacity Race": "race",
    "Session Capacity (atomic)": "ok",
    "Coupon Claim Race": "race",
    "Coupon Claim (atomic)": "ok",
    "Enrollment Client Flow": "race",
  });
  // A refusal is a failure in both forms: the atomic coupon's losers are "fail", never "ok".
  for (const r of [with200, with560]) {
    const atomic = r.scenarios.find((s) => s.name === "Coupon Claim (atomic)")!;
    const outcomes = atomic.sampleRound!.history.map((op) => op.outcome).sort();
    assert.deepEqual(outcomes, ["fail", "fail", "fail", "fail", "ok"]);
  }
});

test("scheduled work is settled before the invariant: a correct scheduled increment is OK, a race inside a scheduled action is RACE (stress)", async () => {
  const run = await runRaceCheck({ configFile: SCHEDULED, seed: 5 });
  assert.deepEqual(verdicts(run), {
    "Scheduled increment": "ok",
    "Enrollment in a scheduled action": "race",
    "Enrollment in a scheduled mutation (atomic)": "ok",
  });
  const increment = run.scenarios[0];
  assert.equal(increment.violations, 0);
  assert.match(increment.headline, /^4\/4 increments kept$/);
  // Work due an hour out is listed, not waited for.
  const atomic = run.scenarios[2];
  assert.deepEqual(
    atomic.pending?.map((p) => [p.path, p.count]),
    [["enroll:remind", 4]],
  );
  assert.ok(atomic.pending![0].dueInMs > 3_000_000);
});

test("without the settle step the same correct code would be called a race: the horizon is what decides", async () => {
  const run = await runRaceCheck({ configFile: SCHEDULED, scenario: "Scheduled increment", seed: 5, rounds: 2 });
  assert.equal(run.verdict, "ok");
  const { default: config } = (await import(path.resolve(SCHEDULED))) as {
    default: Parameters<typeof defineConfig>[0];
  };
  const unsettled = await runRaceCheck({
    config: { ...config, settle: 0, scenarios: [config.scenarios[0]] },
    projectDir: path.resolve("test/fixtures/scheduled-app"),
    rounds: 2,
    seed: 5,
  });
  assert.equal(unsettled.verdict, "race");
  assert.deepEqual(
    unsettled.scenarios[0].pending?.map((p) => p.path),
    ["counter:applyIncrement"],
  );
});

test("scheduled work in explore: each scheduled function is a step, and the verdicts match stress", async () => {
  const r = await runExplore({ configFile: SCHEDULED, seed: 9, budget: 60 });
  assert.deepEqual(verdicts(r), {
    "Scheduled increment": "ok",
    "Enrollment in a scheduled action": "race",
    "Enrollment in a scheduled mutation (atomic)": "ok",
  });
  const trace = r.scenarios[1].counterexample!.trace.join("\n");
  assert.match(trace, /scheduled #\d +enroll:processEnrollment +scheduled/);
  assert.match(trace, /runQuery +enroll:spotsLeft/);
  assert.deepEqual(
    r.scenarios[2].pending?.map((p) => p.path),
    ["enroll:remind"],
  );
  // The counterexample replays exactly.
  const replayed = await runExplore({ configFile: SCHEDULED, replay: r.scenarios[1].counterexample!.token });
  assert.equal(replayed.scenarios[0].verdict, "race");
  assert.equal(replayed.scenarios[0].replayMismatch, undefined);
});

test("a deployment reached by URL is settled through the system function the dashboard reads", async () => {
  const direct = await startEmbedded({ projectDir: path.resolve("test/fixtures/scheduled-app") });
  try {
    const run = await runRaceCheck({
      configFile: SCHEDULED,
      backend: "url",
      url: direct.url,
      adminKey: direct.adminKey,
      scenario: ["Scheduled increment", "Enrollment in a scheduled action"],
      rounds: 2,
      seed: 3,
    });
    assert.deepEqual(verdicts(run), { "Scheduled increment": "ok", "Enrollment in a scheduled action": "race" });
  } finally {
    await direct.stop();
  }
});

const refused = defineConfig({
  rounds: 2,
  clients: 2,
  scenarios: [
    {
      name: "all refused",
      setup: { fn: "testing:createSession", args: { capacity: 5 } },
      // Not signed in / wrong arguments / a function that is not there: every call fails.
      act: { fn: "ledgerItems:addToLedgerAtomic", args: ({ setup }) => ({ sessionId: setup.sessionId }) },
      invariant: capacity({
        read: { fn: "testing:countEnrollments", args: ({ setup }) => ({ sessionId: setup.sessionId }) },
        limit: 5,
      }),
    },
  ],
});

test("a scenario whose every operation fails is never OK, in either mode, with the reason in one line", async () => {
  const stress = await runRaceCheck({ config: refused, projectDir: sampleDir, seed: 2 });
  const explore = await runExplore({ config: refused, projectDir: sampleDir, seed: 2, budget: 20 });
  for (const r of [stress, explore]) {
    assert.equal(r.verdict, "error", r.mode);
    assert.match(r.scenarios[0].headline, /^every operation failed: client \d: .*userId/, r.mode);
    assert.doesNotMatch(r.scenarios[0].headline, /\n/);
  }
});

test("stress and explore agree on a claim-then-crash flow: its write went through, so it is unknown", async () => {
  const config = defineConfig({
    rounds: 3,
    clients: 2,
    scenarios: [
      {
        name: "claim then crash",
        setup: { fn: "testing:createSession", args: { capacity: 5 } },
        act: async ({ convex, setup, client }) => {
          await convex.mutation(
            "ledgerItems:enroll" as never,
            { sessionId: setup.sessionId, userId: `u${client}` } as never,
          );
          throw new Error("crashed after enrolling");
        },
        invariant: capacity({
          read: { fn: "testing:countEnrollments", args: ({ setup }) => ({ sessionId: setup.sessionId }) },
          limit: 5,
        }),
      },
    ],
  });
  const stress = await runRaceCheck({ config, projectDir: sampleDir, seed: 4 });
  const explore = await runExplore({ config, projectDir: sampleDir, seed: 4, budget: 10 });
  assert.equal(stress.verdict, "inconclusive");
  assert.equal(explore.verdict, stress.verdict);
  for (const r of [stress, explore]) {
    const ops = r.mode === "stress" ? r.scenarios[0].sampleRound!.history : undefined;
    if (ops)
      assert.deepEqual(
        ops.map((o) => o.outcome),
        ["unknown", "unknown"],
      );
  }
});

const FAULTS = path.resolve("test/fixtures/faults-app");
const bumpAction = (name: string, fn: string) =>
  defineConfig({
    rounds: 2,
    clients: 2,
    scenarios: [
      {
        name,
        setup: "faults:makeCounter",
        act: { fn, args: ({ setup }) => ({ counterId: setup.counterId }) },
        invariant: capacity({
          read: { fn: "faults:read", args: ({ setup }) => ({ counterId: setup.counterId }) },
          limit: 100,
        }),
      },
    ],
  });

test("an action that throws after its mutation committed is unknown in both modes: actions are not transactions", async () => {
  const config = bumpAction("bump then throw", "faults:bumpThenThrow");
  const stress = await runRaceCheck({ config, projectDir: FAULTS, seed: 6 });
  const explore = await runExplore({ config, projectDir: FAULTS, seed: 6, budget: 6 });
  for (const r of [stress, explore]) {
    assert.equal(r.verdict, "inconclusive", r.mode);
    assert.match(
      r.scenarios[0].headline,
      /^no operation succeeded: \d+ ended unknown, so nothing was tested \(client \d: .*crashed after bumping/,
      r.mode,
    );
    assert.doesNotMatch(r.scenarios[0].headline, /\n/, r.mode);
    assert.equal(r.scenarios[0].operations?.fail, 0, r.mode);
  }
  assert.deepEqual(
    stress.scenarios[0].sampleRound!.history.map((o) => [o.outcome, o.calls.map((c) => c.outcome)]),
    [
      ["unknown", ["unknown"]],
      ["unknown", ["unknown"]],
    ],
  );
});

test("an action refused before any write: fail in explore (no nested mutation ran), unknown in stress; never OK", async () => {
  const config = bumpAction("signed out", "faults:bumpSignedIn");
  const stress = await runRaceCheck({ config, projectDir: FAULTS, seed: 6 });
  const explore = await runExplore({ config, projectDir: FAULTS, seed: 6, budget: 6 });
  // Stress cannot tell from the reply whether the action wrote first.
  assert.equal(stress.verdict, "inconclusive");
  assert.match(stress.scenarios[0].headline, /^no operation succeeded: .*\(client \d: .*Unauthenticated/);
  // Explore saw it write nothing.
  assert.equal(explore.verdict, "error");
  assert.match(explore.scenarios[0].headline, /^every operation failed: client \d: .*Unauthenticated/);
  for (const r of [stress, explore]) assert.doesNotMatch(r.scenarios[0].headline, /\n/, r.mode);
});

test("a JSON report's interval always contains its rate, exactly 0 and 1 at the ends", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
      const x = Math.round(f * n);
      const [low, high] = wilson(x, n);
      const rate = x / n;
      return low <= rate && rate <= high && (x === 0 ? low === 0 : true) && (x === n ? high === 1 : true);
    }),
  );
  assert.deepEqual(wilson(10, 10)[1], 1);
  const json = JSON.parse(renderJson({ scenarios: [{ interval: wilson(10, 10) }] } as unknown as RunResult)) as {
    scenarios: { interval: number[] }[];
  };
  assert.equal(json.scenarios[0].interval[1], 1);
});

test("verdicts combine through one lattice: race over error over inconclusive over ok; nothing is error", () => {
  assert.equal(joinVerdicts([]), "error");
  assert.equal(joinVerdicts(["ok", "inconclusive"]), "inconclusive");
  assert.equal(joinVerdicts(["ok", "error", "inconclusive"]), "error");
  assert.equal(joinVerdicts(["error", "race", "ok"]), "race");
  assert.equal(joinVerdicts(["ok", "ok"]), "ok");
});
