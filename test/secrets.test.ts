// Secrets: every entry point, run with recognizable keys and tokens, must never print them —
// not on stdout or stderr, not in the JSON or Markdown report, the outputs, the summary or a comment.
// One CLI run and one action run are processes of their own, whose every byte out is checked; the
// rest call the entries in this process (helpers/in-process.ts), through the same output boundary.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { once } from "node:events";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { execa } from "execa";
import { ConvexHttpClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";
import { startEmbedded } from "../src/backends/embedded/index.ts";
import type { RunningBackend } from "../src/backends/types.ts";
import { FakeGitHub } from "./helpers/fake-github.js";
import { runActionInProcess, runCli } from "./helpers/in-process.js";
import { prPayload, runAction } from "./helpers/run-action.js";
import { clearSecrets, redact, registerSecret } from "../src/output/secrets.ts";

const CLI = path.resolve("bin/race-check.js");
const TOKEN = "ghs_RECOGNIZABLEfakeToken9f8e7d6c5b4a";
const FAKE_KEY = "RECOGNIZABLE-fake-admin-key|0123456789abcdef";
let backend: RunningBackend;
let dir: string;

before(async () => {
  backend = await startEmbedded({ projectDir: process.cwd() });
  dir = await mkdtemp(path.join(os.tmpdir(), "race-check-secrets-"));
});
after(async () => backend.stop());

/**
 * The secret, and a long piece of it, must appear nowhere. `masks`: the text is the action's log,
 * where its own mask commands (`::add-mask::` and the secret, exactly) are the one place the secret
 * must be; any other line is checked like the rest, an `::add-mask::` line of someone else's included.
 */
function assertAbsent(secret: string, where: string, text: string, { masks = false } = {}): void {
  const visible = masks ? withoutMasks(secret, text) : text;
  for (const piece of [secret, secret.slice(-16)]) {
    assert.ok(!visible.includes(piece), `${where} contains (part of) a secret`);
  }
}

function withoutMasks(secret: string, text: string): string {
  return text
    .split("\n")
    .filter((l) => l !== `::add-mask::${secret}`)
    .join("\n");
}

test("CLI on --backend url with a real admin key: no key in any output", async () => {
  const json = path.join(dir, "cli.json");
  const md = path.join(dir, "cli.md");
  const r = await execa(
    "node",
    [CLI, "run", "--backend", "url", "--url", backend.url, "--rounds", "2", "--json", json, "--markdown", md],
    { reject: false, env: { CONVEX_ADMIN_KEY: backend.adminKey } },
  );
  assert.equal(r.exitCode, 1, r.stderr);
  assertAbsent(backend.adminKey, "stdout", r.stdout);
  assertAbsent(backend.adminKey, "stderr", r.stderr);
  assertAbsent(backend.adminKey, "JSON report", await readFile(json, "utf8"));
  assertAbsent(backend.adminKey, "Markdown report", await readFile(md, "utf8"));
});

test("CLI with a wrong admin key: the failure names the problem, not the key", async () => {
  const r = await runCli(["run", "--backend", "url", "--url", backend.url, "--rounds", "1"], {
    env: { CONVEX_ADMIN_KEY: FAKE_KEY },
  });
  assert.notEqual(r.exitCode, 0);
  // As the real backend answers (crates/authentication: 401 BadAdminKey), before anything runs.
  assert.match(r.stderr, /BadAdminKey: The provided admin key was invalid for this instance|"code":"BadAdminKey"/);
  assertAbsent(FAKE_KEY, "stdout", r.stdout);
  assertAbsent(FAKE_KEY, "stderr", r.stderr);
});

test("action on a pull request with an admin key and a token: no secret in logs, outputs, summary, report or comment", async () => {
  const gh = new FakeGitHub("berryfun", "app");
  await gh.start();
  try {
    const report = path.join(dir, "action.json");
    const run = await runAction({
      apiUrl: gh.url,
      payload: prPayload(3),
      inputs: {
        backend: "url",
        "convex-url": backend.url,
        "admin-key": backend.adminKey,
        "github-token": TOKEN,
        rounds: "2",
        "report-path": report,
      },
    });
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    assert.ok(run.stdout.includes(`::add-mask::${backend.adminKey}`), "admin key not registered as a secret");
    assert.equal(gh.comments.length, 1, "the run should have commented");
    for (const secret of [backend.adminKey, TOKEN]) {
      assertAbsent(secret, "action stdout", run.stdout, { masks: true });
      assertAbsent(secret, "action stderr", run.stderr);
      assertAbsent(secret, "outputs", JSON.stringify(run.outputs));
      assertAbsent(secret, "job summary", run.summary);
      assertAbsent(secret, "report", await readFile(report, "utf8"));
      assertAbsent(secret, "comment", gh.comments.map((c) => c.body).join("\n"));
    }
  } finally {
    await gh.close();
  }
});

test("processes started for a run do not inherit the action's inputs or the runner's tokens", async () => {
  const planted = {
    "INPUT_GITHUB-TOKEN": TOKEN,
    "INPUT_ADMIN-KEY": FAKE_KEY,
    ACTIONS_RUNTIME_TOKEN: "runtime",
    GITHUB_TOKEN: TOKEN,
  };
  Object.assign(process.env, planted);
  let child: RunningBackend | undefined;
  try {
    child = await startEmbedded({ projectDir: path.resolve("test/fixtures/faults-app") });
    const admin = new ConvexHttpClient(child.url);
    (admin as unknown as { setAdminAuth: (k: string) => void }).setAdminAuth(child.adminKey);
    const names = (await admin.query(makeFunctionReference<"query">("faults:envNames"), {})) as string[];
    // The functions see the deployment's environment and nothing else: not even the machine's PATH.
    assert.deepEqual(names, ["CONVEX_CLOUD_URL", "CONVEX_SITE_URL"]);
    for (const name of Object.keys(planted)) assert.ok(!names.includes(name), `${name} reached the backend process`);
  } finally {
    for (const name of Object.keys(planted)) delete process.env[name];
    await child?.stop();
  }
});

/** Every way a deployment or a library might echo the key back, for a test to look for. */
function forms(secret: string): string[] {
  return [
    secret,
    secret.slice(-16),
    encodeURIComponent(secret),
    Buffer.from(secret).toString("base64"),
    Buffer.from(`Convex ${secret}`).toString("base64"),
  ];
}

function assertNoForm(secret: string, where: string, text: string, { masks = false } = {}): void {
  assertAbsent(secret, where, text, { masks });
  const visible = masks ? withoutMasks(secret, text) : text;
  for (const f of forms(secret)) assert.ok(!visible.includes(f), `${where} contains an encoded form of a secret: ${f}`);
}

const ECHOED_KEY = "prod:RECOGNIZABLE-echoed-admin-key|0123456789abcdef0123456789abcdef";

/**
 * A deployment in front of the embedded backend that accepts ECHOED_KEY and, for one function,
 * answers with an error that quotes the request's Authorization header (plain, base64 and
 * URL-encoded), as a proxy or an app that logs its headers would.
 */
async function echoingDeployment(echoPath: string): Promise<{ url: string; close: () => void }> {
  const upstream = new URL(backend.url);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const auth = req.headers.authorization ?? "";
      let path: unknown;
      try {
        path = (JSON.parse(body.toString() || "{}") as { path?: unknown }).path;
      } catch {
        path = undefined;
      }
      if (path === echoPath) {
        // Its lines that start with "::" would be workflow commands on a runner: the CLI must print
        // them inert and redacted, a mask command (which a runner must not be fed from here) included.
        const errorMessage = `Uncaught Error: denied for ${auth} (base64 ${Buffer.from(auth).toString("base64")}, url ${encodeURIComponent(auth)}, key ${Buffer.from(ECHOED_KEY).toString("base64")})\n::add-mask::x ${auth}\n::add-mask::${ECHOED_KEY}\n::warning::injected`;
        res.writeHead(560, { "content-type": "application/json" });
        return res.end(JSON.stringify({ status: "error", errorMessage, logLines: [] }));
      }
      const headers = { ...req.headers, host: upstream.host };
      if (auth === `Convex ${ECHOED_KEY}`) headers.authorization = `Convex ${backend.adminKey}`;
      const forward = http.request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on("error", () => res.destroy());
      forward.end(body);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

test("redact: a registered secret goes in every form (plain, URL-encoded, base64, the header), shorter ones are left", () => {
  clearSecrets();
  registerSecret("prod:abc|0123456789");
  registerSecret("short");
  const secret = "prod:abc|0123456789";
  const text = [
    `Authorization: Convex ${secret}`,
    encodeURIComponent(secret),
    Buffer.from(secret).toString("base64"),
    Buffer.from(secret).toString("base64url"),
    Buffer.from(`Convex ${secret}`).toString("base64"),
    JSON.stringify({ key: secret }),
    "short stays",
  ].join("\n");
  const out = redact(text);
  for (const f of forms(secret)) assert.ok(!out.includes(f), `left: ${f}`);
  assert.match(out, /^Authorization: Convex \*\*\*$/m);
  assert.match(out, /short stays/);
  clearSecrets();
});

test("CLI: a deployment whose errors echo the Authorization header never gets the key into any output", async () => {
  for (const [echo, exitCode] of [
    ["testing:countEnrollments", 3],
    ["testing:createSession", 2],
  ] as const) {
    const deployment = await echoingDeployment(echo);
    try {
      const json = path.join(dir, `echo-${exitCode}.json`);
      const md = path.join(dir, `echo-${exitCode}.md`);
      const args = ["run", "--backend", "url", "--url", deployment.url, "--scenario", "Session Capacity Race"];
      const r = await runCli([...args, "--rounds", "2", "--json", json, "--markdown", md], {
        env: { CONVEX_ADMIN_KEY: ECHOED_KEY },
      });
      assert.equal(r.exitCode, exitCode, r.stderr);
      // The echo did happen (redacted): the test would pass vacuously otherwise.
      assert.match(r.stdout + r.stderr, /denied for Convex \*\*\*/);
      assertNoForm(ECHOED_KEY, "stdout", r.stdout);
      assertNoForm(ECHOED_KEY, "stderr", r.stderr);
      // The CLI issues no workflow command: no line it prints is one, however a function words its error.
      for (const line of `${r.stdout}\n${r.stderr}`.split("\n")) assert.doesNotMatch(line, /^\s*::/);
      if (exitCode === 3) {
        assertNoForm(ECHOED_KEY, "JSON report", await readFile(json, "utf8"));
        assertNoForm(ECHOED_KEY, "Markdown report", await readFile(md, "utf8"));
      }
    } finally {
      deployment.close();
    }
  }
});

test("action: a deployment that echoes the key gets it into no comment, summary, output, annotation or log", async () => {
  const deployment = await echoingDeployment("testing:countEnrollments");
  const gh = new FakeGitHub("berryfun", "app");
  await gh.start();
  try {
    const report = path.join(dir, "echo-action.json");
    const run = await runActionInProcess({
      apiUrl: gh.url,
      payload: prPayload(4),
      inputs: {
        backend: "url",
        "convex-url": deployment.url,
        "admin-key": ECHOED_KEY,
        "github-token": TOKEN,
        scenario: "Session Capacity Race",
        rounds: "2",
        "report-path": report,
      },
    });
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    assert.ok(run.stdout.includes(`::add-mask::${ECHOED_KEY}`), "the key was not registered with the runner");
    assert.equal(gh.comments.length, 1);
    const comment = gh.comments[0].body;
    // (Markdown escapes the "***".)
    assert.match(comment, /denied for Convex (\\\*){3}/, "the echo should be in the comment, redacted");
    for (const [where, text] of [
      ["stdout", run.stdout],
      ["stderr", run.stderr],
      ["outputs", JSON.stringify(run.outputs)],
      ["summary", run.summary],
      ["annotations", [...run.errors, ...run.warnings].join("\n")],
      ["report", await readFile(report, "utf8")],
      ["comment", comment],
    ] as const) {
      assertNoForm(ECHOED_KEY, where, text, { masks: where === "stdout" });
    }
    // The function's "::" lines reached the log as text, not as commands.
    assert.doesNotMatch(run.stdout, /^::add-mask::x |^::warning::injected/m);
  } finally {
    deployment.close();
    await gh.close();
  }
});

test("action: an admin key with a newline is refused with one line that does not show it", async () => {
  const run = await runActionInProcess({
    payload: prPayload(4),
    inputs: { backend: "url", "convex-url": "http://127.0.0.1:9", "admin-key": "prod:first-part\nsecond-part-of-key" },
  });
  assert.equal(run.exitCode, 1);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.match(
    run.errors[0],
    /input admin-key \(or CONVEX_ADMIN_KEY\) contains a newline or another control character/,
  );
  assert.doesNotMatch(run.errors[0], /first-part|second-part/);
  assert.equal(run.outputs.verdict, "error");
});

test("action: a GitHub token with a newline is refused with one line that shows no part of it", async () => {
  const run = await runActionInProcess({
    payload: prPayload(4),
    inputs: {
      backend: "url",
      "convex-url": "http://127.0.0.1:9",
      "github-token": "ghs_firstHALFtoken\nsecondHALFtoken",
    },
  });
  assert.equal(run.exitCode, 1);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.match(run.errors[0], /input github-token contains a newline or another control character \(not shown\)/);
  assert.equal(run.warnings.length, 0, run.warnings.join("\n"));
  assert.equal(run.outputs.verdict, "error");
  // The value is masked with the runner, each line too, and shows nowhere but in those commands.
  const masks = ["ghs_firstHALFtoken%0AsecondHALFtoken", "ghs_firstHALFtoken", "secondHALFtoken"];
  const lines = run.stdout.split("\n");
  for (const mask of masks) assert.ok(lines.includes(`::add-mask::${mask}`), `${mask} not masked`);
  const visible = lines.filter((l) => !masks.some((m) => l === `::add-mask::${m}`)).join("\n");
  for (const half of ["ghs_firstHALFtoken", "secondHALFtoken"]) {
    assertAbsent(half, "action stdout", visible);
    assertAbsent(half, "action stderr", run.stderr);
  }
});

test("redact: each line of a multi-line secret goes, as an error cut at the newline shows it", () => {
  clearSecrets();
  registerSecret("ghs_firstHALFtoken\nsecondHALFtoken\nab");
  assert.equal(
    redact('Headers.append: "token ghs_firstHALFtoken" is an invalid header value.'),
    'Headers.append: "token ***" is an invalid header value.',
  );
  assert.equal(redact("then secondHALFtoken"), "then ***");
  // A line too short to be a key is left, as a short secret is.
  assert.equal(redact("ab"), "ab");
  clearSecrets();
});

test("the output boundary exempts nothing: an ::add-mask:: line is redacted (and inert in the CLI); only the action's own mask goes unguarded", async () => {
  const script = (neutralise: boolean) => `
    import { installOutputBoundary, unguarded } from "./src/output/boundary.ts";
    import { registerSecret } from "./src/output/secrets.ts";
    installOutputBoundary({ neutralise: ${neutralise} });
    registerSecret("supersecret123");
    process.stdout.write("::add-mask::x supersecret123\\n::add-mask::supersecret123\\n");
    unguarded(() => process.stdout.write("::add-mask::supersecret123\\n"));`;
  const run = async (neutralise: boolean) =>
    (await execa(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script(neutralise)])).stdout;
  // The CLI: every line redacted and made inert, whatever it starts with.
  assert.deepEqual((await run(true)).split("\n"), [
    ":\u200b:add-mask::x ***",
    ":\u200b:add-mask::***",
    "::add-mask::supersecret123",
  ]);
  // The action (which neutralises user text in its log facade): redacted all the same.
  assert.deepEqual((await run(false)).split("\n"), [
    "::add-mask::x ***",
    "::add-mask::***",
    "::add-mask::supersecret123",
  ]);
});

const CRASH_KEY = "RECOGNIZABLE-crash-admin-key-0123456789abcdef";

test("CLI: an error nothing caught (a timer in the config that throws) is one redacted line and exit 3, no stack", async () => {
  // Inside the repository, so the config resolves `race-check` as a project's config would.
  await mkdir(".tmp", { recursive: true });
  const file = path.join(await mkdtemp(path.resolve(".tmp", "crash-")), "race-check.config.ts");
  await writeFile(
    file,
    `import { maxSuccesses } from "race-check";
export default {
  functionsDir: ${JSON.stringify(path.resolve("test/fixtures/faults-app/convex"))},
  scenarios: [
    {
      name: "throws later",
      setup: "faults:makeCounter",
      act: {
        fn: "faults:bump",
        args: ({ setup }) => {
          // A timer of the config's own, outside anything race-check awaits.
          setTimeout(() => {
            throw new Error("boom " + process.env.CONVEX_ADMIN_KEY);
          });
          return { counterId: setup.counterId };
        },
      },
      invariant: maxSuccesses({ limit: 99 }),
    },
  ],
};
`,
  );
  const r = await execa(process.execPath, [CLI, "run", "--config", file, "--rounds", "1", "--clients", "1"], {
    reject: false,
    env: { CONVEX_ADMIN_KEY: CRASH_KEY },
  });
  // 3, infrastructure: Node's own 1 would read as "race found".
  assert.equal(r.exitCode, 3, r.stderr);
  assert.match(r.stderr, /^race-check: uncaught error: boom \*\*\*$/m);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error: boom/, "a stack trace was printed");
  assertAbsent(CRASH_KEY, "stdout", r.stdout);
  assertAbsent(CRASH_KEY, "stderr", r.stderr);
});

