/**
 * Module hooks (node:module `register`) that let race-check import a user's TypeScript: the config
 * file and the `convex/` functions. They run on Node's loader thread.
 *
 * Why not tsx: it cannot be bundled (native esbuild binary), and a user's repository has only
 * `convex` installed. Convex itself depends on esbuild, so the TypeScript compiler is taken from the
 * user's project and only falls back to race-check's own copy in development.
 */
import { existsSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getTsconfig, type Cache } from "get-tsconfig";

export interface LoaderData {
  /** The user's project: where `convex` (and its esbuild) are resolved from. */
  projectDir: string;
  /** What `import ... from "race-check"` means: race-check's own API module. */
  selfApi: string;
}

interface ResolveContext {
  parentURL?: string;
  conditions?: string[];
  importAttributes?: Record<string, string>;
}
interface ResolveResult {
  url: string;
  format?: string | null;
  shortCircuit?: boolean;
}
type NextResolve = (specifier: string, context?: ResolveContext) => Promise<ResolveResult>;
interface LoadContext {
  format?: string | null;
  conditions?: string[];
  importAttributes?: Record<string, string>;
}
interface LoadResult {
  format: string;
  source?: string | ArrayBuffer | Uint8Array | null;
  shortCircuit?: boolean;
}
type NextLoad = (url: string, context?: LoadContext) => Promise<LoadResult>;

interface Esbuild {
  transform(source: string, options: Record<string, unknown>): Promise<{ code: string; warnings: unknown[] }>;
}

let data: LoaderData = { projectDir: process.cwd(), selfApi: "" };
let projectPackageUrl = pathToFileURL(path.join(data.projectDir, "package.json")).href;

export function initialize(init: LoaderData | undefined): void {
  if (init) data = init;
  projectPackageUrl = pathToFileURL(path.join(data.projectDir, "package.json")).href;
}

const TS_EXTENSIONS = new Set([".ts", ".tsx", ".mts", ".jsx"]);
const JS_TO_TS: Record<string, string[]> = {
  ".js": [".ts", ".tsx"],
  ".jsx": [".tsx"],
  ".mjs": [".mts"],
};
const IMPLICIT = [".ts", ".tsx", ".js", ".jsx", ".mjs", "/index.ts", "/index.tsx", "/index.js"];

export async function resolve(specifier: string, context: ResolveContext, next: NextResolve): Promise<ResolveResult> {
  if (specifier === "race-check" && data.selfApi) return { url: data.selfApi, shortCircuit: true };
  if (specifier === "convex" || specifier.startsWith("convex/")) {
    // User functions, the generated `api` and convex-test (bundled beside us, far from any
    // node_modules) must all share the project's one copy of convex: its registries are per copy.
    try {
      return await next(specifier, { ...context, parentURL: projectPackageUrl });
    } catch {
      return await next(specifier, context);
    }
  }
  try {
    return await next(specifier, context);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const relative = specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("file:");
    if (!relative || (code !== "ERR_MODULE_NOT_FOUND" && code !== "ERR_UNSUPPORTED_DIR_IMPORT")) throw error;
    // Convex projects are bundled by esbuild, which allows what Node's ESM resolver does not:
    // extensionless imports, directory imports and `./x.js` naming `./x.ts`.
    for (const candidate of candidates(specifier)) {
      try {
        return await next(candidate, context);
      } catch {
        // try the next spelling
      }
    }
    throw error;
  }
}

function candidates(specifier: string): string[] {
  const ext = path.posix.extname(specifier);
  const swapped = JS_TO_TS[ext]?.map((ts) => specifier.slice(0, -ext.length) + ts) ?? [];
  return [...swapped, ...IMPLICIT.map((suffix) => specifier.replace(/\/$/, "") + suffix)];
}

/** A component or app definition file, as Convex's bundler recognises it. */
const DEFINITION = /\/convex\.config\.(ts|mts|js|mjs)$/;
const DEFINITION_SOURCE = "race-check-definition";

export async function load(url: string, context: LoadContext, next: NextLoad): Promise<LoadResult> {
  if (!url.startsWith("file:")) return next(url, context);
  const parsed = new URL(url);
  if (DEFINITION.test(parsed.pathname) && !parsed.searchParams.has(DEFINITION_SOURCE)) {
    return { format: "module", source: definitionWrapper(parsed), shortCircuit: true };
  }
  const file = fileURLToPath(url);
  const ext = path.extname(file);
  if (TS_EXTENSIONS.has(ext)) {
    const source = await readFile(file, "utf8");
    return { format: "module", source: await transform(source, file, ext), shortCircuit: true };
  }
  if (ext === ".js" && !url.includes("/node_modules/")) {
    // A Convex project's package.json often has no "type": "module", yet convex/_generated/*.js
    // and the functions are ES modules: say so, rather than have Node guess (and warn, or fail).
    const source = await readFile(file, "utf8");
    if (/^\s*(import|export)\s/m.test(source)) return { format: "module", source, shortCircuit: true };
  }
  return next(url, context);
}

