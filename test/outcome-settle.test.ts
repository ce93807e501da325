// The outcome policy and the settle step, in-process: what each reply form means for a call (and
// through the real client and transport, a connection reset), which errors prove nothing took
// effect, and a settle step that cannot see the deployment quiet never lets a trial be OK.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { ConvexHttpClient } from "convex/browser";
import { getFunctionName, makeFunctionReference, type FunctionReference } from "convex/server";
import { callOutcome, errorRollsBack, undecidedCount, type FunctionKind } from "../src/engine/outcome.ts";
import { callFunction } from "../src/backends/admin.ts";
import { UserClient } from "../src/engine/fire/client.ts";
import { settle, type SettleOptions } from "../src/engine/settle.ts";
import {
  COMPONENTS_FUNCTION,
  SCHEDULED_JOBS_FUNCTION,
  systemScheduledJobs,
  type ScheduledJob,
  type ScheduledJobs,
} from "../src/backends/scheduled-jobs.ts";
import { runTrial, type TrialDriver } from "../src/engine/trial.ts";
import { TrialLog } from "../src/engine/summary.ts";
import type { ResolvedScenario } from "../src/config/scenario.ts";
import type { Call, Operation, Outcome } from "../src/model.ts";

const SUCCESS = JSON.stringify({ status: "success", value: 1, logLines: [] });
const ERROR = JSON.stringify({ status: "error", errorMessage: "Uncaught Error: boom", errorData: { code: 1 } });
const UNREADABLE = "<html>Bad Gateway</html>";

/** status, body, and the call's outcome for a transactional function (query, mutation) and an action. */
const REPLIES: [name: string, status: number, body: string, mutation: Outcome, action: Outcome][] = [
  ["200 success", 200, SUCCESS, "ok", "ok"],
  ["200 error", 200, ERROR, "fail", "unknown"],
  ["200 unreadable", 200, UNREADABLE, "unknown", "unknown"],
  ["200 without a status", 200, JSON.stringify({ value: 1 }), "unknown", "unknown"],
  ["560 success", 560, SUCCESS, "ok", "ok"],
  ["560 error", 560, ERROR, "fail", "unknown"],
  ["560 unreadable", 560, UNREADABLE, "unknown", "unknown"],
  ["301", 301, "", "fail", "fail"],
  ["302", 302, "", "fail", "fail"],
  ["307", 307, "", "fail", "fail"],
  ["400", 400, JSON.stringify({ code: "BadJsonBody", message: "no" }), "fail", "fail"],
  ["401", 401, JSON.stringify({ code: "Unauthenticated", message: "no" }), "fail", "fail"],
  ["404", 404, "", "fail", "fail"],
  ["500", 500, JSON.stringify({ code: "InternalServerError", message: "oops" }), "unknown", "unknown"],
  ["502", 502, UNREADABLE, "unknown", "unknown"],
  ["503", 503, "", "unknown", "unknown"],
];

test("callOutcome: each reply form maps as the outcome policy says", () => {
  for (const [name, status, body, mutation, action] of REPLIES) {
    assert.equal(callOutcome(status, body), mutation, `${name} (query or mutation)`);
    assert.equal(callOutcome(status, body, true), mutation, `${name} (query or mutation)`);
    assert.equal(callOutcome(status, body, false), action, `${name} (action)`);
  }
});

