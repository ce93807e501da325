// action.yml is the action's public interface: it must declare exactly what the code reads and
// writes, document every entry, and run the committed bundle on a current Node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

/** The keys of a top-level mapping of action.yml (two-space indented), each with its own lines. */
function section(yml: string, name: string): Map<string, string> {
  const lines = yml.split("\n");
  const start = lines.indexOf(`${name}:`);
  assert.ok(start >= 0, `action.yml has ${name}:`);
  const entries = new Map<string, string>();
  let current: string | undefined;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const key = /^ {2}([\w-]+):\s*$/.exec(line);
    if (key) entries.set((current = key[1]), "");
    else if (current) entries.set(current, `${entries.get(current)}${line}\n`);
  }
  return entries;
}

async function actionSources(): Promise<string> {
  const dir = path.resolve("src/action");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".ts"));
  return (await Promise.all(files.map((f) => readFile(path.join(dir, f), "utf8")))).join("\n");
}

test("action.yml declares exactly the inputs the action reads and the outputs it sets, each documented", async () => {
  const yml = await readFile("action.yml", "utf8");
  const source = await actionSources();
  const read = new Set(
    [...source.matchAll(/\b(?:text|count|oneOf|bool|getMultilineInput|getInput)\("([\w-]+)"/g)].map((m) => m[1]),
  );
  const set = new Set([...source.matchAll(/core\.setOutput\("([\w-]+)"/g)].map((m) => m[1]));
  const inputs = section(yml, "inputs");
  const outputs = section(yml, "outputs");
  assert.deepEqual([...inputs.keys()].sort(), [...read].sort());
  assert.deepEqual([...outputs.keys()].sort(), [...set].sort());
  for (const [name, body] of [...inputs, ...outputs]) assert.match(body, /description: \S/, `${name} is documented`);
  for (const name of [
    "config",
    "rounds",
    "clients",
    "scenario",
    "backend",
    "convex-url",
    "admin-key",
    "working-directory",
    "github-token",
    "comment",
    "fail-on",
    "report-path",
    "issue-on-race",
  ]) {
    assert.ok(inputs.has(name), `input ${name} (the issue's list)`);
  }
  assert.match(inputs.get("backend") ?? "", /`embedded`.*`local`.*`url`/s);
  assert.match(inputs.get("github-token") ?? "", /default: \$\{\{ github\.token \}\}/);
  assert.match(yml, /^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m);
  assert.match(yml, /^branding:\n {2}icon: \S+\n {2}color: \S+$/m);

  const docs = await readFile("README.md", "utf8");
  for (const name of [...inputs.keys(), ...outputs.keys()]) assert.ok(docs.includes(`\`${name}\``), `README: ${name}`);
  assert.match(docs, /permissions:\n {2}contents: read\n {2}pull-requests: write/);
});

/** The list items (steps) of a workflow whose text starts with `- `, each with its lines. */
function listItems(yml: string): string[][] {
  const items: string[][] = [];
  let current: { indent: number; lines: string[] } | undefined;
  for (const line of yml.split("\n")) {
    const item = /^(\s*)- /.exec(line);
    const indent = /^\s*/.exec(line)?.[0].length ?? 0;
    if (current && line.trim() !== "" && indent <= current.indent) {
      items.push(current.lines);
      current = undefined;
    }
    if (item && !current) current = { indent: item[1].length, lines: [line] };
    else if (current) current.lines.push(line);
  }
  if (current) items.push(current.lines);
  return items;
}

/** A step's `with:` entries (name → value as written). */
function withInputs(step: string[]): Map<string, string> {
  const start = step.findIndex((l) => /^\s+with:\s*$/.test(l));
  const entries = new Map<string, string>();
  if (start < 0) return entries;
  const indent = /^\s*/.exec(step[start])?.[0].length ?? 0;
  let keyIndent: number | undefined;
  for (const line of step.slice(start + 1)) {
    if (line.trim() === "") continue;
    const lineIndent = /^\s*/.exec(line)?.[0].length ?? 0;
    if (lineIndent <= indent) break;
    keyIndent ??= lineIndent;
    const entry = /^\s*([\w-]+):\s*(.*?)\s*(?:#.*)?$/.exec(line);
    if (lineIndent === keyIndent && entry) entries.set(entry[1], entry[2]);
  }
  return entries;
}

test("the project's own workflows gate with the action's inputs: each input exists, no script re-checks `fixed`", async () => {
  const inputs = section(await readFile("action.yml", "utf8"), "inputs");
  const dir = path.resolve(".github/workflows");
  let selfTest: Map<string, string> | undefined;
  for (const file of (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f))) {
    const yml = await readFile(path.join(dir, file), "utf8");
    // The step's result is the action's to decide (fail-on, baseline), not a shell step's.
    assert.doesNotMatch(yml, /outputs\.fixed/, `${file} re-checks the output fixed in a script`);
    for (const step of listItems(yml).filter((s) => /^\s*(?:- )?uses: \.\/\s*$/m.test(s.join("\n")))) {
      const given = withInputs(step);
      for (const name of given.keys()) assert.ok(inputs.has(name), `${file}: input ${name} is not in action.yml`);
      if (given.get("fail-on") === "new-race") {
        assert.ok(given.get("baseline"), `${file}: fail-on: new-race without a baseline fails every run`);
      }
      if (file === "ci.yml" && given.get("config") === "race-check.self-test.config.ts") selfTest = given;
    }
  }
  // The self-test gates as the README's "Failing only on new races" says a user should.
  assert.ok(selfTest, "ci.yml runs the action on race-check.self-test.config.ts");
  assert.equal(selfTest.get("fail-on"), "new-race");
  assert.equal(selfTest.get("baseline"), "artifact");
  const ci = await readFile(path.join(dir, "ci.yml"), "utf8");
  const job = ci.slice(ci.indexOf("\n  self-test:\n"));
  assert.match(job.slice(0, job.indexOf("steps:")), /actions: read/, "baseline: artifact needs actions: read");
});

test("README's 'What it writes, and when' has a row for each mode and for a shard job", async () => {
  const readme = await readFile("README.md", "utf8");
  const start = readme.indexOf("### What it writes, and when");
  assert.ok(start >= 0);
  const rows = readme
    .slice(start)
    .split("\n")
    .slice(2)
    .filter((l, i, all) => l.startsWith("|") && all.slice(0, i).every((x) => x.startsWith("|")));
  const first = (mode: RegExp) => rows.find((r) => mode.test(r.split("|")[1]));
  for (const mode of [/`mode: publish`/, /`mode: merge`/, /`shard: i\/n`/]) {
    const row = first(mode);
    assert.ok(row, `no row for ${mode}`);
    assert.equal(row.split("|").length, 8, `${mode}: a cell for each column`);
  }
});
