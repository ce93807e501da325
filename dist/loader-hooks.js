import { createRequire as __rcCreateRequire } from "node:module";
const require = __rcCreateRequire(import.meta.url);

// src/loader/hooks.ts
import { existsSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var data = { projectDir: process.cwd(), selfApi: "" };
var projectPackageUrl = pathToFileURL(path.join(data.projectDir, "package.json")).href;
function initialize(init) {
  if (init) data = init;
  projectPackageUrl = pathToFileURL(path.join(data.projectDir, "package.json")).href;
}
var TS_EXTENSIONS = /* @__PURE__ */ new Set([".ts", ".tsx", ".mts", ".jsx"]);
var JS_TO_TS = {
  ".js": [".ts", ".tsx"],
  ".jsx": [".tsx"],
  ".mjs": [".mts"]
};
var IMPLICIT = [".ts", ".tsx", ".js", ".jsx", ".mjs", "/index.ts", "/index.tsx", "/index.js"];
async function resolve(specifier, context, next) {
  if (specifier === "race-check" && data.selfApi) return { url: data.selfApi, shortCircuit: true };
  if (specifier === "convex" || specifier.startsWith("convex/")) {
    try {
      return await next(specifier, { ...context, parentURL: projectPackageUrl });
    } catch {
      return await next(specifier, context);
    }
  }
  try {
    return await next(specifier, context);
  } catch (error) {
    const code = error.code;
    const relative = specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("file:");
    if (!relative || code !== "ERR_MODULE_NOT_FOUND" && code !== "ERR_UNSUPPORTED_DIR_IMPORT") throw error;
    for (const candidate of candidates(specifier)) {
      try {
        return await next(candidate, context);
      } catch {
      }
    }
    throw error;
  }
}
function candidates(specifier) {
  const ext = path.posix.extname(specifier);
  const swapped = JS_TO_TS[ext]?.map((ts) => specifier.slice(0, -ext.length) + ts) ?? [];
  return [...swapped, ...IMPLICIT.map((suffix) => specifier.replace(/\/$/, "") + suffix)];
}
async function load(url, context, next) {
  if (!url.startsWith("file:")) return next(url, context);
  const file = fileURLToPath(url);
  const ext = path.extname(file);
  if (TS_EXTENSIONS.has(ext)) {
    const source = await readFile(file, "utf8");
    return { format: "module", source: await transform(source, file, ext), shortCircuit: true };
  }
  if (ext === ".js" && !url.includes("/node_modules/")) {
    const source = await readFile(file, "utf8");
    if (/^\s*(import|export)\s/m.test(source)) return { format: "module", source, shortCircuit: true };
  }
  return next(url, context);
}
var esbuild;
async function transform(source, file, ext) {
  esbuild ??= findEsbuild();
  try {
    const out = await esbuild.transform(source, {
      loader: ext === ".tsx" ? "tsx" : ext === ".jsx" ? "jsx" : "ts",
      format: "esm",
      target: `node${process.versions.node.split(".")[0]}`,
      sourcefile: file,
      sourcemap: "inline",
      // Type-only imports must vanish whatever the user's tsconfig says: nothing else runs tsc here.
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: false, preserveValueImports: false } }
    });
    return out.code;
  } catch (e) {
    const first = e.errors?.[0];
    if (first) {
      const where = first.location ? `:${first.location.line}:${first.location.column}` : "";
      throw new SyntaxError(`${file}${where}: ${first.text}`, { cause: e });
    }
    throw e;
  }
}
function findEsbuild() {
  const attempts = [
    () => path.join(data.projectDir, "package.json"),
    // npm may nest esbuild under convex when the project pins another esbuild version.
    () => path.join(convexDir(), "package.json"),
    () => fileURLToPath(import.meta.url)
  ];
  for (const from of attempts) {
    try {
      return createRequire(from())("esbuild");
    } catch {
    }
  }
  throw new Error(
    `cannot compile TypeScript: esbuild not found from ${data.projectDir} (it comes with the convex package: run npm install there)`
  );
}
function convexDir() {
  let dir = data.projectDir;
  for (; ; ) {
    const candidate = path.join(dir, "node_modules", "convex");
    if (existsSync(path.join(candidate, "package.json"))) return realpathSync(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("convex not installed");
    dir = parent;
  }
}
export {
  initialize,
  load,
  resolve
};
