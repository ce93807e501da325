// One round of many clients, in a process of its own so that its peak memory is its own. Prints
// one JSON line. Usage: node --import tsx bench/thousand.ts [clients]
import { startEmbedded } from "../src/backends/embedded/index.ts";
import { runScenario } from "../src/engine/fire/stress.ts";
import { childPids, enrollEveryone, openFileLimit, peakRssMb, ROOT, sampleScenarios } from "./lib.ts";

const clients = Number(process.argv[2] ?? 1000);
const base = (await sampleScenarios()).get("Session Capacity (atomic)")!;
const backend = await startEmbedded({ projectDir: ROOT });
const [backendPid] = await childPids("embedded");
try {
  const result = await runScenario({ backend, scenario: enrollEveryone(base, clients, 1), seed: 1 });
  const ops = result.sampleRound?.history ?? [];
  // A client-side error: the request did not come back with an answer from the function
  // (connection refused or reset, out of file descriptors, timeout).
  const errors = ops.filter(
    (o) => o.outcome === "unknown" || (o.outcome === "fail" && !/Session is full/.test(o.error ?? "")),
  );
  const out = {
    clients,
    verdict: result.verdict,
    error: result.error,
    operations: ops.length,
    succeeded: ops.filter((o) => o.outcome === "ok").length,
    clientErrors: errors.length + (result.error ? 1 : 0),
    firstErrors: [...new Set(errors.map((o) => o.error))].slice(0, 3),
    fireSpreadMs: result.roundDetails[0]?.fireSpreadMs,
    roundMs: result.roundDetails[0]?.durationMs,
    runnerPeakRssMb: await peakRssMb("self"),
    backendPeakRssMb: backendPid ? await peakRssMb(backendPid) : undefined,
    openFileLimit: await openFileLimit(),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} finally {
  await backend.stop();
}
