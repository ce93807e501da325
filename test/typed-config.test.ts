// The config is typed from the app's own functions (issue 14.3): a wrong argument name, a wrong
// setup field or a wrong setup argument is a type error; the sample config needs no casts; an
// unknown key is one line naming the key it resembles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { execa } from "execa";
import { validateConfig } from "../src/config/validate.ts";
import { ConfigError } from "../src/errors.ts";
import { capacity, defineConfig, scenario } from "../src/index.ts";
import { runRaceCheck } from "../src/run.ts";

const TSC = path.resolve("node_modules/typescript/bin/tsc");

async function typecheck(configSource: string): Promise<string> {
  await mkdir(".tmp", { recursive: true });
  const dir = await mkdtemp(path.resolve(".tmp/typed-"));
  try {
    await writeFile(path.join(dir, "race-check.config.ts"), configSource);
    await writeFile(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({ extends: "../../tsconfig.sample.json", include: ["race-check.config.ts"] }),
    );
    const r = await execa(process.execPath, [TSC, "-p", dir, "--noEmit"], { reject: false });
    return r.stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const header = `import { defineConfig, maxSuccesses, scenario } from "race-check";
import { api, internal } from "../../convex/_generated/api";
const setup = { fn: internal.testing.createSession, args: { capacity: 5 } };
`;
const ok = `${header}export default defineConfig({ scenarios: [scenario({
  name: "ok", setup,
  act: { fn: api.ledgerItems.addToLedger, args: ({ setup, client }) => ({ sessionId: setup.sessionId, userId: \`u\${client}\` }) },
  invariant: maxSuccesses({ limit: 1 }),
})] });
`;

test("the sample config typechecks without a single cast", async () => {
  const source = await readFile("race-check.config.ts", "utf8");
  assert.doesNotMatch(source, /\bas (never|unknown|any|Session|Coupon)\b/);
  const r = await execa(process.execPath, [TSC, "-p", "tsconfig.sample.json", "--noEmit"], { reject: false });
  assert.equal(r.exitCode, 0, r.stdout);
});

test("typed scenarios: a correct one passes; a wrong arg name, setup field or setup argument does not", async () => {
  assert.equal(await typecheck(ok), "");
  const wrongArg = await typecheck(ok.replace("({ sessionId: setup.sessionId,", "({ sesionId: setup.sessionId,"));
  assert.match(wrongArg, /race-check\.config\.ts\(\d+,\d+\): error TS2322/);
  const wrongField = await typecheck(ok.replace("sessionId: setup.sessionId,", "sessionId: setup.sesionId,"));
  assert.match(wrongField, /Property 'sesionId' does not exist.*Did you mean 'sessionId'/);
  const wrongSetupArg = await typecheck(ok.replace("args: { capacity: 5 }", "args: { capacty: 5 }"));
  assert.match(wrongSetupArg, /Property 'capacity' is missing in type '\{ capacty: number; \}'/);
  // An invariant helper takes the setup type as its type argument, and then checks what it reads.
  const typedInvariant = (field: string) =>
    ok
      .replace(
        "import { defineConfig, maxSuccesses, scenario }",
        'import type { FunctionReturnType } from "convex/server";\nimport { capacity, defineConfig, scenario }',
      )
      .replace(
        "invariant: maxSuccesses({ limit: 1 }),",
        `invariant: capacity<FunctionReturnType<typeof internal.testing.createSession>>({
    read: { fn: internal.testing.countEnrollments, args: ({ setup }) => ({ sessionId: setup.sessionId }) },
    limit: (setup) => setup.${field},
  }),`,
      );
  assert.equal(await typecheck(typedInvariant("capacity")), "");
  assert.match(
    await typecheck(typedInvariant("capacty")),
    /Property 'capacty' does not exist.*Did you mean 'capacity'/,
  );
});

test("an invariant written as a callback is typed inline: no type argument, and a wrong setup field fails", async () => {
  // One scenario per helper (maxSuccesses destructured), each reading setup fields named `f(name)`.
  const config = (f: (field: string) => string) =>
    ok.replace(
      "invariant: maxSuccesses({ limit: 1 }),",
      `invariant: (check) => check.capacity({
    read: { fn: internal.testing.countEnrollments, args: ({ setup }) => ({ sessionId: setup.${f("sessionId")} }) },
    limit: (setup) => setup.${f("capacity")},
  }),
}), scenario({
  name: "maxSuccesses", setup, act: async () => null,
  invariant: ({ maxSuccesses }) => maxSuccesses({ limit: (setup) => setup.${f("capacity")} }),
}), scenario({
  name: "custom", setup, act: async () => null,
  invariant: (check) => check.custom(({ setup }) => ({ ok: true, message: setup.${f("sessionId")} })),`,
    );
  assert.equal(await typecheck(config((field) => field)), "");
  const typos = await typecheck(config((field) => field.replace("ss", "s").replace("acity", "acty")));
  const errors = typos.split("\n").filter((l) => /error TS/.test(l));
  const setupType = `'{ sessionId: Id<"sessions">; capacity: number; }'`;
  const sessionId = `error TS2551: Property 'sesionId' does not exist on type ${setupType}. Did you mean 'sessionId'?`;
  const capacity = `error TS2551: Property 'capacty' does not exist on type ${setupType}. Did you mean 'capacity'?`;
  assert.deepEqual(
    errors.map((e) => e.replace(/^.*race-check\.config\.ts\(\d+,\d+\): /, "")),
    [sessionId, capacity, capacity, sessionId],
  );
});

test("an unknown key is one line naming the key it resembles, never silently ignored", () => {
  const base = { name: "x", act: { fn: "a:b" }, invariant: { kind: "maxSuccesses", limit: 1 } };
  const cases: [unknown, RegExp][] = [
    [
      { scenarios: [{ ...base, identiy: () => undefined }] },
      /scenario "x" identiy: unknown key; did you mean "identity"\?/,
    ],
    [{ rouns: 3, scenarios: [base] }, /rouns: unknown key; did you mean "rounds"\?/],
    [{ scenarios: [{ ...base, act: { fn: "a:b", arg: {} } }] }, /act\.arg: unknown key; did you mean "args"\?/],
    [
      { scenarios: [{ ...base, invariant: { kind: "maxSuccesses", limt: 1, limit: 1 } }] },
      /invariant\.limt: unknown key; did you mean "limit"\?/,
    ],
    [
      { scenarios: [{ ...base, expect: "ok" }] },
      /expect: expected "race" \(a known race: reported, not failing\), got "ok"/,
    ],
  ];
  for (const [config, message] of cases) {
    assert.throws(
      () => validateConfig(config, "race-check.config.ts"),
      (e: unknown) => e instanceof ConfigError && message.test(e.message),
    );
  }
});

interface Session {
  sessionId: string;
  capacity: number;
}

test("a callback-form invariant runs as the object form does: the same race found, the same limit read", async () => {
  // Functions by name: this program does not compile the sample app (the typing is checked above).
  const read = {
    fn: "testing:countEnrollments",
    args: ({ setup }: { setup: Session }) => ({ sessionId: setup.sessionId }),
  };
  const sessionScenario = (name: string, act: string, callback: boolean) =>
    scenario({
      name,
      setup: { fn: "testing:createSession", args: { capacity: 5 } },
      clients: 10,
      act: { fn: act, args: ({ setup, client }) => ({ sessionId: setup.sessionId, userId: `u${client}` }) },
      invariant: callback
        ? (check) => check.capacity({ read, limit: (setup) => setup.capacity, noun: "enrollments" })
        : capacity({ read, limit: (setup) => setup.capacity, noun: "enrollments" }),
    });
  const config = defineConfig({
    rounds: 3,
    scenarios: [
      sessionScenario("object", "ledgerItems:addToLedger", false),
      sessionScenario("callback", "ledgerItems:addToLedger", true),
      sessionScenario("callback, atomic", "ledgerItems:addToLedgerAtomic", true),
    ],
  });
  assert.equal(typeof config.scenarios[1].invariant, "object");
  const run = await runRaceCheck({ config, seed: 7 });
  const [object, callback, atomic] = run.scenarios;
  for (const s of [object, callback]) {
    assert.equal(s.verdict, "race", `${s.name}: ${s.headline}`);
    assert.equal(s.violations, 3, s.name);
    assert.match(s.headline, /^Overbooking: \d+\/5 enrollments$/, s.name);
  }
  assert.equal(atomic.verdict, "ok");
  assert.equal(atomic.headline, "5/5 enrollments (at capacity)");
});
