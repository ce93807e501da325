// Tokens out of reach (issue 14.7): the user's config and functions run where no token can be
// read. A config goes looking, when loaded, in a client flow and in its invariant: in its
// environment, in every process it can see (/proc/<pid>/environ and cmdline, where the action's
// own environment holds the GitHub token), and in the files that hold tokens on a runner (the
// step's command files, a git config with actions/checkout's persisted token, the runner's
// credentials). It also writes to the step's GITHUB_ENV and leaves a process behind.
import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import { FakeGitHub } from "./helpers/fake-github.js";
import { prPayload, runAction, type ActionRun } from "./helpers/run-action.js";

const TOKEN = "ghs_isolationTestTokenNeverSeen0123456789";
const RUNTIME = "runtime-token-never-seen-0123456789";
const CHECKOUT = "AUTHORIZATION: basic persisted-checkout-token-0123";
const RUNNER_SECRET = '{"scheme":"OAuth","data":{"clientId":"runner-credential-secret"}}';
const APP = path.resolve("test/fixtures/gating-app");
const START_CHILD = path.resolve("test/helpers/start-child.mjs");

interface Probe {
  where: string;
  found: string[];
  values: unknown[];
  proc: string[];
  files: string[];
}

async function probes(file: string): Promise<Probe[]> {
  return (await readFile(file, "utf8"))
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Probe);
}

/** Processes on this machine whose command line holds `marker`. */
async function processesWith(marker: string): Promise<number[]> {
  const pids: number[] = [];
  for (const pid of (await readdir("/proc")).filter((d) => /^\d+$/.test(d))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (cmdline.includes(marker) && Number(pid) !== process.pid) pids.push(Number(pid));
  }
  return pids;
}

/**
 * A runner's disk around one step: a runner directory with its credentials and a Runner.Worker (a
 * copy of node that starts the step), a global git config holding checkout's token, the step's
 * GITHUB_ENV file. Everything readable and writable by any user, for the unprivileged run.
 */
async function runnerDisk() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-isolation-"));
  await chmod(dir, 0o777);
  const runner = path.join(dir, "runner");
  await mkdir(path.join(runner, "bin"), { recursive: true });
  await mkdir(path.join(runner, "_diag"));
  const worker = path.join(runner, "bin", "Runner.Worker");
  await copyFile(process.execPath, worker);
  await chmod(worker, 0o755);
  const credentials = path.join(runner, ".credentials");
  await writeFile(credentials, RUNNER_SECRET);
  const gitconfig = path.join(dir, "gitconfig");
  await writeFile(gitconfig, `[http "https://github.com/"]\n\textraheader = ${CHECKOUT}\n[user]\n\tname = ci\n`);
  const githubEnv = path.join(dir, "set_env");
  await writeFile(githubEnv, "");
  const runnerFiles = path.join(dir, "step");
  await mkdir(runnerFiles);
  const out = path.join(dir, "found.jsonl");
  await writeFile(out, "");
  // The step's files exist before the step, writable by the user it runs as (as a runner makes them).
  const stepFiles = ["event.json", "output.txt", "summary.md"].map((f) => path.join(runnerFiles, f));
  for (const f of stepFiles) await writeFile(f, "");
  for (const f of [credentials, gitconfig, githubEnv, out, ...stepFiles]) await chmod(f, 0o666);
  for (const d of [runner, path.join(runner, "bin"), path.join(runner, "_diag"), runnerFiles]) await chmod(d, 0o777);
  return { dir, worker, credentials, gitconfig, githubEnv, runnerFiles, out };
}

async function probeInAction(
  disk: Awaited<ReturnType<typeof runnerDisk>>,
  opts: { isolation: string; marker: string; through?: string[] },
): Promise<{ run: ActionRun; found: Probe[]; gh: FakeGitHub }> {
  const gh = new FakeGitHub("berryfun", "app");
  await gh.start();
  try {
    const run = await runAction({
      apiUrl: gh.url,
      payload: prPayload(7),
      dir: disk.runnerFiles,
      through: opts.through ?? [disk.worker, START_CHILD],
      env: {
        PROBE_OUT: disk.out,
        PROBE_FILES: [disk.credentials, disk.gitconfig, disk.githubEnv, path.join(disk.runnerFiles, "output.txt")].join(
          "\n",
        ),
        PROBE_WRITE: disk.githubEnv,
        PROBE_DAEMON: opts.marker,
        GIT_CONFIG_GLOBAL: disk.gitconfig,
        GITHUB_ENV: disk.githubEnv,
        ACTIONS_RUNTIME_TOKEN: RUNTIME,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME,
        GITHUB_TOKEN: TOKEN,
      },
      inputs: {
        "working-directory": "test/fixtures/gating-app",
        config: "probe.config.ts",
        "github-token": TOKEN,
        "report-path": path.join(disk.dir, "report.json"),
        isolation: opts.isolation,
      },
    });
    return { run, found: await probes(disk.out), gh };
  } finally {
    await gh.close();
  }
}

