// User text (scenario names, function errors, returned values) cannot break out of where it is
// printed: Markdown, HTML, Mermaid, code blocks, the Actions log; the comment body stays under
// GitHub's limit, cut on a character boundary with only the open tags closed. The CLI and the
// action run their entries in this process (helpers/in-process.ts); a shell still parses commands.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { execa } from "execa";
import { COMMENT_LIMIT, TRUNCATION_NOTE, fitBody } from "../src/action/fit-body.js";
import { commentMarker, hasMarker } from "../src/action/sticky-comment.js";
import { trackingMarker } from "../src/action/tracking-issue.js";
import { codeBlock, mdCell, mermaidText, neutraliseCommands, truncate } from "../src/report/escape.js";
import { pctBound } from "../src/report/format.js";
import { replayCommand } from "../src/explore/token.js";
import { renderMarkdown } from "../src/report/markdown.js";
import { report, scenario } from "./helpers/reports.js";
import { FakeGitHub } from "./helpers/fake-github.js";
import { runActionInProcess, runCli } from "./helpers/in-process.js";
import { prPayload } from "./helpers/run-action.js";

const HOSTILE_APP = "test/fixtures/hostile-app";

/** Lines of `markdown` outside fenced code blocks (fences of any length, as CommonMark reads them). */
function outsideFences(markdown: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && m) fence = m;
    else if (fence !== undefined && m && m[0] === fence[0] && m.length >= fence.length && line.trim() === m)
      fence = undefined;
    else if (fence === undefined) out.push(line);
  }
  assert.equal(fence, undefined, "a code block was left open");
  return out;
}

/** No line of a runner's log that is a workflow command came from user text. */
function assertNoInjectedCommand(log: string): void {
  for (const line of log.split("\n")) {
    assert.doesNotMatch(line.trimStart(), /^::error title=injected|^::error::from a name/, `command injected: ${line}`);
  }
}

test("escapers: one line, no tag, no fence escape, no workflow command", () => {
  assert.equal(mdCell("a|b\n# c <details>"), "a\\|b \\# c &lt;details&gt;");
  assert.equal(mermaidText('a"b`c\n```\nd'), "a'b'c ''' d");
  const block = codeBlock("sh", ["x ```` y"]);
  assert.equal(block[0], "`````sh");
  assert.equal(block.at(-1), "`````");
  assert.equal(neutraliseCommands("ok\n::error::x\n  ::warning::y"), "ok\n:\u200b:error::x\n  :\u200b:warning::y");
  assert.equal(neutraliseCommands("text ##[error]x"), "text ##\u200b[error]x");
  const emoji = "😀".repeat(10);
  const cut = truncate(emoji, 6);
  assert.equal(cut, "😀😀…");
  assert.ok(!/[\ud800-\udbff]$/.test(cut.slice(0, -1)), "cut inside a surrogate pair");
});

test("bounds are rounded up and stay meaningful: never '< 0.0%'", () => {
  const bound = 1 - 0.05 ** (1 / 9274);
  assert.equal(pctBound(bound), "0.033%");
  assert.equal(pctBound(1 - 0.05 ** (1 / 20)), "14%");
  assert.equal(pctBound(0.0123), "1.3%");
  assert.equal(pctBound(1e-7), "0.000010%");
});

test("markers: one per config, one-to-one, matched only as the first line", () => {
  assert.equal(commentMarker("race-check.config.ts"), "<!-- race-check:race-check.config.ts -->");
  assert.notEqual(commentMarker("x-y.config.ts"), commentMarker("x--y.config.ts"));
  assert.notEqual(commentMarker("x%2Dy.ts"), commentMarker("x-y.ts"));
  assert.notEqual(trackingMarker("x-y.config.ts"), trackingMarker("x--y.config.ts"));
  for (const config of ["x--y.config.ts", "a-->b.ts", "a\n<!-- race-check:b -->", "é/ü.ts", "a---b"]) {
    const inner = commentMarker(config).slice(4, -3);
    assert.ok(!inner.includes("--") && !inner.includes(">") && !inner.includes("\n"), inner);
  }
  const m = commentMarker("a.ts");
  assert.ok(hasMarker(`${m}\nbody`, m));
  assert.ok(hasMarker(`${m}\r\nbody`, m));
  assert.ok(!hasMarker(`quote:\n${m}`, m));
  assert.ok(!hasMarker(`${m} extra\nbody`, m));
  assert.ok(!hasMarker(`${commentMarker("b.ts")}\nscenario ${m}`, m));
});

test("fitBody: a 40,000-emoji name is cut on a character boundary, under the limit", () => {
  const name = "🏁".repeat(40_000);
  const body = `### report\n\n#### ${name}: Overclaimed: 2/1 claims\n\nmore`;
  const fitted = fitBody(body, COMMENT_LIMIT);
  assert.ok(Buffer.byteLength(fitted) < COMMENT_LIMIT);
  assert.ok(fitted.length < COMMENT_LIMIT);
  assert.ok(fitted.endsWith(TRUNCATION_NOTE));
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(fitted), "a lone high surrogate: cut inside a pair");
  assert.ok(!/(?<![\ud800-\udbff])[\udc00-\udfff]/.test(fitted), "a lone low surrogate");
  assert.ok(fitted.includes("🏁".repeat(1000)), "keeps as much of the line as fits");
});

