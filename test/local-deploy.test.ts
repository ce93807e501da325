// Deploying to the local backend with the project's own convex CLI: flags the CLI really accepts,
// a push that cannot go anywhere but the local URL, and cleanup when the push fails.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { execa } from "execa";
import { deployArgs, deployEnv, deployFunctions, projectConvexCli } from "../src/backends/local/deploy.ts";
import { startLocal } from "../src/backends/local/index.ts";
import { BackendError } from "../src/backends/types.ts";
import { FAKE_BACKEND, REPO, fakeEnv, processesMatching, tempDir } from "./local-helpers.ts";

let project: string;
const ENV_LOCAL = "CONVEX_DEPLOYMENT=dev:someone-elses-deployment-123\nCONVEX_URL=https://someone-else.convex.cloud\n";

before(async () => {
  // Inside the repository so the project resolves the installed convex package, as a user's would.
  project = path.join(REPO, ".tmp", `deploy-${randomBytes(4).toString("hex")}`);
  await mkdir(project, { recursive: true });
  await cp(path.join(REPO, "test/fixtures/counter-app/convex"), path.join(project, "convex"), { recursive: true });
  await cp(path.join(REPO, "test/fixtures/counter-app/package.json"), path.join(project, "package.json"));
  // What a developer's checkout typically holds: a selector for their own cloud deployment.
  await writeFile(path.join(project, ".env.local"), ENV_LOCAL);
});

after(async () => {
  await rm(project, { recursive: true, force: true });
});

test("every flag passed to `convex deploy` is one the installed CLI lists, with an accepted value", async () => {
  const cli = await projectConvexCli(project);
  const { stdout: help } = await execa(process.execPath, [cli, "deploy", "--help"], { env: deployEnv() });
  for (const codegen of [true, false]) {
    const args = deployArgs("/x/deploy.env", codegen);
    assert.equal(args[0], "deploy");
    for (let i = 1; i < args.length; i++) {
      const flag = args[i];
      assert.match(flag, /^--[a-z-]+$/, `expected a flag at ${i}, got ${flag}`);
      const line = help.split("\n").find((l) => new RegExp(`^\\s+${flag} <`).test(l));
      assert.ok(line, `convex deploy --help does not list ${flag} with a value`);
      const value = args[++i];
      // Flags with fixed choices: the help text (which may wrap) must name the value.
      // Option lines start with two spaces; continuation lines are indented further.
      const block = help
        .slice(help.indexOf(line))
        .split(/\n {2}-/)[0]
        .replace(/\s+/g, " ");
      const choices = /choices: ([^)]*?)(?:, default|\))/.exec(block)?.[1];
      if (flag === "--typecheck" || flag === "--codegen") assert.ok(choices, `no choices found for ${flag}`);
      if (choices) assert.ok(choices.includes(`"${value}"`), `${flag} ${value}: not among ${choices}`);
    }
  }
});

test("the CLI gets no CONVEX_* variable from race-check's environment", () => {
  const env = deployEnv({
    PATH: "/bin",
    CONVEX_DEPLOYMENT: "prod:x",
    CONVEX_DEPLOY_KEY: "k",
    CONVEX_SELF_HOSTED_URL: "u",
    CONVEX_SELF_HOSTED_ADMIN_KEY: "a",
    CONVEX_DEPLOYMENT_TOKEN: "t",
    CONVEX_OVERRIDE_ACCESS_TOKEN: "o",
    convex_deployment: "lower",
  });
  assert.deepEqual(env, { PATH: "/bin", CI: "1" });
});

test("the push goes to the local URL with the admin key, whatever .env.local and the environment select", async () => {
  const adminKey = `race-check-test|${randomBytes(16).toString("hex")}`;
  const seen: { url?: string; auth?: string; keyInProcessTable: number }[] = [];
  const server = http.createServer(async (req, res) => {
    // While the CLI is waiting on us: the key must not be readable from any command line.
    const exposed = await processesMatching(adminKey);
    seen.push({ url: req.url, auth: req.headers.authorization, keyInProcessTable: exposed.length });
    res.statusCode = 500;
    res.end("test server refuses the push");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  const workDir = await tempDir("deploy");
  const saved = { CONVEX_DEPLOYMENT: process.env.CONVEX_DEPLOYMENT, CONVEX_DEPLOY_KEY: process.env.CONVEX_DEPLOY_KEY };
  process.env.CONVEX_DEPLOYMENT = "prod:someone-elses-prod-456";
  process.env.CONVEX_DEPLOY_KEY = "prod:someone-elses-prod-456|secretsecret";
  try {
    const err = (await deployFunctions({ projectDir: project, url, adminKey, workDir }).catch((e) => e)) as Error;
    assert.ok(err instanceof BackendError, String(err));
    assert.match(err.message, /^deploy: `convex deploy` of .* to the local backend failed \(exit code 1\)$/);
    assert.match(err.logTail ?? "", new RegExp(`Deploying code to deployment:[\\s\\S]*${url.replace(/\./g, "\\.")}`));
    assert.doesNotMatch(`${err.message}\n${err.logTail}`, new RegExp(adminKey.split("|")[1]));
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await new Promise((resolve) => server.close(resolve));
  }
  assert.ok(seen.length >= 1, "the CLI never reached the local URL");
  for (const s of seen) {
    assert.equal(s.auth, `Convex ${adminKey}`);
    assert.equal(s.keyInProcessTable, 0, "the admin key was on a command line");
  }
  // The credentials file is private, and the user's files are as they were.
  assert.equal((await stat(path.join(workDir, "deploy.env"))).mode & 0o077, 0);
  assert.equal(await readFile(path.join(project, ".env.local"), "utf8"), ENV_LOCAL);
  await rm(workDir, { recursive: true, force: true });
});

test("a failed deploy names the step, shows both logs, and stops the backend", async () => {
  const dir = await tempDir("local-deploy");
  // As on GitHub runners, where the CLI colours its output: the tail must come out plain.
  const forceColor = process.env.FORCE_COLOR;
  process.env.FORCE_COLOR = "1";
  const err = (await startLocal({
    projectDir: project,
    convexBackendBinary: FAKE_BACKEND,
    backendEnv: fakeEnv("ok"),
    tmpDir: dir,
    logDir: dir,
  })
    .catch((e) => e)
    .finally(() => {
      if (forceColor === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = forceColor;
    })) as Error;
  assert.ok(err instanceof BackendError, String(err));
  assert.match(err.message, /^deploy: `convex deploy` of .* failed \(exit code 1\); backend log: .*\.log$/);
  // The stand-in has no push API: its 400 for the CLI's first call shows in the backend log part.
  assert.match(err.logTail ?? "", /convex deploy output:\n[\s\S]*get_config_hashes 400 Bad Request/);
  assert.doesNotMatch(err.logTail ?? "", /sentry/i);
  assert.ok(!(err.logTail ?? "").includes("\u001b["), "colour codes in the tail");
  assert.match(err.logTail ?? "", /convex-local-backend log:\n[\s\S]*400 POST \/api\/get_config_hashes/);
  assert.deepEqual(await processesMatching(dir), []);
  assert.deepEqual(
    (await readdir(dir)).filter((n) => n.startsWith("race-check-local-")),
    [],
  );
  await rm(dir, { recursive: true, force: true });
});
