/**
 * Child-process entry of the embedded backend: the project's Convex functions, run by
 * convex-test, behind the Convex HTTP API on a loopback port, and its HTTP actions
 * (`convex/http.ts`) on a second port, as the local backend serves its site proxy.
 *
 * Contract with the launcher: env RACE_CHECK_FUNCTIONS_DIR, RACE_CHECK_ADMIN_KEY and
 * RACE_CHECK_DEPLOYMENT_ENV (JSON: the deployment's environment variables) in; one JSON line
 * `{"ready":true,"port":N,"sitePort":M,"instanceName":...}` on stdout once serving; exits on
 * SIGTERM, SIGINT or when its parent goes away.
 */
import type net from "node:net";
import { randomBytes } from "node:crypto";
import { EmbeddedFunctions, replaceEnv } from "./deployment.js";
import { createHttpApi, httpActionIdentity, type TestBackend } from "./http-api.js";
import { createHttp1Server, type Http1Request, type Http1Response } from "./http1.js";
import { ConsoleCapture } from "./console-capture.js";
import { VirtualClock } from "./scheduled-timers.js";
import { roundTrip, setScheduler } from "./scheduling.js";
import { setTimeLimit } from "./modules.js";

/**
 * How long an armed fire waits for all its requests before running those that came: some users
 * may never send (their flow ended first). Counted from arming, so it allows for the time every
 * user takes to get its request to the gate.
 */
const holdFor = (expected: number) => 100 + expected;

/**
 * How long past the op timeout a query or mutation is ended: its client, which gave up at the op
 * timeout, has counted it unknown by then, as it would on a deployment whose time limit ended it.
 */
const CLIENT_FIRST_MS = 250;

