// backend preview: the project's own convex CLI deploys to a Convex preview deployment, and the
// race runs against it. Here a stand-in CLI sits where race-check looks for the project's CLI and
// claims its deployment from a loopback stand-in for Convex's provision host, which hands out an
// embedded backend started by the test as the "preview deployment".
import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { execa } from "execa";
import { startEmbedded } from "../src/backends/embedded/index.ts";
import { previewDeployArgs } from "../src/backends/preview/deploy.ts";
import { defaultPreviewName, deployKeyKind, startPreview } from "../src/backends/preview/index.ts";
import type { RunningBackend } from "../src/backends/types.ts";
import { BackendError } from "../src/backends/types.ts";
import { ConfigError } from "../src/errors.ts";
import { renderJson } from "../src/report/json.ts";
import { runRaceCheck } from "../src/run.ts";
import { runActionInProcess } from "./helpers/in-process.ts";
import { REPO } from "./local-helpers.ts";

const PREVIEW_KEY = `preview:berryfun:app|${randomBytes(24).toString("hex")}`;
const PROD_SECRET = randomBytes(24).toString("hex");
const PROD_KEY = `prod:happy-otter-123|${PROD_SECRET}`;
const APP = path.join(REPO, "test/fixtures/counter-app");

interface Event {
  what: "claim" | "authorize" | "env";
  auth?: string;
  body: Record<string, unknown>;
}