test("errorRollsBack: an error proves nothing took effect only for a transaction or a call refused", () => {
  const kinds = new Map<string, FunctionKind>([
    ["m:mut", "mutation"],
    ["m:q", "query"],
    ["m:act", "action"],
  ]);
  const cases: [endpoint: string, path: string, kinds: ReadonlyMap<string, FunctionKind> | undefined, want: boolean][] =
    [
      ["mutation", "m:mut", kinds, true],
      ["query", "m:q", kinds, true],
      ["function", "m:mut", kinds, true],
      ["function", "m:act", kinds, false],
      ["action", "m:act", kinds, false],
      ["run/m/act", "m:act", kinds, false],
      // The deployment refuses a call of the wrong kind before it runs anything.
      ["action", "m:mut", kinds, true],
      ["mutation", "m:act", kinds, true],
      // Not on the deployment: not found, nothing ran.
      ["function", "m:nothing", kinds, true],
      // No list read: the endpoint tells, or nobody does.
      ["mutation", "m:mut", undefined, true],
      ["action", "m:act", undefined, false],
      ["function", "m:mut", undefined, false],
    ];
  for (const [endpoint, path, k, want] of cases) {
    assert.equal(errorRollsBack(endpoint, path, k), want, `${endpoint} ${path} ${k ? "listed" : "no list"}`);
  }
});

// A deployment answering each call as the row named in its args says; "reset" drops the connection.
let server: http.Server;
let url: string;

