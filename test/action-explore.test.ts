// The action's `explore: true`: the counterexample reaches the summary, the report and the outputs.
// The action's entry runs in this process (helpers/in-process.ts), with a runner's files and env.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runActionInProcess as runAction } from "./helpers/in-process.js";

test("explore: true adds a minimal, replayable counterexample to the summary, the report and the outputs", async () => {
  const report = path.join(await mkdtemp(path.join(os.tmpdir(), "race-check-explore-")), "report.json");
  const run = await runAction({
    event: "push",
    inputs: {
      scenario: "Session Capacity Race",
      rounds: "2",
      explore: "true",
      "explore-budget": "200",
      seed: "3",
      "report-path": report,
    },
  });
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.equal(run.outputs["explore-verdict"], "race");
  assert.match(run.summary, /Overbooking: 6\/5 enrollments/);
  // The shortest interleaving and its replay command, wrapped to fit: the token on a line of its own.
  assert.match(run.summary, /```text\nclient \d/);
  assert.match(
    run.summary,
    /npx race-check explore --config race-check\.config\.ts \\\n {2}--scenario "Session Capacity Race" --replay \\\n {2}[\w-]+\n```/,
  );
  const json = JSON.parse(await readFile(report, "utf8"));
  assert.equal(json.verdict, "race");
  assert.equal(json.explore.verdict, "race");
  const found = json.explore.scenarios[0];
  assert.equal(found.name, "Session Capacity Race");
  assert.ok(found.counterexample, "no counterexample in the report");
});

test("a working-directory that does not exist fails the step with one line", async () => {
  const run = await runAction({ event: "push", inputs: { "working-directory": "no/such/dir" } });
  assert.equal(run.exitCode, 1);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.match(run.errors[0], /input working-directory: no\/such\/dir does not exist/);
});

test("a race only the search finds: verdict race, races 1, and the step fails", async () => {
  // One client cannot race in the stress rounds; explore starts two near the limit.
  const run = await runAction({
    event: "push",
    inputs: {
      scenario: "Session Capacity Race",
      rounds: "2",
      clients: "1",
      explore: "true",
      "explore-budget": "100",
      seed: "4",
    },
  });
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.equal(run.outputs["explore-verdict"], "race");
  assert.equal(run.outputs.verdict, "race");
  assert.equal(run.outputs.races, "1");
  assert.ok(
    run.errors.some((e) => /explore found a counterexample in Session Capacity Race/.test(e)),
    run.errors.join("\n"),
  );
});
