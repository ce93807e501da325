// Obtaining convex-local-backend: version API, release zip download, cache, and the offline failure,
// all against a loopback HTTP server standing in for the real hosts.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chmod, readFile, rm, writeFile } from "node:fs/promises";
import { execa } from "execa";
import { zipSync } from "fflate";
import { obtainBinary } from "../src/backends/local/binary.ts";
import { cacheRoot } from "../src/backends/local/cache.ts";
import { assetName, releaseTarget } from "../src/backends/local/platform.ts";
import { PINNED_BACKEND_VERSION } from "../src/backends/local/version.ts";
import { BackendError } from "../src/backends/types.ts";
import { ConfigError } from "../src/errors.ts";
import { FAKE_BACKEND, fakeAdminKey, tempDir } from "./local-helpers.ts";

const LATEST = "precompiled-2026-10-01-abc1234";
const target = releaseTarget();
const requests: string[] = [];
const zips = new Map<string, Uint8Array>();
let server: http.Server;
let base: string;
let work: string;

before(async () => {
  work = await tempDir("binary");
  const fake = await readFile(FAKE_BACKEND);
  const good = zipSync({ "convex-local-backend": fake, "LICENSE.md": new TextEncoder().encode("license") });
  zips.set(PINNED_BACKEND_VERSION, good);
  zips.set(LATEST, good);
  zips.set("precompiled-2026-02-02-corrupt", new TextEncoder().encode("this is not a zip"));
  zips.set("precompiled-2026-03-03-empty", zipSync({ "README.md": new TextEncoder().encode("no binary here") }));
  server = http.createServer((req, res) => {
    requests.push(req.url ?? "");
    // A host that accepts the connection and never answers, as behind a dropping firewall.
    if (req.url?.startsWith("/hang/")) return;
    if (req.url?.startsWith("/stall/")) {
      const zip = zips.get(PINNED_BACKEND_VERSION)!;
      res.setHeader("content-length", zip.byteLength);
      res.write(Buffer.from(zip.subarray(0, 1000)));
      return;
    }
    if (req.url === "/v1/local_backend_version") {
      res.setHeader("content-type", "application/json");
      return res.end(JSON.stringify({ version: LATEST }));
    }
    const m = /^\/download\/([^/]+)\/([^/]+)$/.exec(req.url ?? "");
    const zip = m && m[2] === assetName(target ?? "") ? zips.get(m[1]) : undefined;
    if (!zip) {
      res.statusCode = 404;
      return res.end("Not Found");
    }
    res.setHeader("content-length", zip.byteLength);
    res.end(Buffer.from(zip));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(work, { recursive: true, force: true });
});

function env(cache: string, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    RACE_CHECK_CONVEX_VERSION_URL: `${base}/v1/local_backend_version`,
    RACE_CHECK_CONVEX_DOWNLOAD_BASE: `${base}/download`,
    RACE_CHECK_CACHE_DIR: cache,
    ...overrides,
  };
}

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

test("downloads the pinned release once, then runs it from the cache", { skip: !target }, async () => {
  const cache = path.join(work, "cache-pinned");
  requests.length = 0;
  const first = await obtainBinary({ env: env(cache) });
  assert.equal(first.source, "download");
  assert.equal(first.version, PINNED_BACKEND_VERSION);
  assert.deepEqual(requests, [`/download/${PINNED_BACKEND_VERSION}/${assetName(target!)}`]);
  assert.equal(first.path, path.join(cache, PINNED_BACKEND_VERSION, target!, "convex-local-backend"));
  // The unpacked file is the binary, intact and executable.
  const { stdout } = await execa(first.path, ["keygen", "admin-key", "--instance-name", "n", "--instance-secret", "s"]);
  assert.equal(stdout, fakeAdminKey("n", "s"));

  const second = await obtainBinary({ env: env(cache) });
  assert.equal(second.source, "cache");
  assert.equal(second.path, first.path);
  assert.equal(requests.length, 1, "the second start asked the server again");
});

test('"latest" resolves through the version API and caches under the resolved tag', { skip: !target }, async () => {
  const cache = path.join(work, "cache-latest");
  requests.length = 0;
  const got = await obtainBinary({ version: "latest", env: env(cache) });
  assert.equal(got.version, LATEST);
  assert.equal(got.source, "download");
  assert.deepEqual(requests, ["/v1/local_backend_version", `/download/${LATEST}/${assetName(target!)}`]);
  assert.ok(got.path.includes(path.join(cache, LATEST)));
  // latest is asked again every time (it may have moved), the binary is not downloaded again.
  const again = await obtainBinary({ version: "latest", env: env(cache) });
  assert.equal(again.source, "cache");
  assert.equal(requests.length, 3);
});

test("a release without the asset fails in one line naming the URL and the ways out", { skip: !target }, async () => {
  const tag = "precompiled-2026-04-04-missing";
  const err = (await obtainBinary({ version: tag, env: env(path.join(work, "c404")) }).catch((e) => e)) as Error;
  assert.ok(err instanceof BackendError, String(err));
  assert.ok(!err.message.includes("\n"));
  assert.match(err.message, new RegExp(`downloading ${base}/download/${tag}/\\S+ failed: HTTP 404`));
  assert.match(err.message, /--convex-backend-binary PATH/);
  assert.match(err.message, /--backend embedded/);
});

test("a broken or empty zip is reported and nothing is cached", { skip: !target }, async () => {
  const cache = path.join(work, "cache-broken");
  for (const [tag, why] of [
    ["precompiled-2026-02-02-corrupt", /not a readable zip/],
    ["precompiled-2026-03-03-empty", /the zip holds no convex-local-backend/],
  ] as const) {
    requests.length = 0;
    const err = (await obtainBinary({ version: tag, env: env(cache) }).catch((e) => e)) as Error;
    assert.ok(err instanceof BackendError, String(err));
    assert.match(err.message, why);
    // A second try downloads again: the failure left no cache entry behind.
    await obtainBinary({ version: tag, env: env(cache) }).catch(() => undefined);
    assert.equal(requests.length, 2);
  }
});

test("offline: fails fast, naming what was tried and the ways out", async () => {
  const port = await closedPort();
  const cache = path.join(work, "cache-offline");
  const began = performance.now();
  const err = (await obtainBinary({
    env: env(cache, { RACE_CHECK_CONVEX_DOWNLOAD_BASE: `http://127.0.0.1:${port}/dl` }),
  }).catch((e) => e)) as Error;
  const took = performance.now() - began;
  assert.ok(err instanceof BackendError, String(err));
  assert.ok(!err.message.includes("\n"), err.message);
  assert.match(err.message, /^obtain binary: convex-local-backend \S+ is not cached in /);
  assert.match(
    err.message,
    new RegExp(`downloading http://127\\.0\\.0\\.1:${port}/dl/\\S+ failed: connection refused \\(ECONNREFUSED\\)`),
  );
  assert.match(err.message, /--convex-backend-binary PATH \(action input convex-backend-binary\)/);
  assert.match(err.message, /--backend embedded/);
  assert.ok(took < 5000, `took ${took} ms`);

  const latest = (await obtainBinary({
    version: "latest",
    env: env(cache, { RACE_CHECK_CONVEX_VERSION_URL: `http://127.0.0.1:${port}/v1` }),
  }).catch((e) => e)) as Error;
  assert.ok(latest instanceof BackendError, String(latest));
  assert.match(
    latest.message,
    /could not resolve convex-backend-version "latest" at http:\/\/127\.0\.0\.1:\d+\/v1 \(connection refused \(ECONNREFUSED\)\)/,
  );
  assert.match(latest.message, /--backend embedded/);
});

test("a host that never answers, or stops sending, is given up on after the limit", { skip: !target }, async () => {
  const limits = { versionApiMs: 400, connectMs: 400, stallMs: 400 };
  const cache = path.join(work, "cache-slow");
  for (const [route, why] of [
    ["hang", /failed: no answer within 0\.4 s;/],
    ["stall", /failed: download stalled for 0\.4 s;/],
  ] as const) {
    const began = performance.now();
    const err = (await obtainBinary({
      env: env(cache, { RACE_CHECK_CONVEX_DOWNLOAD_BASE: `${base}/${route}` }),
      limits,
    }).catch((e) => e)) as Error;
    const took = performance.now() - began;
    assert.ok(err instanceof BackendError, String(err));
    assert.match(err.message, why);
    assert.ok(took >= 350 && took < 3000, `${route}: gave up after ${took} ms`);
  }
  const latest = (await obtainBinary({
    version: "latest",
    env: env(cache, { RACE_CHECK_CONVEX_VERSION_URL: `${base}/hang/version` }),
    limits,
  }).catch((e) => e)) as Error;
  assert.match(latest.message, /could not resolve convex-backend-version "latest" at \S+ \(no answer within 0\.4 s\)/);
});

test("bad input is a ConfigError: unknown tag format, missing or non-executable binary", async () => {
  for (const v of ["v1.2.3", "precompiled-2026-01-01-../../etc", "precompiled-latest"]) {
    await assert.rejects(
      obtainBinary({ version: v, env: env(work) }),
      (e) => e instanceof ConfigError && /--convex-backend-version/.test((e as Error).message),
    );
  }
  await assert.rejects(
    obtainBinary({ binaryPath: path.join(work, "nope") }),
    (e) => e instanceof ConfigError && /--convex-backend-binary: \S+ is not a file/.test((e as Error).message),
  );
  const plain = path.join(work, "not-executable");
  await writeFile(plain, "x");
  await chmod(plain, 0o644);
  await assert.rejects(obtainBinary({ binaryPath: plain }), /is not executable \(chmod \+x it\)/);
});

test("a given binary is used as is: no version lookup, no download", async () => {
  requests.length = 0;
  const got = await obtainBinary({ binaryPath: FAKE_BACKEND, version: "latest", env: env(work) });
  assert.deepEqual(got, { path: FAKE_BACKEND, source: "path" });
  assert.equal(requests.length, 0);
});

test("cache location: runner tool cache on GitHub, the user cache elsewhere, RACE_CHECK_CACHE_DIR over both", () => {
  assert.equal(cacheRoot({ RUNNER_TOOL_CACHE: "/tool-cache" }), path.join("/tool-cache", "convex-local-backend"));
  assert.equal(cacheRoot({ RACE_CHECK_CACHE_DIR: "/x/y", RUNNER_TOOL_CACHE: "/t" }), path.resolve("/x/y"));
  if (process.platform === "linux") {
    assert.equal(cacheRoot({ XDG_CACHE_HOME: "/c" }), "/c/race-check/convex-local-backend");
    assert.equal(cacheRoot({}), path.join(os.homedir(), ".cache/race-check/convex-local-backend"));
  }
});
