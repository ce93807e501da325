// The embedded backend must answer the real ConvexHttpClient exactly as a Convex deployment does.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ConvexHttpClient } from "convex/browser";
import { ConvexError } from "convex/values";
import { makeFunctionReference } from "convex/server";
import { startEmbedded } from "../src/backends/embedded/index.ts";
import type { RunningBackend } from "../src/backends/types.ts";

let backend: RunningBackend;
let admin: ConvexHttpClient;
let user: ConvexHttpClient;
const q = (p: string) => makeFunctionReference<"query">(p);
const m = (p: string) => makeFunctionReference<"mutation">(p);
const a = (p: string) => makeFunctionReference<"action">(p);

before(async () => {
  backend = await startEmbedded({ projectDir: process.cwd() });
  admin = new ConvexHttpClient(backend.url);
  (admin as unknown as { setAdminAuth: (k: string) => void }).setAdminAuth(backend.adminKey);
  user = new ConvexHttpClient(backend.url);
});
after(async () => backend.stop());

async function newSession(capacity: number): Promise<string> {
  const made = (await admin.mutation(m("testing:createSession"), { capacity })) as { sessionId: string };
  return made.sessionId;
}

test("serves the readiness endpoint", async () => {
  const res = await fetch(`${backend.url}/instance_name`);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /^embedded-/);
});

test("query, mutation and action through the real client", async () => {
  const sessionId = await newSession(2);
  assert.equal(await user.query(q("ledgerItems:spotsLeft"), { sessionId }), 2);
  const id = await user.mutation(m("ledgerItems:addToLedgerAtomic"), { sessionId, userId: "u1" });
  assert.equal(typeof id, "string");
  await user.action(a("ledgerItems:addToLedger"), { sessionId, userId: "u2" });
  assert.equal(await user.query(q("ledgerItems:spotsLeft"), { sessionId }), 0);
});

test("a function error is HTTP 200 with the open-source backend's error shape, and ConvexError data survives", async () => {
  const sessionId = await newSession(0);
  const res = await fetch(`${backend.url}/api/mutation`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      path: "ledgerItems:addToLedgerAtomic",
      args: { sessionId, userId: "u" },
      format: "convex_encoded_json",
    }),
  });
  // crates/local_backend/src/public_api.rs: every handler ends in Ok(Json(response)); logLines
  // is left out when empty (skip_serializing_if = "RedactedLogLines::is_empty").
  assert.equal(res.status, 200);
  const body = (await res.json()) as Record<string, unknown>;
  assert.deepEqual(Object.keys(body).sort(), ["errorData", "errorMessage", "status"]);
  assert.equal(body.status, "error");
  assert.equal(body.errorData, "Session is full");
  assert.match(String(body.errorMessage), /^Uncaught ConvexError: /);
  await assert.rejects(
    user.mutation(m("ledgerItems:addToLedgerAtomic"), { sessionId, userId: "u" }),
    (e: unknown) => e instanceof ConvexError && e.data === "Session is full",
  );
});

test("internal functions are refused without the admin key and accepted with it", async () => {
  const sessionId = await newSession(3);
  await assert.rejects(
    user.query(q("testing:countEnrollments"), { sessionId }),
    /Could not find public function for 'testing:countEnrollments'/,
  );
  const wrongKey = new ConvexHttpClient(backend.url);
  (wrongKey as unknown as { setAdminAuth: (k: string) => void }).setAdminAuth(`${backend.adminKey.slice(0, -1)}x`);
  // authentication.rs / application_auth.rs: a wrong admin key is 401 BadAdminKey, before anything runs.
  await assert.rejects(
    wrongKey.query(q("testing:countEnrollments"), { sessionId }),
    /BadAdminKey|invalid for this instance/,
  );
  assert.equal(await admin.query(q("testing:countEnrollments"), { sessionId }), 0);
});

test("/api/function runs any kind; the typed endpoints refuse the wrong kind", async () => {
  const sessionId = await newSession(1);
  const callAny = (admin as unknown as { function: (p: string, c: undefined, a: unknown) => Promise<unknown> })
    .function;
  assert.equal(await callAny.call(admin, "testing:countEnrollments", undefined, { sessionId }), 0);
  await assert.rejects(user.query(q("ledgerItems:addToLedger"), { sessionId, userId: "u" }), /defined as Action/);
});

test("/api/run/{module}/{function} and old-style array args", async () => {
  const sessionId = await newSession(4);
  const run = await fetch(`${backend.url}/api/run/ledgerItems/spotsLeft`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ args: { sessionId }, format: "json" }),
  });
  assert.deepEqual(await run.json(), { status: "success", value: 4 });
  const legacy = await fetch(`${backend.url}/api/query`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ path: "ledgerItems:spotsLeft", args: [{ sessionId }], format: "convex_encoded_json" }),
  });
  assert.equal(((await legacy.json()) as { value: number }).value, 4);
});

test("unknown functions and malformed bodies get clear errors", async () => {
  await assert.rejects(user.query(q("nope:missing"), {}), /Could not find public function for 'nope:missing'/);
  const bad = await fetch(`${backend.url}/api/query`, { method: "POST", body: "{not json" });
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { code: string }).code, "BadJsonBody");
});