/**
 * Convex's bundler replaces each imported convex.config with a reference the deployment fills in
 * (`componentDefinitionPath`, `defaultName`); without one, `app.use(component)` throws "only works
 * in Convex runtime". Each definition module is therefore loaded through this wrapper, which gives
 * the definition its directory and name before any importer calls `use` on it.
 */
function definitionWrapper(url: URL): string {
  const source = new URL(url.href);
  source.searchParams.set(DEFINITION_SOURCE, "");
  const from = JSON.stringify(source.href);
  const dir = JSON.stringify(path.dirname(fileURLToPath(url)).split(path.sep).join("/"));
  return [
    `import definition from ${from};`,
    `export * from ${from};`,
    `if (definition !== null && typeof definition === "object" && typeof definition.componentDefinitionPath !== "string") {`,
    `  definition.componentDefinitionPath = ${dir};`,
    `  if (definition.defaultName === undefined) definition.defaultName = definition._name;`,
    `}`,
    `export default definition;`,
  ].join("\n");
}

let esbuild: Esbuild | undefined;

async function transform(source: string, file: string, ext: string): Promise<string> {
  esbuild ??= findEsbuild();
  try {
    const out = await esbuild.transform(source, {
      loader: ext === ".tsx" ? "tsx" : ext === ".jsx" ? "jsx" : "ts",
      format: "esm",
      target: `node${process.versions.node.split(".")[0]}`,
      sourcefile: file,
      sourcemap: "inline",
      tsconfigRaw: {
        compilerOptions: {
          // JSX as Convex's bundler compiles it: per the tsconfig.json nearest to the file.
          ...(ext === ".tsx" || ext === ".jsx" ? jsxOptions(file) : {}),
          // Type-only imports must vanish whatever the user's tsconfig says: nothing else runs tsc here.
          verbatimModuleSyntax: false,
          preserveValueImports: false,
        },
      },
    });
    return out.code;
  } catch (e) {
    const first = (e as { errors?: { text: string; location?: { line: number; column: number } }[] }).errors?.[0];
    // Errors cross the thread boundary as plain messages: put the location into the message.
    if (first) {
      const where = first.location ? `:${first.location.line}:${first.location.column}` : "";
      throw new SyntaxError(`${file}${where}: ${first.text}`, { cause: e });
    }
    throw e;
  }
}

const tsconfigCache: Cache = new Map();
const JSX_MODES = new Set(["react", "react-jsx", "react-jsxdev"]);

function jsxOptions(file: string): Record<string, string> {
  // get-tsconfig reads comments, trailing commas and `extends` as esbuild's own build does.
  const found = getTsconfig(path.dirname(file), "tsconfig.json", tsconfigCache);
  const options = (found?.config.compilerOptions ?? {}) as Record<string, unknown>;
  const out: Record<string, string> = {};
  if (typeof options.jsx === "string" && JSX_MODES.has(options.jsx)) out.jsx = options.jsx;
  for (const key of ["jsxFactory", "jsxFragmentFactory", "jsxImportSource"]) {
    if (typeof options[key] === "string") out[key] = options[key];
  }
  return out;
}

function findEsbuild(): Esbuild {
  const attempts: (() => string)[] = [
    () => path.join(data.projectDir, "package.json"),
    // npm may nest esbuild under convex when the project pins another esbuild version.
    () => path.join(convexDir(), "package.json"),
    () => fileURLToPath(import.meta.url),
  ];
  for (const from of attempts) {
    try {
      return createRequire(from())("esbuild") as Esbuild;
    } catch {
      // next place
    }
  }
  throw new Error(
    `cannot compile TypeScript: esbuild not found from ${data.projectDir} (it comes with the convex package: run npm install there)`,
  );
}

function convexDir(): string {
  let dir = data.projectDir;
  for (;;) {
    const candidate = path.join(dir, "node_modules", "convex");
    if (existsSync(path.join(candidate, "package.json"))) return realpathSync(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("convex not installed");
    dir = parent;
  }
}