function assertFoundNothing(found: Probe[]): void {
  assert.deepEqual([...new Set(found.map((p) => p.where))], ["config", "act", "invariant"], "the probe ran everywhere");
  for (const p of found) {
    assert.deepEqual(p.found, [], `${p.where} found ${p.found.join(", ")} in its environment`);
    assert.deepEqual(p.proc, [], `${p.where} found a secret in /proc: ${p.proc.join(", ")}`);
    assert.deepEqual(p.files, [], `${p.where} found a secret in ${p.files.join(", ")}`);
    assert.ok(!JSON.stringify(p.values).includes(TOKEN) && !JSON.stringify(p.values).includes(RUNTIME));
  }
}

test("the probe finds what is there: run directly, with tokens in its environment and readable files", async () => {
  const disk = await runnerDisk();
  const r = await execa("node", [path.resolve("bin/race-check.js"), "run", "--config", "probe.config.ts"], {
    cwd: APP,
    reject: false,
    env: {
      PROBE_OUT: disk.out,
      PROBE_FILES: [disk.credentials, disk.gitconfig].join("\n"),
      "INPUT_GITHUB-TOKEN": TOKEN,
      ACTIONS_RUNTIME_TOKEN: RUNTIME,
      CONVEX_ADMIN_KEY: "",
    },
  });
  assert.equal(r.exitCode, 0, r.stderr);
  // The config loads twice: once in a child under a time limit (which, like every child of ours,
  // gets no token), then in the run's own process, which here has them.
  const found = await probes(disk.out);
  assert.deepEqual([...new Set(found.map((p) => p.where))], ["config", "act", "invariant"]);
  const withTokens = found.filter((p) => p.found.length > 0).map((p) => p.where);
  assert.deepEqual([...new Set(withTokens)], ["config", "act", "invariant"]);
  for (const p of found.filter((x) => x.found.length > 0)) {
    assert.deepEqual(p.found.sort(), ["ACTIONS_RUNTIME_TOKEN", "INPUT_GITHUB-TOKEN"]);
    assert.ok(
      p.proc.some((hit) => hit.endsWith("/environ")),
      "its own environment, seen through /proc",
    );
  }
  for (const p of found) assert.deepEqual(p.files.sort(), [disk.credentials, disk.gitconfig].sort());
});

test("in the action (isolation auto), nothing is found: no token in any process, no token file, no write to GITHUB_ENV, no process left", async () => {
  const disk = await runnerDisk();
  const marker = `race-check-daemon-${process.pid}-auto`;
  const { run, found, gh } = await probeInAction(disk, { isolation: "auto", marker });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /your code runs in a sandbox \(root: own PID and mount namespace, no capabilities\)/);
  assert.match(run.stdout, /hidden from it: the step's GITHUB_ENV file, the step's GITHUB_OUTPUT file/);
  assert.match(
    run.stdout,
    /a git config holding a persisted token \(extraheader\), the runner's \.credentials, the runner's logs/,
  );
  assertFoundNothing(found);
  assert.equal(await readFile(disk.githubEnv, "utf8"), "", "nothing reached the next steps' environment");
  assert.deepEqual(await processesWith(marker), [], "the process the config left behind ended with the run");
  // The files themselves are as they were: hidden, not changed.
  assert.match(await readFile(disk.gitconfig, "utf8"), /persisted-checkout-token/);
  assert.equal(await readFile(disk.credentials, "utf8"), RUNNER_SECRET);
  // What it put in its report says the same, and the action still commented with the token.
  const report = JSON.parse(await readFile(path.join(disk.dir, "report.json"), "utf8"));
  assert.equal(report.scenarios[0].headline, "found: nothing");
  assert.equal(gh.comments.length, 1);
  assert.ok(gh.requests.every((q) => q.authorization === `token ${TOKEN}`));
});

test("with isolation off, the same probe reads the action's token through /proc and the files, and its process stays", async (t) => {
  const disk = await runnerDisk();
  const marker = `race-check-daemon-${process.pid}-off`;
  t.after(async () => {
    for (const pid of await processesWith(marker)) process.kill(pid, "SIGKILL");
  });
  const { run, found } = await probeInAction(disk, { isolation: "off", marker });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.doesNotMatch(run.stdout, /runs in a sandbox/);
  for (const p of found) {
    // Its environment is clean either way; what the sandbox closes is everything around it.
    assert.deepEqual(p.found, []);
    assert.ok(
      p.proc.some((hit) => hit.endsWith("/environ")),
      `${p.where}: the action's environment, through /proc`,
    );
    assert.deepEqual(p.files.sort(), [disk.credentials, disk.gitconfig].sort());
  }
  assert.match(await readFile(disk.githubEnv, "utf8"), /PROBE_INJECTED=1/);
  assert.equal((await processesWith(marker)).length, 1);
});

