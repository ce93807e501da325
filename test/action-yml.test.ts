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