test("fitBody: only the tags actually left open are closed; text that looks like tags in code counts for nothing", () => {
  const rows = Array.from({ length: 4000 }, (_, i) => `| ${i} | ${"x".repeat(30)} |`);
  const body = [
    "# report",
    "<details><summary>one</summary>",
    "",
    "text",
    "",
    "</details>",
    "```text",
    ...Array.from({ length: 500 }, () => "<details><details><details>"),
    "```",
    "<details><summary>two</summary>",
    "",
    ...rows,
    "",
    "</details>",
  ].join("\n");
  const fitted = fitBody(body, COMMENT_LIMIT);
  assert.ok(Buffer.byteLength(fitted) < COMMENT_LIMIT);
  const visible = outsideFences(fitted).join("\n");
  assert.equal((visible.match(/<details>/g) ?? []).length, 2);
  assert.equal((visible.match(/<\/details>/g) ?? []).length, 2);
  assert.ok(fitted.endsWith(TRUNCATION_NOTE));
});

test("the hostile app's report: names, values and errors stay inside their cells, headings and blocks", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "race-check-escape-"));
  const md = path.join(dir, "r.md");
  const r = await runCli(["run", "--config", `${HOSTILE_APP}/race-check.config.ts`, "--markdown", md], {
    env: { CONVEX_ADMIN_KEY: "" },
  });
  assert.equal(r.exitCode, 1, r.stderr);
  assertNoInjectedCommand(r.stdout);
  assertNoInjectedCommand(r.stderr);
  const markdown = await readFile(md, "utf8");
  const lines = outsideFences(markdown);
  assert.ok(!lines.some((l) => /^#+ injected heading/.test(l)), "a heading was injected");
  assert.ok(!lines.some((l) => l.includes("<summary>injected")), "HTML was injected");
  assert.equal(
    lines.filter((l) => l.includes("<details>")).length,
    lines.filter((l) => l.includes("</details>")).length,
  );
  // The chart's title stays one quoted line inside its block. A chart is drawn only when its values
  // vary (the hostile app's rounds all read the same), so it is drawn here from the same name.
  const name = "Hostile\n```\n# injected heading\n<details>\n::error::from a name <!-- race-check:other -->";
  const charted = renderMarkdown(report([scenario(name, "race", { observed: [2, 3, 2], limit: 1 })]));
  assert.ok(!outsideFences(charted).some((l) => /^#+ injected heading/.test(l)));
  const chart = charted.split("```mermaid\n")[1].split("\n```")[0];
  const title = chart.split("\n").find((l) => l.trimStart().startsWith("title "));
  assert.match(title ?? "", /^ {2}title "[^"\n`]*"$/);
  assert.ok(
    chart.split("\n").every((l) => /^(xychart-beta| {2}(title|x-axis|y-axis|bar|line) )/.test(l)),
    chart,
  );
});

test("action: a function error with '\\n::error …' is no workflow command, and the comment holds its shape", async () => {
  const gh = new FakeGitHub("berryfun", "app");
  await gh.start();
  try {
    const run = await runActionInProcess({
      apiUrl: gh.url,
      payload: prPayload(9),
      inputs: {
        "working-directory": HOSTILE_APP,
        "github-token": "ghs_escapeTestToken0123456789",
        "report-path": path.join(await mkdtemp(path.join(os.tmpdir(), "race-check-escape-")), "r.json"),
      },
    });
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    // It did reach the log (the read-throws scenario's error), only inert.
    assert.match(run.stdout, /^:\u200b:error title=injected::workflow command from a function$/m);
    assertNoInjectedCommand(run.stdout);
    assertNoInjectedCommand(run.stderr);
    assert.equal(gh.comments.length, 1);
    const lines = outsideFences(gh.comments[0].body);
    assert.ok(!lines.some((l) => /^#+ injected heading/.test(l)));
    assert.ok(!lines.some((l) => l.includes("<summary>injected")));
  } finally {
    await gh.close();
  }
});

test("a scenario named '-- coupon race': the printed reproduce and replay commands parse back", async () => {
  const name = "-- coupon race";
  const env = { CONVEX_ADMIN_KEY: "", HOSTILE_NAME: name };
  // The reproduce command, as the CLI prints it, split into words by a shell and run again.
  const r = await runCli(["run", "--config", `${HOSTILE_APP}/race-check.config.ts`, "--rounds", "1"], { env });
  const command = /reproduce: (npx race-check run .*)$/m.exec(r.stdout)?.[1];
  assert.ok(command, r.stdout);
  const argv = await execa("bash", ["-c", `printf '%s\\0' ${command.replace(/^npx race-check /, "")}`]);
  const rerun = await runCli(argv.stdout.split("\0").slice(0, -1), { env });
  assert.equal(rerun.exitCode, 1, rerun.stderr);
  assert.match(rerun.stdout, /^-- coupon race: RACE CONDITION$/m);

  // The replay command: the shell hands explore's parser the scenario, not a flag.
  const replay = replayCommand("race-check.config.ts", name, "eyJ2IjoxfQ");
  const words = await execa("bash", ["-c", `printf '%s\\0' ${replay.replace(/^npx race-check explore /, "")}`]);
  const args = words.stdout.split("\0").filter((w) => w !== "");
  const { values } = parseArgs({
    args,
    options: { config: { type: "string" }, scenario: { type: "string", multiple: true }, replay: { type: "string" } },
  });
  assert.deepEqual(values.scenario, [name]);
  assert.equal(values.replay, "eyJ2IjoxfQ");
});
