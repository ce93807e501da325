// The embedded backend's own HTTP/1.1 front on the wire, its arrival stamps and armed fires, and the
// fire spread every report carries (server stamps, or the client's sends where there are none).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import { startEmbedded } from "../src/backends/embedded/index.ts";
import type { RunningBackend } from "../src/backends/types.ts";
import { checkOpenFileLimit } from "../src/engine/fire/gate.ts";
import { runScenario } from "../src/engine/fire/stress.ts";
import { prepareRun } from "../src/run.ts";
import type { ResolvedScenario } from "../src/config/scenario.ts";
import type { RunResult, ScenarioResult } from "../src/engine/result.ts";
import { renderText } from "../src/report/text.ts";
import { renderMarkdown } from "../src/report/markdown.ts";
import { renderJson } from "../src/report/json.ts";
import { ConfigError } from "../src/errors.ts";

let backend: RunningBackend;
let atomic: ResolvedScenario;

before(async () => {
  backend = await startEmbedded({ projectDir: process.cwd() });
  const prepared = await prepareRun({ configFile: "race-check.config.ts" });
  atomic = prepared.scenarios.find((s) => s.name === "Session Capacity (atomic)")!;
});
after(async () => backend.stop());

/** Sends raw bytes on one connection and collects what comes back until `done` says enough. */
async function raw(chunks: (string | Buffer)[], done: (text: string) => boolean): Promise<string> {
  const { port } = new URL(backend.url);
  const socket = net.connect(Number(port), "127.0.0.1");
  let text = "";
  const finished = new Promise<string>((resolve, reject) => {
    socket.on("data", (c: Buffer) => {
      text += c.toString("latin1");
      if (done(text)) resolve(text);
    });
    socket.on("close", () => resolve(text));
    socket.on("error", reject);
  });
  for (const c of chunks) {
    socket.write(c);
    await new Promise((r) => setTimeout(r, 5));
  }
  const out = await finished;
  socket.destroy();
  return out;
}

