// Requirement: the npm package works where a user installs it. A copy of this checkout is bundled
// (so the test is honest on a clean clone and never touches the committed dist/), packed with
// `npm pack`, and installed with the real npm (from its cache where it can) into a project that has only convex. Then
// plain Node imports it, its bin runs, a user's `tsc --strict` type-checks against it, and none of
// the Action's toolkit is in it outside the Action's own bundle.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";

const here = process.cwd();
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
// Bundled into the copy under a version of its own: the printed version must come from package.json.
const version = `${(JSON.parse(await readFile("package.json", "utf8")) as { version: string }).version}-packtest.0`;

let root = "";
let repo = "";
let project = "";
let installed = "";
let packed: string[] = [];

// npm run by `npm test` exports npm_config_* settings; the npm commands below must see their own.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_") && k !== "INIT_CWD"),
);
const sh = (file: string, args: string[], cwd: string) =>
  execa(file, args, { cwd, env: { ...cleanEnv, CONVEX_ADMIN_KEY: "" }, extendEnv: false, reject: false });

/** A package and what it needs at run time, copied (not linked) from this checkout's node_modules. */
async function copyInstalled(name: string, into: string, seen = new Set<string>()): Promise<void> {
  if (seen.has(name)) return;
  seen.add(name);
  const from = await realpath(path.join(here, "node_modules", name));
  await cp(from, path.join(into, "node_modules", name), { recursive: true });
  const pkg = JSON.parse(await readFile(path.join(from, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    if (!existsSync(path.join(from, "node_modules", dep))) await copyInstalled(dep, into, seen);
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

before(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), "race-check-pack-")));
  repo = path.join(root, "repo");
  const skip = new Set(["node_modules", ".git", "dist", ".tmp", "test", "bench"]);
  await cp(here, repo, {
    recursive: true,
    filter: (src) => !skip.has(path.relative(here, src).split(path.sep)[0]),
  });
  await symlink(await realpath(path.join(here, "node_modules")), path.join(repo, "node_modules"), "dir");
  const pkg = JSON.parse(await readFile(path.join(repo, "package.json"), "utf8")) as { version: string };
  await writeFile(path.join(repo, "package.json"), JSON.stringify({ ...pkg, version }, null, 2));

  const bundle = await sh(process.execPath, ["--import", "tsx", "scripts/bundle.ts"], repo);
  assert.equal(bundle.exitCode, 0, bundle.stdout + bundle.stderr);
  const pack = await sh("npm", ["pack", "--json", "--pack-destination", root], repo);
  assert.equal(pack.exitCode, 0, pack.stderr);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packed = info.files.map((f) => f.path);

  // A Convex app as npm leaves it: convex and its dependencies in node_modules, nothing else.
  project = path.join(root, "project");
  await mkdir(path.join(project, "node_modules"), { recursive: true });
  const convexVersion = (JSON.parse(await readFile("node_modules/convex/package.json", "utf8")) as { version: string })
    .version;
  await writeFile(
    path.join(project, "package.json"),
    JSON.stringify({ name: "user-app", private: true, dependencies: { convex: `^${convexVersion}` } }),
  );
  await copyInstalled("convex", project);
  const install = await sh(
    "npm",
    ["install", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund", path.join(root, info.filename)],
    project,
  );
  assert.equal(install.exitCode, 0, install.stdout + install.stderr);
  installed = path.join(project, "node_modules", "race-check");
  for (const item of ["convex", "race-check.config.ts"]) {
    await cp(path.join(here, "test/fixtures/counter-app", item), path.join(project, item), { recursive: true });
  }
});

// A copy of convex and its esbuild per run: about 100 MB.
after(() => rm(root, { recursive: true, force: true }));

