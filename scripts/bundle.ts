/**
 * Builds dist/: the GitHub Action, the CLI and library of the npm package, the files they start,
 * their type declarations and the licence notices of the code they bundle. Everything in dist/ runs
 * in a project that has only `convex` installed. `convex` is never bundled where user code meets it
 * (the CLI, the embedded backend and the API a config imports): user functions, the generated `api`
 * and convex-test must share the project's one copy. The loader (src/loader) resolves it from the
 * project at run time.
 */
import { execFileSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";
import { thirdPartyNotices } from "./notices.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist");
const NOTICES = "THIRD_PARTY_NOTICES.md";

const pkg = JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as {
  version: string;
  engines: { node: string };
};
// The CLI, the library and the children they start run on every Node the package supports; only
// the action's own entry is started by the runner's node24.
const lowest = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(pkg.engines.node.trim())?.[1];
if (!lowest) throw new Error(`package.json engines.node "${pkg.engines.node}" is not of the form ">=X.Y"`);

// Bundled CommonJS dependencies call require() and read __dirname: give the ES module both.
const banner = [
  `// Third-party code in this bundle: licences in ${NOTICES}.`,
  'import { createRequire as __rcCreateRequire } from "node:module";',
  "const require = __rcCreateRequire(import.meta.url);",
].join("\n");

const common: BuildOptions = {
  bundle: true,
  platform: "node",
  format: "esm",
  outdir,
  absWorkingDir: root,
  banner: { js: banner },
  define: {
    __dirname: "import.meta.dirname",
    __filename: "import.meta.filename",
    __RACE_CHECK_VERSION__: JSON.stringify(pkg.version),
  },
  logLevel: "warning",
  legalComments: "none",
  charset: "utf8",
  metafile: true,
};

const convex = ["convex", "convex/*"];
const bundles: { entry: string; out: string; external?: string[]; target?: string }[] = [
  { entry: "src/action/index.ts", out: "index", target: "node24" },
  { entry: "src/cli.ts", out: "cli", external: convex },
  { entry: "src/index.ts", out: "api", external: convex },
  { entry: "src/backends/embedded/server.ts", out: "embedded-server", external: convex },
  { entry: "src/config/probe.ts", out: "config-probe", external: convex },
  { entry: "src/loader/preload.ts", out: "loader" },
  { entry: "src/loader/hooks.ts", out: "loader-hooks" },
  { entry: "src/action/sandbox-launch.ts", out: "sandbox-launch" },
];

await rm(outdir, { recursive: true, force: true });
const inputs: Record<string, string[]> = {};
for (const b of bundles) {
  const result = await build({
    ...common,
    entryPoints: { [b.out]: path.join(root, b.entry) },
    external: b.external,
    target: b.target ?? `node${lowest}`,
  });
  inputs[`${b.out}.js`] = Object.keys(result.metafile!.inputs);
}
await writeFile(path.join(outdir, NOTICES), await thirdPartyNotices(root, inputs));

// The declarations of the library entry (exports "types"): what a user's `tsc` reads.
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.types.json")], { cwd: root, stdio: "inherit" });