test("isolation: required fails in one line when no sandbox can be made (no unshare on PATH), and runs nothing", async () => {
  const disk = await runnerDisk();
  const bin = path.join(disk.dir, "bin");
  await mkdir(bin);
  // A PATH with node and git but not util-linux.
  for (const [name, target] of [
    ["node", process.execPath],
    ["git", (await execa("sh", ["-c", "command -v git"])).stdout],
  ]) {
    await execa("ln", ["-s", target, path.join(bin, name)]);
  }
  const gh = new FakeGitHub("berryfun", "app");
  await gh.start();
  try {
    const run = await runAction({
      apiUrl: gh.url,
      payload: prPayload(7),
      env: { PATH: bin, PROBE_OUT: disk.out },
      inputs: {
        "working-directory": "test/fixtures/gating-app",
        config: "probe.config.ts",
        "github-token": TOKEN,
        isolation: "required",
      },
    });
    assert.equal(run.exitCode, 1);
    assert.deepEqual(run.errors.filter((e) => e.includes("isolation")).length, 1, run.stdout);
    assert.match(
      run.stdout,
      /input isolation: required, but no sandbox can be made on this runner \(unshare, setpriv, mount, sh not found on PATH/,
    );
    assert.equal(await readFile(disk.out, "utf8"), "", "the config never loaded");
    assert.equal(run.outputs.verdict, "error");
  } finally {
    await gh.close();
  }
});

/** Whether uid 65534 can read this checkout and make a user namespace here; else why not. */
async function unprivilegedBlocker(): Promise<string | undefined> {
  if (process.getuid?.() !== 0) return "the test drops to another user, which needs root";
  const asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", "--"];
  const read = await execa(
    "setpriv",
    [
      ...asNobody,
      process.execPath,
      "-e",
      `require("fs").accessSync(${JSON.stringify(path.resolve("src/action/index.ts"))})`,
    ],
    { reject: false },
  );
  if (read.exitCode !== 0) return "this checkout is not readable by other users";
  const ns = await execa(
    "setpriv",
    [...asNobody, "unshare", "--user", "--map-root-user", "--pid", "--fork", "--mount-proc", "true"],
    { reject: false },
  );
  if (ns.exitCode !== 0) return `this kernel gives no user namespace to an unprivileged user (${ns.stderr.trim()})`;
  return undefined;
}

test("as an unprivileged user (a runner's), without sudo: a user namespace, and again nothing is found", async (t: TestContext) => {
  const blocker = await unprivilegedBlocker();
  if (blocker) return t.skip(blocker);
  const disk = await runnerDisk();
  const marker = `race-check-daemon-${process.pid}-userns`;
  const { run, found } = await probeInAction(disk, {
    isolation: "required",
    marker,
    through: ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", disk.worker, START_CHILD],
  });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /your code runs in a sandbox \(user-namespace:/);
  assertFoundNothing(found);
  assert.equal(await readFile(disk.githubEnv, "utf8"), "");
  assert.deepEqual(await processesWith(marker), []);
});

test("as an unprivileged user with sudo (GitHub's hosted runners): the sudo form, nothing found, and sudo refused inside", async (t: TestContext) => {
  const blocker = await unprivilegedBlocker();
  if (blocker) return t.skip(blocker);
  const sudo = await execa("sh", ["-c", "command -v sudo"], { reject: false });
  if (sudo.exitCode !== 0) return t.skip("sudo is not installed (.ci/run installs it)");
  // As on a hosted runner, the job's user may run anything through sudo without a password; the
  // rule lives as long as this test.
  const rule = "/etc/sudoers.d/race-check-test-nobody";
  await writeFile(rule, "nobody ALL=(ALL) NOPASSWD:ALL\n", { mode: 0o440 });
  t.after(() => rm(rule, { force: true }));
  const disk = await runnerDisk();
  const marker = `race-check-daemon-${process.pid}-sudo`;
  const { run, found } = await probeInAction(disk, {
    isolation: "required",
    marker,
    through: ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", disk.worker, START_CHILD],
  });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /your code runs in a sandbox \(sudo:/);
  assertFoundNothing(found);
  assert.equal(await readFile(disk.githubEnv, "utf8"), "");
  assert.deepEqual(await processesWith(marker), []);
  // Inside, the job's user is back, without the way to root it had outside.
  const inside = await execa(
    "setpriv",
    [
      "--reuid=65534",
      "--regid=65534",
      "--clear-groups",
      "--",
      process.execPath,
      "--import",
      "tsx",
      "-e",
      `import("${path.resolve("src/action/sandbox.ts")}").then(async ({ findSandbox }) => {
        const { sandbox } = await findSandbox();
        const [file, ...args] = sandbox.wrap(["/bin/sh", "-c", "id -u; sudo -n true; echo sudo=$?"], []);
        const r = require("child_process").spawnSync(file, args, { encoding: "utf8" });
        process.stdout.write(sandbox.form + " " + r.stdout.replace(/\\n/g, " "));
      })`,
    ],
    { reject: false, env: { PATH: process.env.PATH ?? "", HOME: os.tmpdir() } },
  );
  assert.match(inside.stdout, /^sudo 65534 sudo=1 $/, inside.stderr);
});
