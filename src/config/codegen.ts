/**
 * convex/_generated without a deployment. Many repositories do not commit it, and plain
 * `npx convex codegen` needs a deployment; the project's own CLI has an offline path
 * (`codegen --system-udfs`) that writes everything but the `components` export, which is put back
 * here the way the deployment-backed codegen writes it (convex's cli/codegen_templates/component_api).
 */
import { access, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { execa } from "execa";
import { readComponentTree, type ComponentNode } from "./component-tree.js";
import { componentDefinition } from "./project-files.js";
import { ConfigError } from "../errors.js";
import { registerLoader } from "../loader/register.js";
import { CONVEX_FIX, findConvexPackage } from "./convex-version.js";

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Generates `functionsDir/_generated` when it is missing (and says so); leaves an existing one
 * alone, unless it lacks the `components` export the app's convex.config needs.
 */
export async function ensureGenerated(projectDir: string, functionsDir: string): Promise<{ generated: boolean }> {
  const api = await apiFile(functionsDir);
  if (api) {
    if ((await componentDefinition(functionsDir)) && !hasComponentsExport(await readFile(api, "utf8"))) {
      throw new ConfigError(
        `${shown(api)} has no \`components\` export, but ${shown(functionsDir)}/ has a convex.config: delete ${shown(path.dirname(api))}/ and race-check generates it again`,
      );
    }
    return { generated: false };
  }
  await generate(projectDir, functionsDir);
  return { generated: true };
}

/** Runs the project's convex CLI offline codegen, then restores the `components` export. */
export async function generate(projectDir: string, functionsDir: string): Promise<void> {
  const where = `${shown(functionsDir)}/_generated`;
  const convex = await findConvexPackage(projectDir);
  if (!convex) throw new ConfigError(`cannot generate ${where}: convex is not installed (run \`${CONVEX_FIX}\`)`);
  // Offline by design: no deployment variable may steer the CLI to a deployment (or fail on one).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("CONVEX_")));
  const run = await execa(process.execPath, [convex.bin, "codegen", "--system-udfs", "--typecheck", "disable"], {
    cwd: projectDir,
    env,
    extendEnv: false,
    reject: false,
    all: true,
    stdin: "ignore",
    timeout: 120_000,
  });
  if (run.exitCode !== 0 || run.timedOut) {
    const last = (run.all ?? "").trim().split("\n").filter(Boolean).at(-1) ?? `exit code ${run.exitCode}`;
    throw new ConfigError(`cannot generate ${where} with \`convex codegen\`: ${last.trim()}`);
  }
  const api = await apiFile(functionsDir);
  if (!api) {
    throw new ConfigError(
      `\`convex codegen\` did not write ${where}: set "functions" in convex.json to the directory race-check uses`,
    );
  }
  await restoreComponents(projectDir, functionsDir, api);
}

async function apiFile(functionsDir: string): Promise<string | undefined> {
  for (const name of ["api.js", "api.ts"]) {
    const file = path.join(functionsDir, "_generated", name);
    if (await exists(file)) return file;
  }
  return undefined;
}

function hasComponentsExport(source: string): boolean {
  return /export\s+(declare\s+)?const\s+components\b/.test(source);
}

/** Adds `components` to the generated api (JS and its .d.ts, or TS) when the app has a convex.config. */
async function restoreComponents(projectDir: string, functionsDir: string, api: string): Promise<void> {
  if (!(await componentDefinition(functionsDir))) return;
  const source = await readFile(api, "utf8");
  if (hasComponentsExport(source)) return;
  registerLoader(projectDir);
  let tree: ComponentNode[];
  try {
    tree = await readComponentTree(functionsDir);
  } catch (e) {
    throw new ConfigError(e instanceof Error ? e.message : String(e));
  }
  const generatedDir = path.dirname(api);
  const entries = await Promise.all(
    tree.map(async (c) => `  ${JSON.stringify(c.name)}: ${await componentApiType(c, generatedDir)};`),
  );
  const shape = `{\n${entries.join("\n")}\n}`;
  const withImport = addComponentsGenericImport(source, api);
  if (api.endsWith(".ts")) {
    await writeFile(api, `${withImport}\nexport const components = componentsGeneric() as unknown as ${shape};\n`);
    return;
  }
  await writeFile(api, `${withImport}\nexport const components = componentsGeneric();\n`);
  const dts = api.replace(/\.js$/, ".d.ts");
  if (await exists(dts)) {
    await writeFile(dts, `${await readFile(dts, "utf8")}\nexport declare const components: ${shape};\n`);
  }
}

function addComponentsGenericImport(source: string, file: string): string {
  const anyApiImport = /import\s*\{\s*anyApi\s*\}\s*from\s*"convex\/server";/;
  if (!anyApiImport.test(source)) {
    throw new ConfigError(
      `cannot add the \`components\` export to ${shown(file)}: its \`anyApi\` import is not where convex puts it`,
    );
  }
  return source.replace(anyApiImport, 'import { anyApi, componentsGeneric } from "convex/server";');
}

/**
 * The type of `components.<name>`: the component's generated `ComponentApi`, imported from its
 * package (as convex's own codegen does) or from a local component's directory.
 */
async function componentApiType(component: ComponentNode, generatedDir: string): Promise<string> {
  const api = `ComponentApi<${JSON.stringify(component.name)}>`;
  const pkg = await packageOf(component.dir);
  if (pkg && component.dir.split(path.sep).includes("node_modules") && pkg.exportsComponentApi) {
    return `import(${JSON.stringify(`${pkg.name}/_generated/component.js`)}).${api}`;
  }
  for (const ext of [".ts", ".d.ts", ".js"]) {
    if (await exists(path.join(component.dir, "_generated", `component${ext}`))) {
      const relative = path.relative(generatedDir, path.join(component.dir, "_generated", "component.js"));
      return `import(${JSON.stringify(relative.split(path.sep).join("/"))}).${api}`;
    }
  }
  return `import("convex/server").AnyComponents[string]`;
}

async function packageOf(dir: string): Promise<{ name: string; exportsComponentApi: boolean } | undefined> {
  for (let d = dir; path.dirname(d) !== d; d = path.dirname(d)) {
    const text = await readFile(path.join(d, "package.json"), "utf8").catch(() => undefined);
    if (text === undefined) continue;
    const pkg = JSON.parse(text) as { name?: string; exports?: unknown };
    if (!pkg.name) continue;
    const exported =
      typeof pkg.exports === "object" && pkg.exports !== null && "./_generated/component.js" in pkg.exports;
    return { name: pkg.name, exportsComponentApi: exported };
  }
  return undefined;
}

function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
