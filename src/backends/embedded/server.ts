/**
 * Child-process entry of the embedded backend: the project's Convex functions, run by
 * convex-test, behind the Convex HTTP API on a loopback port.
 *
 * Contract with the launcher: env RACE_CHECK_FUNCTIONS_DIR and RACE_CHECK_ADMIN_KEY in; one JSON
 * line `{"ready":true,"port":N,"instanceName":...}` on stdout once listening; exits on SIGTERM,
 * SIGINT or when its parent goes away.
 */
import { randomBytes } from "node:crypto";
import { convexTest } from "convex-test";
import { buildModuleMap } from "./modules.js";
import { loadComponents, registerComponents } from "./components.js";
import { createHttpApi, type TestBackend } from "./http-api.js";
import { createHttp1Server } from "./http1.js";
import { VirtualClock } from "./scheduled-timers.js";
import { roundTrip, setScheduler } from "./scheduling.js";

/**
 * How long an armed fire waits for all its requests before running those that came: some users
 * may never send (their flow ended first). Counted from arming, so it allows for the time every
 * user takes to get its request to the gate.
 */
const holdFor = (expected: number) => 100 + expected;

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
  // Convex's transaction limits on (16,000 documents written, 1 MiB documents, ...): code that
  // breaks them must fail here as it would in production.
  const components = await loadComponents(functionsDir);
  const fresh = () => {
    const t = convexTest({ schema: schema as never, modules, transactionLimits: true });
    registerComponents(t, components);
    return t as unknown as TestBackend;
  };
  let backend = fresh();
  const clock = new VirtualClock();
  clock.install();

  const arrivals: number[] = [];
  // An armed fire: its requests are stamped as they arrive but run only once all of them are in.
  // Running the first ones straight away would keep this single thread busy with their functions
  // while later sockets wait to be read, and the stamps would measure our own work, not the fire.
  let fire: { expected: number; held: (() => void)[]; timer?: NodeJS.Timeout } | undefined;
  const release = () => {
    const f = fire;
    fire = undefined;
    if (!f) return;
    clearTimeout(f.timer);
    for (const run of f.held) run();
  };
  const instanceName = `embedded-${randomBytes(4).toString("hex")}`;
  const api = createHttpApi({
    backend: () => backend,
    modules,
    adminKey,
    instanceName,
    admin: {
      arrivals: (armNext) => {
        release();
        // The fallback timer is set now, not when the first request comes: setting it then cost
        // that request's successors about a tenth of a millisecond each fire.
        if (armNext !== undefined) fire = { expected: armNext, held: [], timer: setTimeout(release, holdFor(armNext)) };
        return arrivals.splice(0, arrivals.length);
      },
      clock: (advanceTo) => {
        if (advanceTo !== undefined) clock.advanceTo(advanceTo);
        return clock.now();
      },
      // A new instance: its own documents, id counter and transaction lock. Scheduled work of the
      // old one that has not run is dropped with it; a call still running there (past its
      // op-timeout) holds only the old lock, as a real deployment's time limit would end it.
      reset: () => {
        clock.clear();
        backend = fresh();
      },
    },
  });

  const server = createHttp1Server((req, res) => {
    const run = () => void api(req, res, req.body);
    if (!req.url.startsWith("/api/")) return run();
    arrivals.push(performance.timeOrigin + req.arrivedAt);
    if (fire) {
      fire.held.push(run);
      if (fire.held.length >= fire.expected) release();
      return;
    }
    // Outside a fire, still let the sockets already readable be stamped before any work runs.
    setImmediate(run);
  });
  const port = Number(process.env.RACE_CHECK_PORT ?? 0);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A round of 1000 clients connects at once: a short accept queue would drop SYNs and stall
    // the warm-up by a retransmit second.
    server.listen({ port, host: "127.0.0.1", backlog: 4096 }, resolve);
  });
  // Out of file descriptors (more clients than `ulimit -n` allows) is the clients' problem to
  // report, not a reason to die: the connection that did not fit is refused, the rest are served.
  let warned = false;
  server.on("error", (e: NodeJS.ErrnoException) => {
    if (warned) return;
    warned = true;
    process.stderr.write(`embedded backend: cannot accept a connection (${e.code ?? e.message}); raise ulimit -n\n`);
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");

  // Nothing to flush or persist: open keep-alive connections must not delay the exit.
  const stop = () => process.exit(0);
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