test("the package holds the bundles, declarations, notices and the docs the README links, and no sources", async () => {
  for (const file of [
    "bin/race-check.js",
    "dist/api.js",
    "dist/cli.js",
    "dist/index.js",
    "dist/embedded-server.js",
    "dist/loader.js",
    "dist/loader-hooks.js",
    "dist/types/index.d.ts",
    "dist/THIRD_PARTY_NOTICES.md",
    "action.yml",
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
  ]) {
    assert.ok(packed.includes(file), `${file} is in the package`);
  }
  const readme = await readFile(path.join(installed, "README.md"), "utf8");
  for (const [, link] of readme.matchAll(/\]\((docs\/[^)#]+)/g)) assert.ok(packed.includes(link), `${link} is packed`);
  assert.deepEqual(
    packed.filter((f) => f.startsWith("src/") || f.startsWith("test/")),
    [],
  );
  const notices = await readFile(path.join(installed, "dist/THIRD_PARTY_NOTICES.md"), "utf8");
  assert.match(notices, /^## @actions\/core .*\n\nLicense: MIT\. Bundled into: index\.js\./m);
  assert.match(notices, /^## convex-test .*\n\nLicense: Apache-2\.0\. Bundled into: .*cli\.js/m);

  const manifest = JSON.parse(await readFile(path.join(installed, "package.json"), "utf8"));
  assert.deepEqual(manifest.dependencies ?? {}, {});
  assert.equal(manifest.peerDependencies.convex, ">=1.43.0 <2");
  const top = (await readdir(path.join(project, "node_modules"))).filter((n) => !n.startsWith("."));
  assert.ok(top.includes("race-check") && top.includes("convex"));
  for (const absent of ["@actions", "tsx", "convex-test", "execa", "typescript"])
    assert.ok(!top.includes(absent), absent);
});

test("plain Node imports the library", async () => {
  const r = await sh(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'const m = await import("race-check"); console.log(typeof m.defineConfig, typeof m.runRaceCheck, typeof m.capacity)',
    ],
    project,
  );
  assert.equal(r.exitCode, 0, r.stderr);
  assert.equal(r.stdout.trim(), "function function function");
});

test("npx race-check --version prints the version package.json had when it was bundled", async () => {
  const r = await sh("npx", ["--offline", "race-check", "--version"], project);
  assert.equal(r.exitCode, 0, r.stderr);
  assert.equal(r.stdout.trim(), version);
});

test("in a checkout, bin runs the source, which reads package.json, even beside a bundle", async () => {
  assert.ok(existsSync(path.join(repo, "dist/cli.js")));
  const pkg = JSON.parse(await readFile(path.join(repo, "package.json"), "utf8")) as { version: string };
  await writeFile(path.join(repo, "package.json"), JSON.stringify({ ...pkg, version: `${version}.1` }));
  const r = await sh(process.execPath, ["bin/race-check.js", "--version"], repo);
  assert.equal(r.exitCode, 0, r.stderr);
  assert.equal(r.stdout.trim(), `${version}.1`);
});

test("npx race-check run and explore on a Convex app: the lost update is found", async () => {
  const run = await sh("npx", ["--offline", "race-check", "run", "--rounds", "3", "--seed", "5"], project);
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /^Counter: RACE CONDITION$/m);
  assert.match(run.stdout, /^Counter \(atomic\): OK$/m);
  assert.doesNotMatch(run.stderr, /error|warning/i);
  // explore runs convex-test inside the CLI's own process: it must share the project's convex.
  const explore = await sh(
    "npx",
    ["--offline", "race-check", "explore", "--scenario", "Counter", "--budget", "20", "--seed", "5"],
    project,
  );
  assert.equal(explore.exitCode, 1, explore.stdout + explore.stderr);
  assert.match(explore.stdout, /Lost updates/);
});

test("a user's tsc --strict checks a config against the published types: no error inside them", async () => {
  const compilerOptions = { strict: true, noEmit: true, target: "ES2022", skipLibCheck: false, types: [] };
  await writeFile(
    path.join(project, "uses-api.mts"),
    `import { capacity, defineConfig, maxSuccesses, renderText, runRaceCheck, type RaceCheckConfig } from "race-check";
const config: RaceCheckConfig = defineConfig({
  rounds: 5,
  scenarios: [
    { name: "claims", setup: "coupons:create", clients: 2, act: { fn: "coupons:claim", args: {} }, invariant: maxSuccesses({ limit: 1 }) },
    { name: "seats", act: { fn: "seats:take" }, invariant: capacity({ read: { fn: "seats:count" }, limit: 5, noun: "seats" }) },
  ],
});
export const report = async (): Promise<string> => renderText(await runRaceCheck({ config }));
`,
  );
  await writeFile(
    path.join(project, "wrong.mts"),
    'import { defineConfig } from "race-check";\nexport default defineConfig({ rounds: "many", scenarios: [] });\n',
  );
  const configs = {
    // Convex's own tsconfig: bundler resolution, the config beside convex/.
    "tsconfig.bundler.json": {
      module: "ESNext",
      moduleResolution: "Bundler",
      files: ["race-check.config.ts", "uses-api.mts", "wrong.mts"],
    },
    "tsconfig.node.json": { module: "NodeNext", moduleResolution: "NodeNext", files: ["uses-api.mts", "wrong.mts"] },
  };
  // Two programs, checked side by side: each reads all of convex's declarations (skipLibCheck off).
  await Promise.all(
    Object.entries(configs).map(async ([name, { files, ...options }]) => {
      const tsconfig = { compilerOptions: { ...compilerOptions, ...options }, files };
      await writeFile(path.join(project, name), JSON.stringify(tsconfig));
      const r = await sh(process.execPath, [tsc, "-p", name], project);
      // The types are really applied: the wrong value is the one error, reported in the user's file.
      const errors = r.stdout.split("\n").filter((l) => /error TS\d+/.test(l));
      assert.equal(errors.length, 1, `${name}:\n${r.stdout}${r.stderr}`);
      assert.match(errors[0], /^wrong\.mts\(2,\d+\): error TS2322/);
    }),
  );
});

test("no @actions code in the package outside the Action's bundle", async () => {
  const actions = /["'`]@actions\/|node_modules\/@actions\//;
  // The check can see it: esbuild names every bundled module's source path in the Action's bundle.
  assert.match(await readFile(path.join(installed, "dist/index.js"), "utf8"), actions);
  for await (const file of walk(installed)) {
    const relative = path.relative(installed, file);
    if (relative === "dist/index.js" || !/\.(c|m)?js$|\.d\.ts$/.test(relative)) continue;
    assert.doesNotMatch(await readFile(file, "utf8"), actions, relative);
  }
});