async function main(): Promise<void> {
  const functionsDir = process.env.RACE_CHECK_FUNCTIONS_DIR;
  const adminKey = process.env.RACE_CHECK_ADMIN_KEY;
  if (!functionsDir || !adminKey) throw new Error("RACE_CHECK_FUNCTIONS_DIR and RACE_CHECK_ADMIN_KEY are required");
  const deploymentEnv = JSON.parse(process.env.RACE_CHECK_DEPLOYMENT_ENV ?? "{}") as Record<string, string>;
  const latency = process.env.RACE_CHECK_CALL_LATENCY_MS;
  const ports = [Number(process.env.RACE_CHECK_PORT ?? 0), Number(process.env.RACE_CHECK_SITE_PORT ?? 0)];
  if (latency !== undefined) setScheduler(roundTrip(Number(latency)));

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
  // Requests are served once the deployment is loaded; the ports are open before that, because
  // the deployment's own URLs (CONVEX_CLOUD_URL, CONVEX_SITE_URL) must be in its environment
  // before any of its modules loads.
  const serve: {
    api?: ReturnType<typeof createHttpApi>;
    site?: (req: Http1Request, res: Http1Response) => void;
  } = {};
  let loaded!: () => void;
  const ready = new Promise<void>((resolve) => (loaded = resolve));
  const front = (handle: (req: Http1Request, res: Http1Response) => void, stamped: (req: Http1Request) => boolean) =>
    createHttp1Server((req, res) => {
      const run = () => void ready.then(() => handle(req, res));
      if (!stamped(req)) return run();
      arrivals.push(performance.timeOrigin + req.arrivedAt);
      if (fire) {
        fire.held.push(run);
        if (fire.held.length >= fire.expected) release();
        return;
      }
      // Outside a fire, still let the sockets already readable be stamped before any work runs.
      setImmediate(run);
    });
  const api = front(
    (req, res) => void serve.api!(req, res, req.body),
    (req) => req.url.startsWith("/api/"),
  );
  const site = front(
    (req, res) => serve.site!(req, res),
    () => true,
  );
  const [port, sitePort] = [await listen(api, ports[0]), await listen(site, ports[1])];
  const cloudUrl = `http://127.0.0.1:${port}`;
  const siteUrl = `http://127.0.0.1:${sitePort}`;

  // The functions see exactly the deployment's environment, as on Convex: nothing of this machine,
  // of the CI job or of race-check.
  replaceEnv(deploymentEnv, { cloud: cloudUrl, site: siteUrl });

  const functions = await EmbeddedFunctions.load(functionsDir);
  const fresh = () => functions.fresh() as TestBackend;
  let backend = fresh();
  const clock = new VirtualClock();
  clock.install();
  // From here on only the functions log to the console: kept for the report, never printed.
  const logs = new ConsoleCapture().install({ tee: true });

  const instanceName = `embedded-${randomBytes(4).toString("hex")}`;
  Object.assign(serve, {
    api: createHttpApi({
      backend: () => backend,
      functions,
      adminKey,
      instanceName,
      admin: {
        arrivals: (armNext) => {
          release();
          // The fallback timer is set now, not when the first request comes: setting it then cost
          // that request's successors about a tenth of a millisecond each fire.
          if (armNext !== undefined)
            fire = { expected: armNext, held: [], timer: setTimeout(release, holdFor(armNext)) };
          return arrivals.splice(0, arrivals.length);
        },
        held: () => arrivals.length,
        clock: (advanceTo) => {
          if (advanceTo !== undefined) clock.advanceTo(advanceTo);
          return clock.now();
        },
        // A new instance: its own documents, id counter and transaction lock. Scheduled work of the
        // old one that has not run is dropped with it. Within an instance, a query or mutation
        // past the time limit (the trial's op timeout, and a moment more so the client's own
        // timeout speaks first) is ended, so a hung call cannot hold the lock against the calls
        // after it: the invariant read among them (see modules.ts).
        reset: (timeLimitMs) => {
          clock.clear();
          setTimeLimit(timeLimitMs === undefined ? undefined : timeLimitMs + CLIENT_FIRST_MS);
          backend = fresh();
        },
        logs: () => logs.take(),
        scheduled: async () => {
          // Running work has a moment to finish; past it, it is still running (scheduled work of
          // components included: convex-test runs them all through one scheduler).
          const running = await Promise.race([
            backend.finishInProgressScheduledFunctions().then(() => false),
            new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 25)),
          ]);
          return { now: clock.now(), pending: clock.pending(), running };
        },
      },
    }),
    // The site: every path is the app's router's (convex-test's fetch runs `convex/http.ts`).
    site: (req: Http1Request, res: Http1Response) => void serveHttpAction(backend, req, res, Buffer.from(adminKey)),
  });
  loaded();

  // Nothing to flush or persist: open keep-alive connections must not delay the exit.
  const stop = () => process.exit(0);
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // An orphaned backend would keep a port and memory forever: leave when the parent does.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 500).unref();

  process.stdout.write(`${JSON.stringify({ ready: true, port, sitePort, instanceName })}\n`);
}

async function listen(server: net.Server, port: number): Promise<number> {
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
  return address.port;
}

async function serveHttpAction(
  backend: TestBackend,
  req: Http1Request,
  res: Http1Response,
  adminKey: Buffer,
): Promise<void> {
  let response: Response;
  try {
    const method = req.method.toUpperCase();
    const identity = httpActionIdentity(req.headers.authorization, adminKey);
    response = await (identity ? backend.withIdentity(identity) : backend).fetch(req.url, {
      method,
      headers: req.headers,
      ...(method !== "GET" && method !== "HEAD" && { body: new Uint8Array(req.body) }),
    });
  } catch (e) {
    // The real backend answers an HTTP action that threw with a 500 and the error text.
    response = new Response(e instanceof Error ? e.message : String(e), { status: 500 });
  }
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | number> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  headers["content-length"] = body.length;
  res.writeHead(response.status, headers);
  res.end(body);
}

main().catch((e: unknown) => {
  process.stderr.write(`embedded backend failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
