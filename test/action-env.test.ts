// The action's `env` input: NAME=value lines that become the deployment's environment (over the
// config's `env`), each value masked at once and printed nowhere, whatever a function echoes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { RunResult } from "../src/engine/result.ts";
import { siteUrlFor } from "../src/backends/url.ts";
import { ConfigError } from "../src/errors.ts";
import { runActionInProcess as runAction } from "./helpers/in-process.js";

test("input env: the deployment gets it over the config's env, masked at once, printed nowhere", async () => {
  // Not a test key: the config's own value would charge, this one must not.
  const secret = "sk_live_fromTheActionInput_0123456789";
  const report = path.join(await mkdtemp(path.join(os.tmpdir(), "race-check-env-")), "report.json");
  const run = await runAction({
    event: "push",
    inputs: {
      "working-directory": "test/fixtures/env-app",
      scenario: "Charge with the key\nAn error that echoes the key",
      rounds: "1",
      env: `# the app's keys\nSTRIPE_SECRET_KEY=${secret}\n`,
      "fail-on": "never",
      "report-path": report,
    },
  });
  // Masked before anything else is printed: the runner hides it in the log from then on.
  const lines = run.stdout.split("\n");
  const mask = lines.indexOf(`::add-mask::${secret}`);
  assert.ok(mask >= 0, run.stdout);
  assert.ok(
    lines.slice(0, mask).every((l) => !l.includes(secret)),
    "something was printed before the mask",
  );
  const text = await readFile(report, "utf8");
  const json = JSON.parse(text) as RunResult;
  // The deployment saw the input's value, not the config's: the charge refuses a live key.
  assert.match(json.scenarios[0].error ?? json.scenarios[0].headline, /not a test key/);
  assert.match(json.scenarios[1].headline, /charge failed with key \*\*\*/);
  const elsewhere = [
    lines.filter((_, i) => i !== mask).join("\n"),
    run.stderr,
    run.summary,
    text,
    JSON.stringify(run.outputs),
  ];
  for (const out of elsewhere) assert.ok(!out.includes(secret), "the env value was printed");
});

test("input env: a line that is no NAME=value fails the step with one line, nothing run", async () => {
  const run = await runAction({
    event: "push",
    inputs: { "working-directory": "test/fixtures/env-app", env: "STRIPE_SECRET_KEY sk_test_x" },
  });
  assert.equal(run.exitCode, 1);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.match(run.errors[0], /input env/);
  assert.doesNotMatch(run.stdout + run.stderr, /sk_test_x/);
});

test("the site of a deployment reached by URL: given, derived from .convex.cloud, or unknown", () => {
  const cloud = new URL("https://happy-otter-123.convex.cloud");
  assert.equal(siteUrlFor(cloud, undefined, true), "https://happy-otter-123.convex.site");
  const local = new URL("http://127.0.0.1:3210");
  assert.equal(siteUrlFor(local, undefined), undefined);
  assert.equal(siteUrlFor(local, "http://127.0.0.1:3211/"), "http://127.0.0.1:3211");
  // A given site is under the same remote guard as the deployment.
  assert.throws(
    () => siteUrlFor(local, "https://happy-otter-123.convex.site"),
    (e: unknown) => e instanceof ConfigError && /--site-url/.test(e.message) && /allow-remote/.test(e.message),
  );
  assert.equal(siteUrlFor(cloud, "https://happy-otter-123.convex.site", true), "https://happy-otter-123.convex.site");
});