before(async () => {
  const rows = new Map(REPLIES.map(([name, status, body]) => [name, { status, body }]));
  server = http.createServer((req, res) => {
    if (req.url === "/version") return void res.end("fake");
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || "{}") as { args?: unknown };
      const args = (Array.isArray(body.args) ? body.args[0] : body.args) as { row?: string } | undefined;
      const row = rows.get(args?.row ?? "");
      if (!row) return void req.socket.destroy();
      const location = row.status >= 300 && row.status < 400 ? { location: "http://127.0.0.1:1/elsewhere" } : {};
      res.writeHead(row.status, { "content-type": "application/json", ...location });
      res.end(row.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

after(() => server?.close());

/** One call through the real client and transport, as it was recorded. */
async function callThrough(
  how: "mutation" | "action" | "function",
  path: string,
  row: string,
  kinds?: ReadonlyMap<string, FunctionKind>,
): Promise<Call> {
  const user = new UserClient(url);
  try {
    user.begin(performance.now(), { kinds });
    const work =
      how === "mutation"
        ? user.convex.mutation(makeFunctionReference<"mutation">(path), { row })
        : how === "action"
          ? user.convex.action(makeFunctionReference<"action">(path), { row })
          : callFunction(user.convex, path, { row });
    await work.catch(() => undefined);
    assert.equal(user.calls.length, 1);
    return user.calls[0];
  } finally {
    user.close();
  }
}

test("through the client: each reply of a mutation and of an action, and a connection reset, as the policy says", async () => {
  const actions = new Map<string, FunctionKind>([["cases:act", "action"]]);
  const mutations = new Map<string, FunctionKind>([["cases:mut", "mutation"]]);
  for (const [name, , , mutation, action] of REPLIES) {
    assert.equal((await callThrough("mutation", "cases:mut", name)).outcome, mutation, `${name}, /api/mutation`);
    assert.equal((await callThrough("action", "cases:act", name)).outcome, action, `${name}, /api/action`);
    // /api/function does not say the kind: the deployment's list does; without it, an error is unknown.
    assert.equal((await callThrough("function", "cases:act", name, actions)).outcome, action, `${name}, listed action`);
    assert.equal((await callThrough("function", "cases:mut", name, mutations)).outcome, mutation, `${name}, listed`);
    assert.equal((await callThrough("function", "cases:mut", name)).outcome, action, `${name}, kind untold`);
  }
  // An action's error reply: unknown, but the action has finished (nothing of it lands later);
  // a 5xx or an unreadable reply says nothing of the sort.
  assert.equal((await callThrough("action", "cases:act", "200 error")).ended, true);
  assert.equal((await callThrough("action", "cases:act", "560 error")).ended, true);
  for (const open of ["200 unreadable", "502", "503"]) {
    assert.equal((await callThrough("action", "cases:act", open)).ended, undefined, open);
  }
  // A reset: no reply at all, whatever the kind, and its fate stays open.
  for (const how of ["mutation", "action"] as const) {
    const reset = await callThrough(how, `cases:${how === "mutation" ? "mut" : "act"}`, "reset");
    assert.equal(reset.outcome, "unknown", how);
    assert.equal(reset.ended, undefined, how);
  }
});

test("undecidedCount: only what may still land after the check looks holds a state check back", () => {
  const call = (outcome: Outcome, ended?: true): Call => ({
    path: "m:f",
    endpoint: "action",
    start: 0,
    end: 1,
    outcome,
    ...(ended && { ended }),
  });
  const op = (outcome: Outcome, calls: Call[], ended?: true) => ({ outcome, calls, ...(ended && { ended }) });
  const cases: [name: string, history: ReturnType<typeof op>[], undecided: number][] = [
    ["ok", [op("ok", [call("ok")])], 0],
    ["fail", [op("fail", [call("fail")])], 0],
    ["timed out (not ended)", [op("unknown", [call("unknown")])], 1],
    ["timed out while its calls were done", [op("unknown", [call("ok")])], 1],
    ["an action's error, ended", [op("unknown", [call("unknown", true)], true)], 0],
    ["crashed after a write, ended", [op("unknown", [call("ok")], true)], 0],
    ["threw with a reset call", [op("unknown", [call("unknown")], true)], 1],
    ["returned, swallowing a reset", [op("ok", [call("unknown"), call("ok")])], 1],
    ["returned, swallowing an action's error", [op("ok", [call("unknown", true), call("ok")])], 0],
  ];
  for (const [name, history, undecided] of cases) assert.equal(undecidedCount(history), undecided, name);
});

// ---- settle -------------------------------------------------------------------------------------

const OPTS: SettleOptions = { horizonMs: 1_000, timeoutMs: 300, readTimeoutMs: 40, pollMs: 5 };

function jobs(list: () => Promise<ScheduledJob[]>): ScheduledJobs {
  return { list, now: async () => Date.now(), pollMs: 5 };
}

const RUNNING: ScheduledJob = { path: "work:step", state: "inProgress", dueAt: Date.now() };

/** Each way settle cannot see the deployment quiet, and the reason it gives. */
const NOT_QUIET: [name: string, reader: ScheduledJobs, opts: SettleOptions, reason: RegExp][] = [
  [
    "the list read throws",
    jobs(async () => {
      throw new Error("[Request ID: 1] Server Error");
    }),
    OPTS,
    /scheduled work could not be read: .*Server Error/,
  ],
  [
    "the list read hangs past its read timeout",
    jobs(() => new Promise<never>(() => {})),
    OPTS,
    /scheduled work could not be read: no answer within 40 ms/,
  ],
  [
    "the clock read throws",
    { list: async () => [], now: async () => Promise.reject(new Error("clock gone")) },
    OPTS,
    /could not be read: clock gone/,
  ],
  [
    "work is always running",
    jobs(async () => [RUNNING]),
    { ...OPTS, timeoutMs: 60 },
    /scheduled work still running after \d+ s \(settle timeout\)/,
  ],
];

test("settle: a read that throws, hangs, or never sees the deployment quiet is not quiet, with a reason", async () => {
  for (const [name, reader, opts, reason] of NOT_QUIET) {
    const began = performance.now();
    const r = await settle(reader, opts);
    assert.equal(r.quiet, false, name);
    assert.match(r.reason ?? "", reason, name);
    assert.ok(performance.now() - began < 2_000, `${name}: bounded`);
  }
  // The control: a deployment with nothing due is quiet.
  assert.equal(
    (
      await settle(
        jobs(async () => []),
        OPTS,
      )
    ).quiet,
    true,
  );
});

const OK_OP: Operation = {
  client: 0,
  start: 0,
  end: 1,
  outcome: "ok",
  value: null,
  calls: [{ path: "m:mut", endpoint: "mutation", start: 0, end: 1, outcome: "ok" }],
};

const SCENARIO: ResolvedScenario = {
  name: "settle fails",
  clients: 1,
  rounds: 2,
  delayBetweenRounds: 0,
  opTimeout: 1_000,
  settleMs: 1_000,
  act: { kind: "call", path: "m:mut", args: () => ({}) },
  invariant: { kind: "custom", check: () => ({ ok: true, message: "holds" }) },
  functions: ["m:mut"],
};

test("through the trial: a settle step that fails makes the trial unknown and the scenario inconclusive, never OK", async () => {
  for (const [name, reader, opts, reason] of NOT_QUIET) {
    const driver: TrialDriver = {
      admin: {},
      operate: async () => [structuredClone(OK_OP)],
      settle: () => settle(reader, opts),
    };
    const log = new TrialLog(SCENARIO.functions);
    for (let round = 0; round < SCENARIO.rounds; round++) {
      const trial = await runTrial(SCENARIO, driver);
      assert.equal(trial.verdict, "unknown", name);
      assert.match(trial.message, reason, name);
      log.add(trial);
    }
    const summary = log.summary("stress", SCENARIO.name, 1, { durationMs: 0 });
    assert.equal(summary.verdict, "inconclusive", name);
    assert.match(summary.headline, /^2\/2 trials undecided, no violation seen: holds; /, name);
  }
});

// ---- the components' scheduled work -------------------------------------------------------------

/** An admin client whose components listing answers as `components` says. */
function fakeAdmin(components: () => Promise<unknown>): ConvexHttpClient {
  const page = (componentId: string | null) => ({
    page: [{ udfPath: componentId ? "pool:run" : "root:work", state: { type: "pending" }, nextTs: 1_000_000_000 }],
    isDone: true,
    continueCursor: "",
  });
  return {
    query: async (ref: FunctionReference<"query">, args: { componentId?: string | null }) => {
      const name = getFunctionName(ref);
      if (name === COMPONENTS_FUNCTION) return await components();
      if (name === SCHEDULED_JOBS_FUNCTION) return page(args.componentId ?? null);
      throw new Error(`unexpected ${name}`);
    },
  } as unknown as ConvexHttpClient;
}

test("components: only a deployment without the listing has none; any other error is not quiet", async () => {
  const listed = systemScheduledJobs(
    fakeAdmin(async () => [
      { id: "", path: "" },
      { id: "c1", path: "workpool" },
    ]),
  );
  assert.deepEqual(
    (await listed.list()).map((j) => j.path),
    ["root:work", "workpool/pool:run"],
  );
  // An older backend without the system function: the root's work alone. The real backend words
  // it as its module lookup does; the embedded one as for any unknown function.
  for (const notFound of [
    `Couldn't find system module '"frontend/components.js"'.`,
    `Couldn't find "list" in module "_system/frontend/components.js".`,
    `[Request ID: 2] Server Error\nCould not find public function for '_system/frontend/components:list'.`,
    `Could not find function for '_system/frontend/components:list'. Did you forget to run \`npx convex dev\`?`,
  ]) {
    const older = systemScheduledJobs(fakeAdmin(() => Promise.reject(new Error(notFound))));
    assert.deepEqual(
      (await older.list()).map((j) => j.path),
      ["root:work"],
      notFound,
    );
  }
  // Anything else (a server error, a reset, a refused key) propagates: the components' work is
  // unseen, so settle does not call the deployment quiet.
  for (const failure of ["[Request ID: 3] Server Error", "fetch failed", "Unauthenticated: bad admin key"]) {
    const broken = systemScheduledJobs(fakeAdmin(() => Promise.reject(new Error(failure))));
    await assert.rejects(broken.list(), new RegExp(failure.replace(/[[\]]/g, "\\$&")));
    const settled = await settle(broken, OPTS);
    assert.equal(settled.quiet, false, failure);
    assert.match(settled.reason ?? "", /scheduled work could not be read/);
  }
});
