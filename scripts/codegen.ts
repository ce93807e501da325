/**
 * `npm run codegen [-- PROJECT_DIR]`: regenerates a project's convex/_generated offline, keeping
 * the `components` export (see src/config/codegen.ts). Default: this repository's sample app.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "../src/config/codegen.ts";

const projectDir = path.resolve(process.argv[2] ?? ".");
const convexJson = await readFile(path.join(projectDir, "convex.json"), "utf8").catch(() => "{}");
const functions = (JSON.parse(convexJson) as { functions?: string }).functions ?? "convex";
try {
  await generate(projectDir, path.resolve(projectDir, functions));
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
