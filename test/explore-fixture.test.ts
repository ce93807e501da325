// Steps of every kind explore controls: a nested runAction, runQuery, a scheduler call and
// runMutation, in the fixture app test/fixtures/explore-app.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runExplore } from "../src/run-explore.ts";

const configFile = "test/fixtures/explore-app/race-check.config.ts";

test("calls inside a nested action and scheduler calls are steps of the client that made them", async () => {
  const r = await runExplore({ configFile, seed: 2 });
  const s = r.scenarios[0];
  assert.equal(s.verdict, "race");
  const c = s.counterexample!;
  assert.equal(c.clients.length, 2);
  // Per client: the nested action's read (labelled with the action it runs in), the scheduled audit, the insert;
  // then the audits themselves, each a task of its own (a schedule is judged once its scheduled work ran).
  const clientSteps = c.steps.filter((x) => x.client < 1000);
  assert.equal(clientSteps.length, 6, c.trace.join("\n"));
  // Every step of a scheduled task belongs to the audit: the task's start, then the audit's own calls.
  const scheduledSteps = c.steps.filter((x) => x.client >= 1000);
  assert.ok(
    scheduledSteps.some((x) => x.kind === "scheduled" && x.path === "tickets:audit") &&
      scheduledSteps.every((x) => x.op === "tickets:audit"),
    c.trace.join("\n"),
  );
  for (const client of [0, 1]) {
    assert.deepEqual(
      c.steps.filter((x) => x.client === client).map((x) => `${x.op} ${x.kind} ${x.path}`),
      [
        "tickets:buy › tickets:available runQuery tickets:count",
        "tickets:buy schedule tickets:audit",
        "tickets:buy runMutation tickets:add",
      ],
    );
  }
  assert.ok(
    c.trace.some((l) => /^client [01] +tickets:buy +schedule +tickets:audit +✓$/.test(l)),
    c.trace.join("\n"),
  );
  assert.equal(c.trace.at(-1), "⇒ Overbooking: 2/1 tickets");
});

test("scheduled functions running in the background neither hang explore nor change a replay", async () => {
  // The audit each client schedules runs on a timer, outside the schedule, and reads Math.random.
  const first = await runExplore({ configFile, seed: 4, strategy: "random", budget: 300 });
  const again = await runExplore({ configFile, seed: 4, strategy: "random", budget: 300 });
  const c = first.scenarios[0].counterexample!;
  assert.deepEqual(again.scenarios[0].counterexample!.trace, c.trace);
  for (let i = 0; i < 3; i++) {
    const replayed = await runExplore({ configFile, replay: c.token });
    assert.equal(replayed.scenarios[0].replayMismatch, undefined);
    assert.deepEqual(replayed.scenarios[0].counterexample!.steps, c.steps);
  }
  const exhaustive = await runExplore({ configFile, strategy: "exhaustive" });
  assert.ok(exhaustive.scenarios[0].firstViolationAt! <= 20);
});
