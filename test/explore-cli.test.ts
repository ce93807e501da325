// `race-check explore` as a user runs it: exit codes, the printed replay command, the reports. The
// CLI's entry runs in this process (test/helpers/in-process.ts): explore runs in-process anyway.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { wrapCommand } from "../src/report/format.ts";
import { runCli as run } from "./helpers/in-process.js";

/** Splits a printed shell command the way a shell would (double quotes only, as we print them). */
function shellWords(command: string): string[] {
  return [...command.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]).replace(/\\(.)/g, "$1"));
}

test("explore prints the shrunk trace and a replay command that reproduces it exactly", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-explore-"));
  const json = path.join(dir, "explore.json");
  const md = path.join(dir, "explore.md");
  const r = await run([
    "explore",
    "--scenario",
    "Session Capacity Race",
    "--seed",
    "11",
    "--json",
    json,
    "--markdown",
    md,
  ]);
  assert.equal(r.exitCode, 1, r.stderr);
  assert.match(r.stdout, /^Session Capacity Race: RACE CONDITION: Overbooking: 6\/5 enrollments$/m);
  const trace = r.stdout.split("\n").filter((l) => /^ {2}(client \d|⇒)/.test(l));
  assert.equal(trace.length, 5, r.stdout);
  assert.equal(trace[4], "  ⇒ Overbooking: 6/5 enrollments");
  const command = /^ {2}replay: (npx race-check explore .*)$/m.exec(r.stdout)?.[1];
  assert.ok(command, r.stdout);

  const report = JSON.parse(await readFile(json, "utf8"));
  assert.equal(report.mode, "explore");
  assert.equal(report.verdict, "race");
  const c = report.scenarios[0].counterexample;
  assert.equal(c.command, command);
  assert.deepEqual(
    c.trace.map((l: string) => `  ${l}`),
    trace,
  );
  const words = shellWords(command);
  // The Markdown has the same words, wrapped to fit a comment's width.
  assert.ok((await readFile(md, "utf8")).includes(wrapCommand(words).join("\n")));

  assert.deepEqual(words.slice(0, 3), ["npx", "race-check", "explore"]);
  const again = await run(words.slice(2));
  assert.equal(again.exitCode, 1, again.stderr);
  assert.deepEqual(
    again.stdout.split("\n").filter((l) => /^ {2}(client \d|⇒)/.test(l)),
    trace,
  );
  assert.doesNotMatch(again.stdout, /differs from the recorded trace/);
});

test("explore on fixed code: exit 0 and the coverage it achieved", async () => {
  const r = await run(["explore", "--scenario", "Coupon Claim (atomic)", "--strategy", "exhaustive"]);
  assert.equal(r.exitCode, 0, r.stderr);
  assert.match(
    r.stdout,
    /^Coupon Claim \(atomic\): OK: no violation in 2 schedule\(s\), 2 distinct interleaving\(s\), every interleaving tried$/m,
  );
  assert.match(
    r.stdout,
    /2 schedule\(s\), 2 distinct interleaving\(s\) with 2 client\(s\) \(exhaustive, search space exhausted\)/,
  );
});

test("explore rejects bad flags with exit 2 and one clear line", async () => {
  for (const [args, message] of [
    [["--strategy", "bfs"], /--strategy: expected one of mixed, random, pct, exhaustive, got "bfs"/],
    [["--budget", "0"], /--budget: expected a whole number from 1/],
    [["--replay", "garbage!"], /--replay: not a race-check replay token/],
    [["--scenario", "Nope"], /--scenario: no scenario named "Nope"/],
    [["--frobnicate"], /Unknown option '--frobnicate'/],
  ] as const) {
    const r = await run(["explore", ...args]);
    assert.equal(r.exitCode, 2, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  const help = await run(["explore", "--help"]);
  assert.equal(help.exitCode, 0);
  assert.match(help.stdout, /Usage: race-check explore \[options\]/);
});
