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