test("action: an error nothing caught fails the step with one redacted line, no stack", async () => {
  // Stands in for a library whose callback throws out of band: once the action has masked its
  // inputs (its first mask command), a throw quoting the token, outside anything the action awaits.
  const hook = path.join(dir, "throw-later.mjs");
  await writeFile(
    hook,
    `const write = process.stdout.write.bind(process.stdout);
let armed = true;
process.stdout.write = (chunk, ...rest) => {
  if (armed && String(chunk).startsWith("::add-mask::")) {
    armed = false;
    setImmediate(() => {
      throw new Error("boom " + process.env["INPUT_GITHUB-TOKEN"]);
    });
  }
  return write(chunk, ...rest);
};
`,
  );
  const run = await runAction({
    payload: prPayload(4),
    nodeArgs: ["--import", pathToFileURL(hook).href],
    inputs: { backend: "url", "convex-url": "http://127.0.0.1:9", "admin-key": FAKE_KEY, "github-token": TOKEN },
  });
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.deepEqual(run.errors, ["::error::race-check: uncaught error: boom ***"]);
  assert.equal(run.outputs.verdict, "error");
  assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at |Error: boom/, "a stack trace was printed");
  assertAbsent(TOKEN, "action stdout", run.stdout, { masks: true });
  assertAbsent(TOKEN, "action stderr", run.stderr);
});
