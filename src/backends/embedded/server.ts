/**
 * Child-process entry of the embedded backend: the project's Convex functions, run by
 * convex-test, behind the Convex HTTP API on a loopback port.
 *
 * Contract with the launcher: env RACE_CHECK_FUNCTIONS_DIR and RACE_CHECK_ADMIN_KEY in; one JSON
 * line `{"ready":true,"port":N,"instanceName":...}` on stdout once listening; exits on SIGTERM,
 * SIGINT or when its parent goes away.
 */
import http from "node:http";
import { randomBytes } from "node:crypto";
import { convexTest } from "convex-test";
import { buildModuleMap } from "./modules.js";
import { createHttpApi, type TestBackend } from "./http-api.js";
import { roundTrip, setScheduler } from "./scheduling.js";

async function main(): Promise<void> {
  const functionsDir = process.env.RACE_CHECK_FUNCTIONS_DIR;
  const adminKey = process.env.RACE_CHECK_ADMIN_KEY;
  if (!functionsDir || !adminKey) throw new Error("RACE_CHECK_FUNCTIONS_DIR and RACE_CHECK_ADMIN_KEY are required");
  // Never let the key reach a child of ours or a stack dump.
  delete process.env.RACE_CHECK_ADMIN_KEY;

  const latency = process.env.RACE_CHECK_CALL_LATENCY_MS;
  if (latency !== undefined) setScheduler(roundTrip(Number(latency)));
  const modules = await buildModuleMap(functionsDir);
  const schemaKey = Object.keys(modules).find((k) => /^\.\/convex\/schema\.[^/]+$/.test(k));
  const schema = schemaKey ? (await modules[schemaKey]()).default : undefined;
  const backend = convexTest(schema as never, modules) as unknown as TestBackend;

  const arrivals: number[] = [];
  const instanceName = `embedded-${randomBytes(4).toString("hex")}`;
  const api = createHttpApi({
    backend,
    modules,
    adminKey,
    instanceName,
    drainArrivals: () => arrivals.splice(0, arrivals.length),
  });

  const server = http.createServer({ keepAlive: true, noDelay: true }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      // Stamp first and defer the work: running earlier requests' functions here would delay the
      // stamps of later ones and blur the measured fire spread.
      if (req.url?.startsWith("/api/")) arrivals.push(performance.timeOrigin + performance.now());
      const body = Buffer.concat(chunks);
      setImmediate(() => void api(req, res, body));
    });
  });
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  const port = Number(process.env.RACE_CHECK_PORT ?? 0);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");

  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // An orphaned backend would keep a port and memory forever: leave when the parent does.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 500).unref();

  process.stdout.write(`${JSON.stringify({ ready: true, port: address.port, instanceName })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`embedded backend failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
