import { test } from "node:test";
import assert from "node:assert/strict";
import { clopperPearson, percentile, roundsNeeded, wilson, zeroEventUpperBound } from "../src/engine/stats.ts";

const close = (actual: number, expected: number, tol = 5e-4) =>
  assert.ok(Math.abs(actual - expected) < tol, `${actual} is not within ${tol} of ${expected}`);

test("Wilson score interval matches published values", () => {
  // 5/10 and 0/20 from standard tables; 81/263 is Newcombe's worked example (0.2553–0.3662).
  const [a, b] = wilson(5, 10);
  close(a, 0.2366);
  close(b, 0.7634);
  const [c, d] = wilson(0, 20);
  close(c, 0);
  close(d, 0.1611);
  const [e, f] = wilson(81, 263);
  close(e, 0.2553);
  close(f, 0.3662);
});

test("Clopper–Pearson interval matches exact values", () => {
  const [a, b] = clopperPearson(5, 10);
  close(a, 0.187086);
  close(b, 0.812914);
  const [c, d] = clopperPearson(3, 20);
  close(c, 0.032071);
  close(d, 0.378927);
  assert.deepEqual(clopperPearson(0, 20)[0], 0);
  close(clopperPearson(0, 20)[1], 0.168433);
  assert.equal(clopperPearson(20, 20)[1], 1);
});

test("zero-event bound: 0/20 rounds proves a per-round probability below 14 %", () => {
  close(zeroEventUpperBound(20), 0.1391);
  close(zeroEventUpperBound(50), 0.0582);
  // The rule of three approximates it for large n.
  close(zeroEventUpperBound(1000), 3 / 1000, 1e-4);
});

test("rounds needed to see a race of probability p with 95 % confidence", () => {
  assert.equal(roundsNeeded(0.1), 29);
  assert.equal(roundsNeeded(0.5), 5);
  assert.equal(roundsNeeded(1), 1);
  assert.equal(roundsNeeded(0), Infinity);
});

test("percentile interpolates", () => {
  assert.equal(percentile([], 50), undefined);
  assert.equal(percentile([3, 1, 2], 50), 2);
  assert.equal(percentile([1, 2, 3, 4], 50), 2.5);
  assert.equal(percentile([1, 2, 3, 4], 100), 4);
});