const count = (text: string, what: string) => text.split(what).length - 1;
const post = (path: string, body: string, extra = "") =>
  `POST ${path} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

test("keep-alive: several requests on one connection, each answered in order", async () => {
  const text = await raw(
    [
      "GET /version HTTP/1.1\r\nhost: x\r\n\r\n",
      "GET /instance_name HTTP/1.1\r\nhost: x\r\n\r\n",
      post("/api/query", JSON.stringify({ path: "nope:missing", args: {} })),
    ],
    (t) => count(t, "HTTP/1.1 ") === 3 && t.includes("nope:missing"),
  );
  const statuses = [...text.matchAll(/HTTP\/1\.1 (\d+)/g)].map((m) => m[1]);
  assert.deepEqual(statuses, ["200", "200", "200"]);
  assert.match(text, /race-check-embedded[\s\S]*embedded-[0-9a-f]+/);
  assert.match(text, /connection: keep-alive/);
});

test("pipelined requests in one packet, and a body split across packets", async () => {
  const body = JSON.stringify({ path: "nope:missing", args: {} });
  const one = post("/api/query", body);
  const text = await raw(
    [one + "GET /version HTTP/1.1\r\nhost: x\r\n\r\n" + one.slice(0, 40), one.slice(40, 90), one.slice(90)],
    (t) => count(t, "HTTP/1.1 ") === 3 && count(t, "nope:missing") === 2,
  );
  assert.deepEqual(
    [...text.matchAll(/HTTP\/1\.1 (\d+)/g)].map((m) => m[1]),
    ["200", "200", "200"],
  );
});

test("chunked request bodies are refused cleanly (411) and the connection closed", async () => {
  const text = await raw(
    ["POST /api/query HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"],
    () => false,
  );
  assert.match(text, /^HTTP\/1\.1 411 /);
  assert.match(text, /connection: close/);
  assert.match(text, /content-length/);
});

test("malformed requests get 400; Connection: close and HTTP/1.0 close after the answer", async () => {
  assert.match(await raw(["NOT HTTP\r\n\r\n"], () => false), /^HTTP\/1\.1 400 /);
  const closing = await raw(["GET /version HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"], () => false);
  assert.match(closing, /^HTTP\/1\.1 200 [\s\S]*connection: close[\s\S]*race-check-embedded$/);
  const old = await raw(["GET /version HTTP/1.0\r\n\r\n"], () => false);
  assert.match(old, /^HTTP\/1\.1 200 [\s\S]*race-check-embedded$/);
});

test("expect: 100-continue gets its interim answer before the body is sent", async () => {
  const body = JSON.stringify({ path: "nope:missing", args: {} });
  const text = await raw(
    [
      post("/api/query", "", "expect: 100-continue\r\n").replace("content-length: 0", `content-length: ${body.length}`),
      body,
    ],
    (t) => t.includes("nope:missing"),
  );
  assert.match(text, /^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
});

test("arrivals: only function calls are stamped; an armed fire runs nothing before all its requests are in", async () => {
  await backend.fire!.takeArrivals();
  await fetch(`${backend.url}/version`).then((r) => r.text());
  assert.deepEqual(await backend.fire!.takeArrivals(), []);
  await backend.fire!.arm(2);
  const body = JSON.stringify({ path: "nope:missing", args: {} });
  let answered = false;
  const first = fetch(`${backend.url}/api/query`, { method: "POST", body }).then((r) => {
    answered = true;
    return r.status;
  });
  // The first request is in (stamped) before the second is sent: wait for the server to say so.
  const peek = async () =>
    (
      (await (
        await fetch(`${backend.url}/_race-check/arrivals?peek`, {
          headers: { authorization: `Convex ${backend.adminKey}` },
        })
      ).json()) as { held: number }
    ).held;
  while ((await peek()) < 1) await new Promise((r) => setImmediate(r));
  const sentSecond = performance.timeOrigin + performance.now();
  assert.equal(answered, false, "the first request of an armed fire of 2 ran before the second arrived");
  const second = await fetch(`${backend.url}/api/query`, { method: "POST", body }).then((r) => r.status);
  assert.deepEqual([await first, second], [200, 200]);
  const stamps = (await backend.fire!.takeArrivals())!;
  assert.equal(stamps.length, 2);
  // Stamped on arrival, not when the work ran: the first before the second was even sent.
  assert.ok(stamps[0] <= sentSecond && stamps[1] >= stamps[0], "stamps are taken on arrival, not when the work runs");
});

test("an armed fire whose requests do not all come is released after a short hold", async () => {
  await backend.fire!.arm(5);
  const body = JSON.stringify({ path: "nope:missing", args: {} });
  const status = await fetch(`${backend.url}/api/query`, { method: "POST", body }).then((r) => r.status);
  assert.equal(status, 200);
  assert.equal((await backend.fire!.takeArrivals())!.length, 1);
});

function run(s: ScenarioResult): RunResult {
  return {
    tool: { name: "race-check", version: "0" },
    mode: "stress",
    verdict: s.verdict,
    startedAt: new Date(0).toISOString(),
    durationMs: 1,
    seed: 1,
    backend: { kind: "embedded" },
    config: "race-check.config.ts",
    scenarios: [s],
  } as RunResult;
}

test("every round carries its fire spread from the server's stamps, and every report shows it", async () => {
  const result = await runScenario({ backend, scenario: { ...atomic, rounds: 3 }, seed: 3 });
  assert.equal(result.fireSpread.source, "server");
  assert.equal(result.roundDetails.length, 3);
  for (const r of result.roundDetails) assert.ok(typeof r.fireSpreadMs === "number" && r.fireSpreadMs >= 0);
  assert.ok(result.fireSpread.p50! <= result.fireSpread.max!);
  assert.match(renderText(run(result)), /fire spread p50 \d+\.\d+ ms, max \d+\.\d+ ms \(server arrival stamps\)/);
  const json = JSON.parse(renderJson(run(result))) as RunResult;
  assert.equal(json.scenarios[0].fireSpread.source, "server");
  assert.equal(typeof json.scenarios[0].roundDetails[0].fireSpreadMs, "number");
  assert.doesNotMatch(renderMarkdown(run(result)), /¹/);
});

test("a backend without arrival stamps reports the client-side send spread and says so", async () => {
  const blind = { ...backend, fire: undefined };
  const result = await runScenario({ backend: blind, scenario: { ...atomic, rounds: 2 }, seed: 4 });
  assert.equal(result.fireSpread.source, "client");
  assert.ok(typeof result.fireSpread.p50 === "number");
  assert.match(renderText(run(result)), /\(client-side send times: this backend reports no arrival times\)/);
  assert.match(renderMarkdown(run(result)), /¹ client-side: this backend reports no arrival times/);
});

test("more clients than open files allowed is refused up front, naming the limit", () => {
  assert.throws(
    () => checkOpenFileLimit(1000, 256),
    (e: unknown) => e instanceof ConfigError && /ulimit -n/.test(e.message) && /256/.test(e.message),
  );
  checkOpenFileLimit(1000, 4096);
  checkOpenFileLimit(10, undefined);
});
