/**
 * Builds dist/: the GitHub Action and the files it starts, runnable in a repository that has only
 * `convex` installed. `convex` is never bundled where user code meets it (the embedded backend and
 * the API a config imports): user functions, the generated `api` and convex-test must share the
 * project's one copy. The loader (src/loader) resolves it from the project at run time.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist");

// Bundled CommonJS dependencies call require() and read __dirname: give the ES module both.
const banner = [
  'import { createRequire as __rcCreateRequire } from "node:module";',
  "const require = __rcCreateRequire(import.meta.url);",
].join("\n");

const common: BuildOptions = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outdir,
  absWorkingDir: root,
  banner: { js: banner },
  define: { __dirname: "import.meta.dirname", __filename: "import.meta.filename" },
  logLevel: "warning",
  legalComments: "none",
  charset: "utf8",
};

const bundles: { entry: string; out: string; external?: string[] }[] = [
  { entry: "src/action/index.ts", out: "index" },
  { entry: "src/index.ts", out: "api", external: ["convex", "convex/*"] },
  { entry: "src/backends/embedded/server.ts", out: "embedded-server", external: ["convex", "convex/*"] },
  { entry: "src/loader/preload.ts", out: "loader" },
  { entry: "src/loader/hooks.ts", out: "loader-hooks" },
];

await rm(outdir, { recursive: true, force: true });
for (const b of bundles) {
  await build({ ...common, entryPoints: { [b.out]: path.join(root, b.entry) }, external: b.external });
}