/** Convex's provision host, as far as previews go, and a deployment's env endpoint. */
class FakeConvexCloud {
  readonly events: Event[] = [];
  deployment = { url: "", adminKey: "" };
  private server?: http.Server;
  url = "";

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let text = "";
      req.on("data", (c: Buffer) => (text += c.toString()));
      req.on("end", () => {
        const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
        const auth = req.headers.authorization;
        const reply = (status: number, payload: unknown) => {
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(payload));
        };
        if (req.url === "/api/update_environment_variables") {
          this.events.push({ what: "env", auth, body });
          return reply(200, {});
        }
        if (auth !== `Bearer ${PREVIEW_KEY}`)
          return reply(401, { code: "BadDeployKey", message: "Invalid deploy key" });
        if (req.url === "/api/claim_preview_deployment") {
          this.events.push({ what: "claim", auth, body });
          return reply(200, {
            adminKey: this.deployment.adminKey,
            instanceUrl: this.deployment.url,
            deploymentName: "happy-otter-123",
            isNewDeployment: body.reuse === false,
          });
        }
        if (req.url === "/api/deployment/authorize_preview") {
          this.events.push({ what: "authorize", auth, body });
          return reply(200, {
            adminKey: this.deployment.adminKey,
            url: this.deployment.url,
            deploymentName: "happy-otter-123",
            deploymentType: "preview",
          });
        }
        reply(404, { message: "not found" });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

let project: string;
let deployment: RunningBackend;
const cloud = new FakeConvexCloud();
const log = () => path.join(project, "cli-calls.jsonl");
const saved = { ...process.env };

async function calls(): Promise<{ args: string[]; env: Record<string, string>; envFile: string }[]> {
  const text = await readFile(log(), "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { args: string[]; env: Record<string, string>; envFile: string });
}

before(async () => {
  // A user's project: its own convex package, whose CLI is the stand-in (the rest of the package is
  // the installed one, so the config and its generated code load as usual).
  project = path.join(REPO, ".tmp", `preview-${randomBytes(4).toString("hex")}`);
  const pkg = path.join(project, "node_modules/convex");
  await mkdir(pkg, { recursive: true });
  await cp(path.join(APP, "convex"), path.join(project, "convex"), { recursive: true });
  await cp(path.join(APP, "race-check.config.ts"), path.join(project, "race-check.config.ts"));
  await cp(path.join(APP, "package.json"), path.join(project, "package.json"));
  const real = path.join(REPO, "node_modules/convex");
  const manifest = JSON.parse(await readFile(path.join(real, "package.json"), "utf8")) as Record<string, unknown>;
  await writeFile(path.join(pkg, "package.json"), JSON.stringify({ ...manifest, bin: { convex: "fake-cli.mjs" } }));
  await symlink(path.join(real, "dist"), path.join(pkg, "dist"));
  await cp(path.join(REPO, "test/fixtures/fake-convex-cli.mjs"), path.join(pkg, "fake-cli.mjs"));
  deployment = await startEmbedded({ projectDir: APP });
  await cloud.start();
  cloud.deployment = { url: deployment.url, adminKey: deployment.adminKey };
});

beforeEach(async () => {
  cloud.events.length = 0;
  cloud.deployment = { url: deployment.url, adminKey: deployment.adminKey };
  await rm(log(), { force: true });
  process.env.CONVEX_PROVISION_HOST = cloud.url;
  process.env.FAKE_CONVEX_CLI_LOG = log();
  delete process.env.FAKE_CONVEX_CLI_MODE;
});

after(async () => {
  for (const k of ["CONVEX_PROVISION_HOST", "FAKE_CONVEX_CLI_LOG", "FAKE_CONVEX_CLI_MODE"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await deployment?.stop();
  await cloud.close();
  await rm(project, { recursive: true, force: true });
});

test("deploys with the project's convex CLI to a fresh preview deployment and races it", async () => {
  const result = await runRaceCheck({
    cwd: project,
    backend: "preview",
    deployKey: PREVIEW_KEY,
    allowRemote: true,
    scenario: "Counter",
    rounds: 2,
    seed: 3,
  });
  assert.equal(result.backend.kind, "preview");
  assert.equal(result.scenarios[0].rounds, 2);
  assert.equal(result.scenarios[0].verdict, "race", result.scenarios[0].headline);

  const [call, ...more] = await calls();
  assert.equal(more.length, 0);
  const name = defaultPreviewName(process.env);
  assert.match(name, /^race-check-/);
  assert.deepEqual(call.args.slice(0, 5), ["deploy", "--env-file", call.args[2], "--preview-create", name]);
  assert.equal(call.args[call.args.indexOf("--cmd-url-env-var-name") + 1], "RACE_CHECK_PREVIEW_URL");
  // The key reaches the CLI only in its env file: no command line, no environment variable.
  assert.ok(call.envFile.includes(`CONVEX_DEPLOY_KEY=${PREVIEW_KEY}`));
  assert.ok(!JSON.stringify(call.args).includes(PREVIEW_KEY));
  assert.ok(!Object.values(call.env).some((v) => v.includes(PREVIEW_KEY)));
  assert.equal(call.env.CONVEX_DEPLOY_KEY, undefined);

  // The CLI claimed the deployment; race-check then asked for its admin key, with the same key.
  assert.deepEqual(
    cloud.events.map((e) => [e.what, e.auth]),
    [
      ["claim", `Bearer ${PREVIEW_KEY}`],
      ["authorize", `Bearer ${PREVIEW_KEY}`],
    ],
  );
  assert.deepEqual(cloud.events[1].body, {
    previewName: name,
    projectSelection: { kind: "teamAndProjectSlugs", teamSlug: "berryfun", projectSlug: "app" },
  });
  const json = renderJson(result);
  assert.ok(!json.includes(PREVIEW_KEY) && !json.includes(deployment.adminKey));
});

test("every flag passed to `convex deploy` for a preview is one the installed CLI lists", async () => {
  const { stdout: help } = await execa(process.execPath, [
    path.join(REPO, "node_modules/convex/bin/main.js"),
    "deploy",
    "--help",
  ]);
  for (const claim of ["create", "reuse"] as const) {
    const args = previewDeployArgs({ envFile: "/x/preview.env", name: "n", claim, cmd: "c", codegen: false });
    for (const flag of args.filter((a) => a.startsWith("--"))) {
      assert.ok(
        new RegExp(`^\\s+${flag} <`, "m").test(help),
        `convex deploy --help does not list ${flag} with a value`,
      );
    }
  }
});

test("a production deploy key is refused with one line before anything runs, and never printed", async () => {
  assert.equal(deployKeyKind(PROD_KEY), "prod");
  assert.equal(deployKeyKind(PREVIEW_KEY), "preview");
  assert.equal(deployKeyKind("legacy-key-without-a-type"), "prod");
  const r = await execa(
    process.execPath,
    [
      path.join(REPO, "bin/race-check.js"),
      "run",
      "--backend",
      "preview",
      "--allow-remote",
      "--config",
      path.join(project, "race-check.config.ts"),
    ],
    { env: { ...process.env, CONVEX_DEPLOY_KEY: PROD_KEY }, reject: false },
  );
  assert.equal(r.exitCode, 2);
  assert.equal(r.stdout, "");
  assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  assert.match(r.stderr, /^race-check: CONVEX_DEPLOY_KEY \(action input deploy-key\) holds a production deploy key/);
  assert.ok(!r.stderr.includes(PROD_SECRET));
  assert.deepEqual(await calls(), []);
  assert.deepEqual(cloud.events, []);
});

test("without --allow-remote a preview is refused before anything runs, and the message says how to allow it", async () => {
  await assert.rejects(
    runRaceCheck({ cwd: project, backend: "preview", deployKey: PREVIEW_KEY, rounds: 1 }),
    (e: Error) => e instanceof ConfigError && /--allow-remote \(action input allow-remote: true\)/.test(e.message),
  );
  await assert.rejects(
    runRaceCheck({ cwd: project, backend: "preview", allowRemote: true, rounds: 1 }),
    (e: Error) => e instanceof ConfigError && /needs a Convex preview deploy key/.test(e.message),
  );
  assert.deepEqual(await calls(), []);
});

test("the action with backend: preview masks the deploy key and refuses a production key or a missing allow-remote with one line", async () => {
  const cases: { what: string; key: string; via: "input" | "env"; inputs: Record<string, string>; line: RegExp }[] = [
    {
      what: "a production key as input deploy-key",
      key: PROD_KEY,
      via: "input",
      inputs: { "allow-remote": "true" },
      line: /^::error::race-check: CONVEX_DEPLOY_KEY \(action input deploy-key\) holds a production deploy key: backend preview races a throwaway preview deployment and never production/,
    },
    {
      what: "a production key in CONVEX_DEPLOY_KEY",
      key: PROD_KEY,
      via: "env",
      inputs: { "allow-remote": "true" },
      line: /holds a production deploy key/,
    },
    {
      what: "a preview key without allow-remote",
      key: PREVIEW_KEY,
      via: "input",
      inputs: {},
      line: /^::error::race-check: backend preview deploys to and races a Convex cloud deployment, .*Pass --allow-remote \(action input allow-remote: true\) if you mean it$/,
    },
  ];
  for (const c of cases) {
    const report = path.join(project, `action-${c.via}-${c.key.slice(0, 4)}.json`);
    const r = await runActionInProcess({
      workspace: project,
      event: "push",
      inputs: {
        backend: "preview",
        rounds: "1",
        "report-path": report,
        ...(c.via === "input" && { "deploy-key": c.key }),
        ...c.inputs,
      },
      env: c.via === "env" ? { CONVEX_DEPLOY_KEY: c.key } : {},
    });
    assert.equal(r.exitCode, 1, `${c.what}: ${r.stdout}${r.stderr}`);
    assert.equal(r.outputs.verdict, "error", c.what);
    assert.equal(r.errors.length, 1, `${c.what}: ${r.errors.join("\n")}`);
    assert.match(r.errors[0], c.line, c.what);
    // Masked in the runner's log before anything could print it, and in nothing the step wrote.
    assert.ok(r.stdout.split("\n").includes(`::add-mask::${c.key}`), `${c.what}: the key was not masked`);
    const secret = c.key.split("|")[1];
    const written = [
      r.stdout.replace(`::add-mask::${c.key}`, ""),
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      await readFile(report, "utf8").catch(() => ""),
    ];
    for (const text of written) assert.ok(!text.includes(secret), `${c.what}: the key was printed`);
  }
  // Refused before anything ran: no deploy, no claim on the cloud.
  assert.deepEqual(await calls(), []);
  assert.deepEqual(cloud.events, []);
});

test("a failed deploy is a backend error whose output never shows the key", async () => {
  process.env.FAKE_CONVEX_CLI_MODE = "fail";
  await assert.rejects(
    runRaceCheck({ cwd: project, backend: "preview", deployKey: PREVIEW_KEY, allowRemote: true, rounds: 1 }),
    (e: Error) =>
      e instanceof BackendError &&
      /convex deploy --preview-create race-check-.*` failed \(exit code 1\)/.test(e.message) &&
      (e.logTail ?? "").includes("401 Unauthorized for key [redacted]") &&
      !(e.logTail ?? "").includes(PREVIEW_KEY),
  );
});

test("deployment env: set on the new deployment, then pushed again to the same one so modules load with it", async () => {
  // This deployment is the stand-in itself, which records the variables it is sent.
  const adminKey = `happy-otter-123|${randomBytes(16).toString("hex")}`;
  cloud.deployment = { url: cloud.url, adminKey };
  const running = await startPreview({
    projectDir: project,
    deployKey: PREVIEW_KEY,
    allowRemote: true,
    previewName: "race-check-env",
    deploymentEnv: { FEATURE: "on" },
  });
  await running.stop();
  assert.deepEqual(
    cloud.events.map((e) => (e.what === "claim" ? `claim reuse=${String(e.body.reuse)}` : e.what)),
    ["claim reuse=false", "authorize", "env", "claim reuse=true"],
  );
  assert.deepEqual(cloud.events[2].body, { changes: [{ name: "FEATURE", value: "on" }] });
  assert.equal(cloud.events[2].auth, `Convex ${adminKey}`);
  const [first, second] = await calls();
  assert.equal(first.args[3], "--preview-create");
  assert.deepEqual(second.args.slice(3, 5), ["--preview-name", "race-check-env"]);
});
