/**
 * What `race-check init` knows about a Convex project: its tables (from the schema, loaded through
 * race-check's TypeScript loader), its functions (kind, visibility and argument validators from the
 * loaded modules; their text and line from the sources) and its HTTP routes.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isRegisteredFunction } from "../backends/embedded/modules.js";
import { listModules } from "../config/project-files.js";
import { ConfigError } from "../errors.js";
import { ensureGenerated } from "../config/codegen.js";
import { registerLoader } from "../loader/register.js";
import { callArguments, exportedConstants, helperFunctions, lineOf, maskComments, withHelpers } from "./source.js";
import type { FieldSpec, ObjectFields } from "./validators.js";

export interface TableInfo {
  name: string;
  fields: ObjectFields;
  indexes: { name: string; fields: string[] }[];
}

export interface FunctionInfo {
  /** "ledgerItems:addToLedger" */
  path: string;
  /** "ledgerItems" (nested modules: "admin/users") */
  module: string;
  name: string;
  /** Relative to the project: "convex/ledgerItems.ts". */
  file: string;
  line: number;
  kind: "query" | "mutation" | "action";
  visibility: "public" | "internal";
  /** Argument validators; undefined when the function takes any arguments (no `args`). */
  args: ObjectFields | undefined;
  /** The definition's source (comments blanked) followed by the same-module helpers it calls. */
  text: string;
}

export interface HttpRoute {
  method: string;
  path: string;
  handler?: string;
  file: string;
  line: number;
}

export interface Project {
  dir: string;
  /** The functions directory relative to the project, with "/" separators: "convex". */
  functionsDir: string;
  tables: Map<string, TableInfo>;
  functions: Map<string, FunctionInfo>;
  routes: HttpRoute[];
  /** Modules that could not be loaded: their functions are left out, with this reason. */
  skipped: { file: string; reason: string }[];
  /** _generated was missing and init made it: made again once raceTesting is written. */
  generated: boolean;
}

/** The module init writes; never analysed, so a second init sees the app as the first did. */
export const TESTING_MODULE = "raceTesting";

/** Functions directory from convex.json `functions`, else "convex". */
export async function functionsDirOf(projectDir: string): Promise<string> {
  const file = path.join(projectDir, "convex.json");
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) return "convex";
  let functions: unknown;
  try {
    functions = (JSON.parse(text) as { functions?: unknown }).functions;
  } catch {
    throw new ConfigError(`${file}: not valid JSON (fix it, or remove it to use convex/)`);
  }
  return typeof functions === "string" ? functions.replace(/\\/g, "/").replace(/\/+$/, "") : "convex";
}

export async function readProject(projectDir: string): Promise<Project> {
  const functionsDir = await functionsDirOf(projectDir);
  const absolute = path.resolve(projectDir, functionsDir);
  if (!(await stat(absolute).catch(() => undefined))?.isDirectory()) {
    throw new ConfigError(
      `${functionsDir}/ not found in ${projectDir}: run race-check init in a Convex project (or pass --dir)`,
    );
  }
  // Many repositories ignore _generated: made offline here, as a run would.
  const { generated } = await ensureGenerated(projectDir, absolute);
  const files = await listModules(absolute);
  const schemaFile = files.find((f) => /^schema\.[cm]?[jt]sx?$/.test(f));
  if (schemaFile === undefined) {
    throw new ConfigError(
      `${functionsDir}/schema.ts not found: race-check init derives its seed data from the schema; define one (defineSchema) and run init again`,
    );
  }
  registerLoader(projectDir);
  const tables = await loadSchema(path.join(absolute, schemaFile), `${functionsDir}/${schemaFile}`);
  const functions = new Map<string, FunctionInfo>();
  const skipped: Project["skipped"] = [];
  const routes: HttpRoute[] = [];
  for (const file of files) {
    if (file.startsWith("_generated/") || file === schemaFile) continue;
    const module = file.replace(/\.[^./]+$/, "");
    const label = `${functionsDir}/${file}`;
    const source = maskComments(await readFile(path.join(absolute, file), "utf8"));
    if (module === "http") {
      routes.push(...httpRoutes(source, label));
      continue;
    }
    if (module === TESTING_MODULE || /^(crons|auth\.config|convex\.config)$/.test(module)) continue;
    let loaded: Record<string, unknown>;
    try {
      loaded = (await import(pathToFileURL(path.join(absolute, file)).href)) as Record<string, unknown>;
    } catch (e) {
      skipped.push({ file: label, reason: firstLine(e) });
      continue;
    }
    const helpers = helperFunctions(source);
    const definitions = new Map(exportedConstants(source).map((d) => [d.name, d]));
    for (const [name, value] of Object.entries(loaded)) {
      if (!isRegisteredFunction(value)) continue;
      const fn = value as typeof value & { isPublic?: boolean; exportArgs?: () => string };
      const definition = definitions.get(name);
      functions.set(`${module}:${name}`, {
        path: `${module}:${name}`,
        module,
        name,
        file: label,
        line: definition?.line ?? 1,
        kind: fn.isAction ? "action" : fn.isMutation ? "mutation" : "query",
        visibility: fn.isPublic ? "public" : "internal",
        args: argsOf(fn.exportArgs),
        text: definition ? withHelpers(definition.text, helpers, name) : "",
      });
    }
  }
  return { dir: projectDir, functionsDir, tables, functions, routes, skipped, generated };
}

