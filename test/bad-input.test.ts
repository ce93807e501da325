// Bad input: one clear line (what, where, how to fix), exit 2, no stack trace, nothing run. The CLI
// runs in this process (test/helpers/in-process.ts): each case is an exit code and what was printed.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import path from "node:path";
import { runCli } from "./helpers/in-process.js";

const SAMPLE_FUNCTIONS = path.resolve("convex");
let dir: string;

/** Writes a config into its own directory; `functionsDir` points at the sample app unless given. */
async function config(name: string, body: string, functionsDir: string | null = SAMPLE_FUNCTIONS): Promise<string> {
  const d = path.join(dir, name);
  await mkdir(d, { recursive: true });
  const file = path.join(d, "race-check.config.ts");
  const fd = functionsDir === null ? "" : `functionsDir: ${JSON.stringify(functionsDir)},`;
  await writeFile(file, body.replace("FUNCTIONS_DIR", fd));
  return file;
}

const good = (scenario: string) => `import { capacity, maxSuccesses, custom } from "race-check";
export default { FUNCTIONS_DIR scenarios: [${scenario}] };`;
const okScenario = `{ name: "s", setup: "testing:createCoupon", act: { fn: "coupons:claimCouponAtomic", args: ({ setup, client }) => ({ code: setup.code, claimant: "u" + client }) }, invariant: maxSuccesses({ limit: 1 }) }`;

before(async () => {
  // Inside the repository, so the configs' projects resolve `convex` as a real project would.
  await mkdir(".tmp", { recursive: true });
  dir = await mkdtemp(path.resolve(".tmp", "bad-input-"));
});

interface Case {
  name: string;
  args: () => Promise<string[]> | string[];
  message: RegExp;
  env?: Record<string, string>;
}

