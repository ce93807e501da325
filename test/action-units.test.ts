// The action's pure parts: body fitting, source location of a function, marker and login matching.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { COMMENT_LIMIT, TRUNCATION_NOTE, fitBody } from "../src/action/fit-body.js";
import { locateFunction } from "../src/action/annotations.js";
import { commentMarker } from "../src/action/sticky-comment.js";
import { sameLogin } from "../src/action/github-api.js";

test("fitBody: short bodies unchanged; long ones cut under the limit in UTF-8 bytes, fences and details closed", () => {
  assert.equal(fitBody("# hi\n\nsmall", COMMENT_LIMIT), "# hi\n\nsmall");
  const rows = Array.from({ length: 3000 }, (_, i) => `| ${i} | 🔴 ${"ü".repeat(20)} |`);
  const body = ["# report", "<details><summary>history</summary>", "", "```", ...rows, "```", "</details>", "end"].join(
    "\n",
  );
  const fitted = fitBody(body, COMMENT_LIMIT);
  assert.ok(Buffer.byteLength(fitted) < COMMENT_LIMIT, `${Buffer.byteLength(fitted)} bytes`);
  assert.ok(fitted.length > 20_000, "keeps as much as fits");
  assert.ok(fitted.endsWith(TRUNCATION_NOTE));
  assert.equal((fitted.match(/^```$/gm) ?? []).length % 2, 0, "fence closed");
  assert.equal((fitted.match(/<details>/g) ?? []).length, (fitted.match(/<\/details>/g) ?? []).length);
  assert.ok(!fitted.includes("end\n"));
});

test("locateFunction: the line of export const / function / default, relative to the repository", async () => {
  const repo = path.resolve(".");
  assert.deepEqual(await locateFunction("ledgerItems:addToLedger", path.resolve("convex"), repo), {
    file: "convex/ledgerItems.ts",
    line: 31,
  });
  assert.deepEqual(await locateFunction("coupons:claimCouponAtomic", path.resolve("convex"), repo), {
    file: "convex/coupons.ts",
    line: 36,
  });
  // A prefix of another export's name is not that export.
  assert.equal((await locateFunction("ledgerItems:addTo", path.resolve("convex"), repo))?.line, undefined);
  assert.equal(await locateFunction("nowhere:fn", path.resolve("convex"), repo), undefined);
  const fixture = path.resolve("test/fixtures/counter-app/convex");
  assert.deepEqual(await locateFunction("counter:increment", fixture, repo), {
    file: "test/fixtures/counter-app/convex/counter.ts",
    line: 21,
  });
});

test("markers are per config and stay inside their HTML comment; bot logins match in REST and GraphQL spelling", () => {
  assert.equal(commentMarker("race-check.config.ts"), "<!-- race-check:race-check.config.ts -->");
  assert.notEqual(commentMarker("a/race-check.config.ts"), commentMarker("b/race-check.config.ts"));
  assert.ok(!commentMarker("x--y-->z.ts").slice(4, -3).includes("--"));
  assert.ok(sameLogin("github-actions[bot]", "github-actions"));
  assert.ok(sameLogin("Octo-Dev", "octo-dev"));
  assert.ok(!sameLogin("mallory", "github-actions[bot]"));
  assert.ok(!sameLogin(undefined, "github-actions[bot]"));
});