async function loadSchema(file: string, label: string): Promise<Map<string, TableInfo>> {
  let exported: unknown;
  try {
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    exported = mod.default;
    if (exported && typeof exported === "object" && "default" in exported && !("tables" in exported)) {
      exported = (exported as { default: unknown }).default;
    }
  } catch (e) {
    throw new ConfigError(`cannot load ${label}: ${firstLine(e)}`);
  }
  const exporter = exported as { export?: () => string } | undefined;
  if (typeof exporter?.export !== "function") {
    throw new ConfigError(
      `${label}: its default export is not a schema; end it with \`export default defineSchema({...})\``,
    );
  }
  const json = JSON.parse(exporter.export()) as {
    tables: {
      tableName: string;
      indexes: { indexDescriptor: string; fields: string[] }[];
      documentType: { type: string; value?: ObjectFields } | null;
    }[];
  };
  const tables = new Map<string, TableInfo>();
  for (const t of json.tables) {
    tables.set(t.tableName, {
      name: t.tableName,
      fields: t.documentType?.type === "object" ? (t.documentType.value ?? {}) : {},
      indexes: t.indexes.map((i) => ({ name: i.indexDescriptor, fields: i.fields })),
    });
  }
  return tables;
}

function argsOf(exportArgs: (() => string) | undefined): ObjectFields | undefined {
  if (typeof exportArgs !== "function") return undefined;
  try {
    const json = JSON.parse(exportArgs()) as FieldSpec["fieldType"];
    return json.type === "object" ? (json.value as ObjectFields) : undefined;
  } catch {
    return undefined;
  }
}

/** `http.route({ path, method, handler })` calls, read from the source. */
function httpRoutes(source: string, file: string): HttpRoute[] {
  const routes: HttpRoute[] = [];
  for (const m of source.matchAll(/\.route\s*\(/g)) {
    const [spec] = callArguments(source, m.index + m[0].length - 1);
    if (!spec?.startsWith("{")) continue;
    const route = /\bpath(?:Prefix)?\s*:\s*(["'`])([^"'`]*)\1/.exec(spec);
    const method = /\bmethod\s*:\s*["'`](\w+)["'`]/.exec(spec);
    const handler = /\bhandler\s*:\s*([\w$.]+)/.exec(spec);
    if (!route) continue;
    const prefix = /\bpathPrefix\s*:/.test(spec) ? "*" : "";
    routes.push({
      method: method?.[1] ?? "?",
      path: route[2] + prefix,
      handler: handler?.[1],
      file,
      line: lineOf(source, m.index),
    });
  }
  return routes;
}

function firstLine(e: unknown): string {
  const message = String((e as Error)?.message ?? e);
  return (
    message
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? message
  );
}