const cases: Case[] = [
  {
    name: "config file missing",
    args: () => ["run", "--config", "nope.config.ts"],
    message: /config file not found: nope\.config\.ts \(create race-check\.config\.ts/,
  },
  {
    name: "TypeScript syntax error names file:line",
    args: async () => [
      "run",
      "--config",
      await config("syntax", "export default {\n  scenarios: [\n    { name: 'x', act: }\n  ]\n};\n"),
    ],
    message: /race-check\.config\.ts:3:\d+: Unexpected "}"/,
  },
  {
    name: "default export missing",
    args: async () => ["run", "--config", await config("nodefault", "export const x = 1;\n")],
    message: /has no default export: end it with `export default defineConfig/,
  },
  {
    name: "default export not an object",
    args: async () => ["run", "--config", await config("string", 'export default "hello";\n')],
    message: /default export: expected an object like defineConfig/,
  },
  {
    name: "no scenarios",
    args: async () => ["run", "--config", await config("empty", good(""))],
    message: /scenarios: expected a non-empty array/,
  },
  {
    name: "unknown function path lists close matches",
    args: async () => [
      "run",
      "--config",
      await config("typo", good(okScenario.replace("coupons:claimCouponAtomic", "coupons:claimCoupn"))),
    ],
    message: /scenario "s" act\.fn: no function "coupons:claimCoupn" in .*; did you mean "coupons:claimCoupon"/,
  },
  {
    name: "unknown setup function",
    args: async () => [
      "run",
      "--config",
      await config("typo-setup", good(okScenario.replace("testing:createCoupon", "testing:makeCoupon"))),
    ],
    message: /scenario "s" setup: no function "testing:makeCoupon"/,
  },
  {
    name: "not a function path",
    args: async () => [
      "run",
      "--config",
      await config("badpath", good(okScenario.replace('"coupons:claimCouponAtomic"', '"coupons claim"'))),
    ],
    message: /act\.fn: "coupons claim" is not a Convex function path/,
  },
  {
    name: "--rounds 0",
    args: () => ["run", "--rounds", "0"],
    message: /--rounds: expected a whole number from 1 to 100000, got "0"/,
  },
  {
    name: "--rounds -1",
    args: () => ["run", "--rounds=-1"],
    message: /--rounds: expected a whole number from 1 to 100000, got "-1"/,
  },
  {
    name: "--rounds abc",
    args: () => ["run", "--rounds", "abc"],
    message: /--rounds: expected a whole number .* got "abc"/,
  },
  {
    name: "--rounds 1e9",
    args: () => ["run", "--rounds", "1e9"],
    message: /--rounds: expected a whole number from 1 to 100000, got "1e9"/,
  },
  {
    name: "--clients 0",
    args: () => ["run", "--clients", "0"],
    message: /--clients: expected a whole number from 1 to 1000/,
  },
  {
    name: "--clients above the maximum says the maximum",
    args: () => ["run", "--clients", "1001"],
    message: /--clients: expected a whole number from 1 to 1000, got "1001"/,
  },
  {
    name: "rounds 0 in the config",
    args: async () => [
      "run",
      "--config",
      await config("rounds0", good(okScenario).replace("scenarios:", "rounds: 0, scenarios:")),
    ],
    message: /rounds: expected a whole number from 1 to 100000, got 0/,
  },
  {
    name: "duplicate scenario names",
    args: async () => ["run", "--config", await config("dup", good(`${okScenario}, ${okScenario}`))],
    message: /scenario "s": duplicate scenario name/,
  },
  {
    name: 'expect other than "race"',
    args: async () => [
      "run",
      "--config",
      await config("expect", good(okScenario.replace('name: "s",', 'name: "s", expect: "fail",'))),
    ],
    message: /scenario "s" expect: expected "race" \(a known race: reported, not failing\), got "fail"/,
  },
  {
    name: "--scenario matching nothing lists the names",
    args: () => ["run", "--scenario", "Nope"],
    message: /no scenario named "Nope" in race-check\.config\.ts; scenarios are: "Session Capacity Race", /,
  },
  {
    name: "invariant missing",
    args: async () => [
      "run",
      "--config",
      await config("noinv", good(okScenario.replace(", invariant: maxSuccesses({ limit: 1 })", ""))),
    ],
    message: /scenario "s" invariant: missing: use capacity/,
  },
  {
    name: "invariant callback outside scenario()",
    args: async () => [
      "run",
      "--config",
      await config(
        "invcallback",
        good(okScenario.replace("maxSuccesses({ limit: 1 })", "(check) => check.maxSuccesses({ limit: 1 })")),
      ),
    ],
    message:
      /scenario "s" invariant: a callback \(check\) => check\.capacity\(\.\.\.\) is resolved by scenario\(\): wrap this scenario in scenario\(\{ \.\.\. \}\), or give the invariant itself/,
  },
  {
    name: "invariant of unknown kind",
    args: async () => [
      "run",
      "--config",
      await config("kind", good(okScenario.replace("maxSuccesses({ limit: 1 })", '{ kind: "atMostOnce" }'))),
    ],
    message: /invariant\.kind: unknown kind "atMostOnce"; expected one of capacity, maxSuccesses, custom/,
  },
  {
    name: "capacity without read",
    args: async () => [
      "run",
      "--config",
      await config("noread", good(okScenario.replace("maxSuccesses({ limit: 1 })", "{ kind: 'capacity', limit: 1 }"))),
    ],
    message: /invariant\.read: capacity needs read/,
  },
  {
    name: "act missing",
    args: async () => [
      "run",
      "--config",
      await config("noact", good('{ name: "s", invariant: maxSuccesses({ limit: 1 }) }')),
    ],
    message: /scenario "s" act: expected \{ fn: "module:function", args \} or an async flow/,
  },
  {
    name: "scenario without a name",
    args: async () => ["run", "--config", await config("noname", good('{ act: { fn: "a:b" } }'))],
    message: /scenarios\[0\]\.name: every scenario needs a non-empty name/,
  },
  {
    name: "setup that throws",
    args: async () => [
      "run",
      "--config",
      await config(
        "setupthrows",
        good(okScenario.replace('"testing:createCoupon"', '{ fn: "testing:createSession", args: {} }')),
      ),
    ],
    message: /scenario "s": setup testing:createSession threw: .*capacity/,
  },
  {
    name: "setup that throws, in explore as in run",
    args: async () => [
      "explore",
      "--config",
      await config(
        "setupthrows-explore",
        good(okScenario.replace('"testing:createCoupon"', '{ fn: "testing:createSession", args: {} }')),
      ),
    ],
    message: /scenario "s": setup testing:createSession threw: .*capacity/,
  },
  {
    name: "setup that returns a non-object",
    args: async () => [
      "run",
      "--config",
      await config(
        "setupnumber",
        good(
          okScenario.replace(
            'setup: "testing:createCoupon"',
            'setup: { fn: "coupons:byCode", args: { code: "none" } }',
          ),
        ),
      ),
    ],
    message: /setup coupons:byCode returned null; it must return an object such as \{ sessionId \}/,
  },
  {
    name: "an internal function as the users' act",
    args: async () => [
      "run",
      "--config",
      await config("internal-act", good(okScenario.replace("coupons:claimCouponAtomic", "coupons:markPending"))),
    ],
    message: /act\.fn: coupons:markPending is internal, and simulated users call functions as a browser would/,
  },
  {
    name: "credentials in --url are refused without being echoed",
    args: () => ["run", "--backend", "url", "--url", "http://admin:hunter2@127.0.0.1:3210"],
    message: /^race-check: --url: put no credentials in the URL(?!.*hunter2)/,
  },
  {
    name: "invalid --backend",
    args: () => ["run", "--backend", "cloud"],
    message: /--backend: unknown backend "cloud"; expected one of embedded/,
  },
  {
    name: "--url that is not a URL",
    args: () => ["run", "--backend", "url", "--url", "not a url"],
    message: /--url: "not a url" is not a URL/,
  },
  {
    name: "non-loopback --url without the opt-in",
    args: () => ["run", "--backend", "url", "--url", "https://example.convex.cloud"],
    message: /https:\/\/example\.convex\.cloud is not on this machine.*--allow-remote/,
  },
  {
    name: "url backend without an admin key",
    args: () => ["run", "--backend", "url", "--url", "http://127.0.0.1:9"],
    message: /backend url needs an admin key: set CONVEX_ADMIN_KEY/,
  },
  {
    name: "convex/ directory missing",
    args: async () => ["run", "--config", await config("nofunctions", good(okScenario), null)],
    message: /convex\/ not found: run race-check in a Convex project/,
  },
  { name: "unknown flag", args: () => ["run", "--bogus"], message: /Unknown option '--bogus'/ },
  { name: "unknown command", args: () => ["frobnicate"], message: /unknown command "frobnicate"/ },
  { name: "--seed abc", args: () => ["run", "--seed", "abc"], message: /--seed: expected a whole number/ },
  {
    name: "--op-timeout 0",
    args: () => ["run", "--op-timeout", "0"],
    message: /--op-timeout: expected a whole number from 1/,
  },
  {
    name: "credentials in a refused non-http --url are not echoed",
    args: () => ["run", "--backend", "url", "--url", "ftp://admin:hunter2@127.0.0.1/x"],
    message: /^race-check: --url: "ftp:\/\/\*\*\*@127\.0\.0\.1\/x" must be an http:\/\/ or https:\/\/ URL$/,
  },
  {
    name: "credentials in a --url that does not parse are not echoed",
    args: () => ["run", "--backend", "url", "--url", "https://admin:hunter2@bad host"],
    message: /^race-check: --url: "https:\/\/\*\*\*@bad host" is not a URL/,
  },
  ...["pa/ss", "pa#ss", "pa?ss"].map((password) => ({
    name: `credentials with "${password}" in a --url that does not parse are not echoed`,
    args: () => ["run", "--backend", "url", "--url", `https://admin:${password}@127.0.0.1:3210`],
    message: /^race-check: --url: "https:\/\/\*\*\*@127\.0\.0\.1:3210" is not a URL(?!.*(admin|pa|ss))/,
  })),
  {
    name: "an admin key with a newline is refused without being printed",
    args: () => ["run", "--backend", "url", "--url", "http://127.0.0.1:9"],
    env: { CONVEX_ADMIN_KEY: "prod:first-half-of-key\nsecond-half-of-key" },
    message:
      /^race-check: CONVEX_ADMIN_KEY contains a newline or another control character \(not shown\)(?!.*half-of-key)/,
  },
  {
    name: "an admin key with another control character is refused",
    args: () => ["run", "--backend", "url", "--url", "http://127.0.0.1:9"],
    env: { CONVEX_ADMIN_KEY: "prod:key-with\u0007-bell-inside" },
    message: /CONVEX_ADMIN_KEY contains a newline or another control character \(not shown\)(?!.*bell)/,
  },
  {
    name: "a getter that throws while the config is validated",
    args: async () => [
      "run",
      "--config",
      await config(
        "getter",
        good(okScenario).replace("scenarios:", 'get rounds() { throw new Error("rounds unavailable"); }, scenarios:'),
      ),
    ],
    message: /race-check\.config\.ts: reading the config threw: rounds unavailable$/,
  },
  {
    name: "--json into a directory that does not exist (checked before the config is even read)",
    args: () => ["run", "--config", "nope.config.ts", "--json", path.join(dir, "missing", "r.json")],
    message: /--json: directory .*missing does not exist; create it first or pick another path$/,
  },
  {
    name: "--json that is a directory",
    args: () => ["run", "--json", dir],
    message: /--json: .* is a directory; give a file name such as .*report\.json$/,
  },
  {
    name: "--markdown into a directory that does not exist",
    args: () => ["run", "--markdown", path.join(dir, "missing", "r.md")],
    message: /--markdown: directory .*missing does not exist/,
  },
  {
    name: "explore --json into a directory that does not exist (before the search)",
    args: () => ["explore", "--config", "nope.config.ts", "--json", path.join(dir, "missing", "r.json")],
    message: /--json: directory .*missing does not exist/,
  },
];

for (const c of cases) {
  test(`bad input: ${c.name}`, async () => {
    const r = await runCli(await c.args(), { env: { CONVEX_ADMIN_KEY: "", ...c.env } });
    assert.equal(r.exitCode, 2, `exit ${r.exitCode}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
    const lines = r.stderr.trim().split("\n");
    assert.equal(lines.length, 1, `expected one line, got:\n${r.stderr}`);
    assert.match(lines[0], /^race-check: /);
    assert.match(lines[0], c.message);
    assert.doesNotMatch(r.stderr, /\n\s+at /, "stack trace leaked");
    assert.equal(r.stdout, "", "something ran");
  });
}
