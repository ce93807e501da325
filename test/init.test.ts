// `race-check init` on real Convex projects: what it proposes and why, the files it writes, that
// `race-check run` on them finds the races, that they typecheck, and what it refuses to do.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { execa } from "execa";
import { runRaceCheck } from "../src/run.ts";
import { runCli } from "./helpers/in-process.js";

const REPO = process.cwd();
const CLI = path.join(REPO, "bin/race-check.js");
let root: string;
let sample: string;
let shop: string;
let calm: string;

before(async () => {
  // Inside the repository, so the copies resolve `convex` from its node_modules as a project would.
  await mkdir(".tmp", { recursive: true });
  root = await mkdtemp(path.join(REPO, ".tmp", "init-"));
  sample = path.join(root, "sample");
  shop = path.join(root, "shop");
  calm = path.join(root, "calm");
  // The sample app as a new user has it: its functions, schema and _generated, no race-check files.
  await cp(path.join(REPO, "convex"), path.join(sample, "convex"), {
    recursive: true,
    filter: (src) => path.basename(src) !== "testing.ts",
  });
  await writeFile(
    path.join(sample, "package.json"),
    JSON.stringify({ name: "sample", private: true, type: "module", dependencies: { convex: "*" } }),
  );
  await cp(path.join(REPO, "test/fixtures/init-shop-app"), shop, { recursive: true });
  await cp(path.join(REPO, "test/fixtures/init-calm-app"), calm, { recursive: true });
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The CLI's entry, in this process (helpers/in-process.ts), with what it printed. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(args);
  return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
}

/** 1-based line of `export const name` in a file of the sample app. */
async function lineOf(file: string, name: string): Promise<number> {
  const lines = (await readFile(path.join(REPO, file), "utf8")).split("\n");
  const index = lines.findIndex((l) => l.startsWith(`export const ${name} `));
  assert.ok(index >= 0, `${name} not found in ${file}`);
  return index + 1;
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

test("--dry-run prints the proposal and both files, and writes nothing", async () => {
  const r = await cli(["init", "--dir", sample, "--dry-run"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^--- race-check\.config\.ts \(not written: --dry-run\) ---$/m);
  assert.match(r.stdout, /^--- convex\/raceTesting\.ts \(not written: --dry-run\) ---$/m);
  assert.match(r.stdout, /^export default defineConfig\(\{$/m);
  assert.equal(await exists(path.join(sample, "race-check.config.ts")), false);
  assert.equal(await exists(path.join(sample, "convex/raceTesting.ts")), false);
});

test("init on the sample app says what it proposes, why and where, writes the config and raceTesting.ts", async () => {
  const r = await cli(["init", "--dir", sample]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, "");
  const ledger = "convex/ledgerItems.ts";
  const coupons = "convex/coupons.ts";
  const expected = [
    `Session capacity: addToLedger: ledgerItems:addToLedger at ${ledger}:${await lineOf(ledger, "addToLedger")}; action checks sessions.capacity with ctx.runQuery, then inserts into ledgerItems with ctx.runMutation`,
    `Coupon claim: claimCoupon: coupons:claimCoupon at ${coupons}:${await lineOf(coupons, "claimCoupon")}; action reads coupons.status with ctx.runQuery, then sets it with ctx.runMutation`,
    `Session capacity: spotsLeft then enroll: ledgerItems:spotsLeft then ledgerItems:enroll at ${ledger}:${await lineOf(ledger, "enroll")}; a client reads public query spotsLeft (${ledger}:${await lineOf(ledger, "spotsLeft")})`,
    `Session capacity: addToLedgerAtomic: ledgerItems:addToLedgerAtomic at ${ledger}:${await lineOf(ledger, "addToLedgerAtomic")}; mutation counts ledgerItems against sessions.capacity in one transaction: expected OK`,
    `Coupon claim: claimCouponAtomic: coupons:claimCouponAtomic at ${coupons}:${await lineOf(coupons, "claimCouponAtomic")}; mutation sets coupons.status once`,
  ];
  const lines = r.stdout.split("\n");
  for (const line of expected)
    assert.ok(
      lines.some((l) => l.startsWith(`  ${line}`)),
      `missing: ${line}\n${r.stdout}`,
    );
  assert.match(r.stdout, /^Proposed scenarios \(5\):$/m);
  assert.match(r.stdout, /^Wrote .*race-check\.config\.ts$/m);
  assert.match(r.stdout, /^Wrote .*convex\/raceTesting\.ts$/m);
  assert.match(r.stdout, /^Next: .*npx race-check run$/m);

  const config = await readFile(path.join(sample, "race-check.config.ts"), "utf8");
  // Typed from the app's functions: scenario() for the act and, through the callback's helpers,
  // for each invariant that reads the setup; no type is spelled out.
  assert.match(config, /^import \{ defineConfig, maxSuccesses, scenario \} from "race-check";$/m);
  assert.match(config, /^ {6}invariant: \(check\) =>\n {8}check\.capacity\(\{$/m);
  assert.doesNotMatch(config, /FunctionReturnType|capacity</);
  assert.equal(config.match(/^ {4}scenario\(\{$/gm)?.length, 5);
  assert.match(config, /^import \{ api, internal \} from "\.\/convex\/_generated\/api";$/m);
  assert.doesNotMatch(config, /\bas (never|any)\b|internal\.testing\./);
  const testing = await readFile(path.join(sample, "convex/raceTesting.ts"), "utf8");
  // Every required field of sessions and coupons is filled; the claim starts unclaimed.
  assert.match(testing, /ctx\.db\.insert\("sessions", \{ name: "race-check", capacity \}\)/);
  assert.match(testing, /ctx\.db\.insert\("coupons", \{ code, status: "available" \}\)/);
  assert.match(testing, /export const countLedgerItems = internalQuery\(/);
  assert.doesNotMatch(testing, /(?<![.\w])(mutation|query|action)\(/, "test-support functions must all be internal");
});

test("race-check run on the generated sample config finds the action and flow races, and the atomic ones hold", async () => {
  const result = await runRaceCheck({ configFile: path.join(sample, "race-check.config.ts"), rounds: 3, seed: 5 });
  const verdicts = Object.fromEntries(result.scenarios.map((s) => [s.name, s.verdict]));
  assert.deepEqual(verdicts, {
    "Coupon claim: claimCoupon": "race",
    "Session capacity: addToLedger": "race",
    "Session capacity: spotsLeft then enroll": "race",
    "Coupon claim: claimCouponAtomic": "ok",
    "Session capacity: addToLedgerAtomic": "ok",
  });
});

test("a shop: stock sold by an action, a ticket claimed once, a page flow, seeded ids, a draft, an HTTP route", async () => {
  const r = await cli(["init", "--dir", shop]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    /^ {2}Product stock: buy: products:buy at convex\/products\.ts:\d+; action checks products\.stock/m,
  );
  assert.match(
    r.stdout,
    /^ {2}Ticket claim: claimTicket: tickets:claimTicket at convex\/tickets\.ts:\d+; action reads tickets\.claimedBy/m,
  );
  assert.match(r.stdout, /^ {2}Product stock: stockLeft then order: products:stockLeft then products:order at /m);
  assert.match(
    r.stdout,
    /^Drafted in comments, for you to finish \(1\):\n {2}Check then act: increment: counter:increment at convex\/counter\.ts:\d+;/m,
  );
  assert.match(r.stdout, /^ {2}POST \/payments\/webhook: convex\/http\.ts:\d+, handler paymentWebhook$/m);
  // Raising stock is no use of it; the commented-out route in http.ts is no route.
  assert.doesNotMatch(r.stdout, /restock|\/old/);

  const config = await readFile(path.join(shop, "race-check.config.ts"), "utf8");
  assert.match(config, /^ {4}\/\/ {3}POST \/payments\/webhook \(convex\/http\.ts:\d+, handler paymentWebhook\)$/m);
  assert.match(config, /^ {4}\/\/ scenario\(\{\n {4}\/\/ {3}name: "Check then act: increment",$/m);
  // The route is drafted as a flow that delivers it twice.
  assert.match(config, /^ {4}\/\/ {3}name: "POST \/payments\/webhook delivered twice",$/m);
  assert.match(config, /^ {4}\/\/ {5}\(await fetch\(`\$\{siteUrl\}\/payments\/webhook`, \{ method: "POST"/m);
  const testing = await readFile(path.join(shop, "convex/raceTesting.ts"), "utf8");
  // A product needs a venue (a required id), and each client acts as its own user.
  assert.match(testing, /const venueId = await ctx\.db\.insert\("venues", \{ name: "race-check" \}\);/);
  assert.match(testing, /for \(let i = 0; i < userCount; i\+\+\)/);
  assert.match(testing, /ctx\.db\.insert\("tickets", \{ code \}\)/);

  const result = await runRaceCheck({ configFile: path.join(shop, "race-check.config.ts"), rounds: 3, seed: 9 });
  const verdicts = Object.fromEntries(result.scenarios.map((s) => [s.name, s.verdict]));
  assert.deepEqual(verdicts, {
    "Product stock: buy": "race",
    "Ticket claim: claimTicket": "race",
    "Product stock: stockLeft then order": "race",
    "Product stock: buyAtomic": "ok",
    "Ticket claim: claimTicketAtomic": "ok",
  });
});

test("the generated files typecheck against the regenerated api, drafts included once uncommented", async () => {
  const convex = path.join(REPO, "node_modules/convex/bin/main.js");
  for (const project of [sample, shop]) {
    // What `npx convex dev` does for the user: add raceTesting to _generated/api (offline, local only).
    await execa(process.execPath, [convex, "codegen", "--system-udfs", "--typecheck", "disable"], { cwd: project });
  }
  const config = await readFile(path.join(shop, "race-check.config.ts"), "utf8");
  const uncommented = config
    .replace(/^( {4})\/\/ (scenario\(\{\n(?:\1\/\/ .*\n)*?\1\/\/ \}\),)$/gm, (block) =>
      block.replace(/^( {4})\/\/ /gm, "$1"),
    )
    .replace(
      /^import \{ .*defineConfig.* \} from "race-check";$/m,
      (line) => `${line}\nimport { makeFunctionReference } from "convex/server";`,
    );
  assert.match(uncommented, /^ {4}scenario\(\{\n {6}name: "Check then act: increment",$/m);
  assert.match(uncommented, /^ {4}scenario\(\{\n {6}name: "POST \/payments\/webhook delivered twice",$/m);
  await writeFile(path.join(shop, "drafts.config.ts"), uncommented);
  const files = [
    "sample/convex",
    "sample/race-check.config.ts",
    "shop/convex",
    "shop/race-check.config.ts",
    "shop/drafts.config.ts",
  ];
  await writeFile(
    path.join(root, "tsconfig.json"),
    JSON.stringify({
      // What a Convex project's own tsconfig says (bundler resolution), with race-check from this checkout.
      compilerOptions: {
        target: "ESNext",
        lib: ["ES2022", "dom"],
        module: "ESNext",
        moduleResolution: "Bundler",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        isolatedModules: true,
        allowImportingTsExtensions: true,
        types: ["node"],
        paths: { "race-check": [path.join(REPO, "src/index.ts")] },
      },
      include: files,
      exclude: ["*/convex/_generated"],
    }),
  );
  const tsc = await execa(
    process.execPath,
    [path.join(REPO, "node_modules/typescript/bin/tsc"), "-p", root, "--listFiles"],
    {
      reject: false,
    },
  );
  assert.equal(tsc.exitCode, 0, tsc.stdout);
  for (const file of [
    "sample/convex/raceTesting.ts",
    "sample/race-check.config.ts",
    "shop/convex/raceTesting.ts",
    "shop/drafts.config.ts",
  ]) {
    assert.ok(tsc.stdout.includes(path.join(root, file)), `tsc did not check ${file}`);
  }
  // The types are really applied: a setup field an invariant reads, misspelled, is an error.
  const sampleConfig = await readFile(path.join(sample, "race-check.config.ts"), "utf8");
  const typo = sampleConfig.replace(/limit: \(setup\) => setup\.capacity,/, "limit: (setup) => setup.capacty,");
  assert.notEqual(typo, sampleConfig);
  await writeFile(path.join(sample, "typo.config.ts"), typo);
  const tsconfig = JSON.parse(await readFile(path.join(root, "tsconfig.json"), "utf8")) as { include: string[] };
  await writeFile(
    path.join(root, "tsconfig.json"),
    JSON.stringify({ ...tsconfig, include: ["sample/typo.config.ts"] }),
  );
  const wrong = await execa(process.execPath, [path.join(REPO, "node_modules/typescript/bin/tsc"), "-p", root], {
    reject: false,
  });
  assert.match(wrong.stdout, /typo\.config\.ts\(\d+,\d+\): error TS2551: Property 'capacty' does not exist/);
});

test("existing files are never overwritten without --force; with it they are", async () => {
  const configFile = path.join(sample, "race-check.config.ts");
  await writeFile(configFile, "// mine\n");
  const refused = await cli(["init", "--dir", sample]);
  assert.equal(refused.code, 2);
  assert.equal(refused.stdout, "");
  assert.match(refused.stderr, /^race-check init: \S*race-check\.config\.ts exists: pass --force to overwrite it\n$/);
  assert.equal(await readFile(configFile, "utf8"), "// mine\n");

  // Only raceTesting.ts in the way: named too, and the config is not written either.
  await rm(configFile);
  const testingOnly = await cli(["init", "--dir", sample]);
  assert.equal(testingOnly.code, 2);
  assert.match(
    testingOnly.stderr,
    /^race-check init: \S*convex\/raceTesting\.ts exists: pass --force to overwrite it\n$/,
  );
  assert.equal(await exists(configFile), false);

  // As a user runs it: a child process.
  await writeFile(configFile, "// mine\n");
  const forced = await execa("node", [CLI, "init", "--force"], { cwd: sample, reject: false });
  assert.equal(forced.exitCode, 0, forced.stderr);
  assert.match(forced.stdout, /^Wrote race-check\.config\.ts$/m);
  assert.match(forced.stdout, /^Next: npx race-check run$/m);
  assert.match(await readFile(configFile, "utf8"), /export default defineConfig\(/);
});

test("the functions directory from convex.json; a module that cannot load is named, the rest still read", async () => {
  const alt = path.join(root, "alt");
  await cp(path.join(sample, "convex"), path.join(alt, "src/backend"), {
    recursive: true,
    filter: (src) => !/raceTesting\.ts$/.test(src),
  });
  await writeFile(path.join(alt, "convex.json"), JSON.stringify({ functions: "src/backend/" }));
  await writeFile(path.join(alt, "src/backend/payments.ts"), 'throw new Error("PAYMENT_KEY is not set");\n');
  const r = await cli(["init", "--dir", alt, "--dry-run"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stderr,
    "race-check: warning: could not load src/backend/payments.ts (PAYMENT_KEY is not set); its functions were not read\n",
  );
  assert.match(
    r.stdout,
    /^ {2}Session capacity: addToLedger: ledgerItems:addToLedger at src\/backend\/ledgerItems\.ts:\d+;/m,
  );
  assert.match(r.stdout, /^import \{ api, internal \} from "\.\/src\/backend\/_generated\/api";$/m);
  assert.match(r.stdout, /^--- src\/backend\/raceTesting\.ts \(not written: --dry-run\) ---$/m);
});

test("an app with nothing racy: says so and what it looked for, writes nothing, exits 0", async () => {
  const before = await readdir(calm, { recursive: true });
  const r = await cli(["init", "--dir", calm]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^race-check init: nothing racy found in convex\/ \(3 functions, 2 tables\)\.$/m);
  assert.match(r.stdout, /Looked for: actions that read with ctx\.runQuery and then write with ctx\.runMutation;/);
  assert.match(r.stdout, /No files written\./);
  assert.deepEqual(await readdir(calm, { recursive: true }), before);
});

test("help, bad flags and a directory that is no Convex project: one line, exit 2", async () => {
  const help = await cli(["init", "--help"]);
  assert.equal(help.code, 0);
  for (const flag of ["--dir", "--force", "--dry-run"]) assert.match(help.stdout, new RegExp(`^ {2}${flag}\\b`, "m"));
  const top = await cli(["--help"]);
  assert.match(top.stdout, /race-check init \[options\]/);

  const bad = await cli(["init", "--frce"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^race-check init: Unknown option '--frce'.*\(see race-check init --help\)\n$/);

  const empty = path.join(root, "empty");
  await mkdir(empty, { recursive: true });
  const none = await cli(["init", "--dir", empty]);
  assert.equal(none.code, 2);
  assert.match(
    none.stderr,
    /^race-check init: convex\/ not found in .*empty: run race-check init in a Convex project \(or pass --dir\)\n$/,
  );
});
