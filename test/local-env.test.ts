// The deployment's environment on the local backend (issue 12.4): set on the deployment before the
// push, through the backend's own endpoint, so a module that reads a variable at load finds it;
// values never on a command line or in any output. Run against the stand-in binary in serve mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { execa } from "execa";
import { FAKE_BACKEND, REPO, tempDir } from "./local-helpers.ts";

const SECRET = "sk_test_raceCheckEnvSecret0123456789";

test("backend local: env is set before the push, the module that needs it loads, and its value is printed nowhere", async () => {
  const tmp = await tempDir("local-env");
  const report = path.join(tmp, "report.json");
  const r = await execa(
    process.execPath,
    [
      path.join(REPO, "bin/race-check.js"),
      "run",
      "--backend",
      "local",
      "--convex-backend-binary",
      FAKE_BACKEND,
      "--config",
      path.join(REPO, "test/fixtures/env-app/race-check.config.ts"),
      "--rounds",
      "1",
      "--json",
      report,
    ],
    {
      reject: false,
      env: {
        FAKE_CONVEX_BACKEND_MODE: "serve",
        FAKE_FUNCTIONS_DIR: path.join(REPO, "test/fixtures/env-app/convex"),
        TMPDIR: tmp,
      },
    },
  );
  // The echoing scenario errs (every call throws), the two others are OK: the module loaded.
  assert.equal(r.exitCode, 3, r.stderr);
  assert.match(r.stdout, /Functions see exactly the deployment's environment: OK/);
  assert.match(r.stdout, /Charge with the key: OK/);
  const logs = (await readdir(tmp)).filter((n) => n.endsWith(".log") && !n.startsWith("report"));
  const log = await readFile(path.join(tmp, logs[0]), "utf8");
  assert.match(log, /env: set STRIPE_SECRET_KEY \(before the push\)[\s\S]*push: finished/);
  for (const text of [r.stdout, r.stderr, log, await readFile(report, "utf8")]) assert.ok(!text.includes(SECRET));
});
