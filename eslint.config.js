import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Layers from the bottom up; the commands share the top. */
const ORDER = [
  ["loader"],
  ["config"],
  ["backends"],
  ["engine"],
  ["explore"],
  ["report"],
  ["output"],
  ["cli", "init", "action"],
];
const ALL = ORDER.flat().map((l) => `**/${l}/**`);
const ENTRIES = ["**/run.js", "**/run-explore.js", "**/cli.js", "**/stress.js"];

export default tseslint.config(
  { ignores: ["node_modules", "dist", "**/convex/_generated", ".tmp"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        setImmediate: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        performance: "readonly",
        fetch: "readonly",
        Response: "readonly",
        Headers: "readonly",
        URL: "readonly",
        AbortController: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] },
  },
  // Only src/action/ knows GitHub. (Each layer below repeats @actions/*: a later block replaces
  // this rule's options for its files rather than adding to them.)
  {
    files: ["src/**/*.ts"],
    ignores: ["src/action/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@actions/*"], message: "only src/action/ knows GitHub" }] },
      ],
    },
  },
  // Layering: data flows one way, loader → config → backends → engine (trials) → explore (search)
  // → report → output → the commands. A module may import only from its own layer or below; the
  // commands (src/cli/, src/init/, src/action/) sit side by side at the top and never import one
  // another. The entry files (src/cli.ts, src/run.ts, src/run-explore.ts, src/stress.ts, src/index.ts)
  // are above all; the CLI's commands may call the two that run a check.
  ...layers([
    ["src/loader/**", "loader", "the TypeScript loader runs before anything else of ours"],
    ["src/config/**", "config", "config is read before any backend exists"],
    ["src/backends/**", "backends", "a backend knows nothing of trials, search or reports"],
    ["src/engine/**", "engine", "the engine runs trials; search, reports and GitHub come after it"],
    ["src/explore/**", "explore", "explore searches schedules; reports and GitHub come after it"],
    ["src/report/**", "report", "reports render a finished envelope; output, the commands and GitHub come after them"],
    ["src/output/**", "output", "output writes what the commands produce; the commands come after it"],
    ["src/cli/**", "cli", "the CLI's commands import no other command (init, the action)"],
    ["src/init/**", "init", "init writes a config; it imports no other command (the CLI, the action)"],
    ["src/action/**", "action", "the action runs the CLI as a child; it imports no other command"],
  ]),
  // Shared modules, which every layer may use, import no layer; the shared types nothing of ours.
  restrict(
    ["src/errors.ts", "src/version.ts", "src/runtime.ts", "src/shell.ts", "src/child-env.ts", "src/log-tail.ts"],
    [...ALL, ...ENTRIES, "@actions/*"],
    "a shared module imports no layer: every layer may use it",
  ),
  restrict(["src/output/secrets.ts"], [...ALL, ...ENTRIES, "@actions/*"], "every layer registers its secrets here"),
  restrict(["src/model.ts"], ["./*", "../*", "@actions/*"], "the shared types are a leaf: they import nothing of ours"),
  restrict(
    ["src/cli.ts", "src/run.ts", "src/run-explore.ts", "src/stress.ts", "src/index.ts"],
    ["**/action/**", "@actions/*"],
    "only src/action/ knows GitHub",
  ),
);

/** Everything a layer must not import: every layer above it, and the other commands beside it. */
function forbidden(layer) {
  const level = ORDER.findIndex((l) => l.includes(layer));
  const others = ORDER.slice(level)
    .flat()
    .filter((l) => l !== layer);
  const group = others.flatMap((l) => [`**/${l}/**`, ...exceptions(l)]);
  // The CLI's commands run a check through the entries that do it (src/run.ts, src/run-explore.ts).
  const entries = layer === "cli" ? ENTRIES.filter((e) => !/\/run(-explore)?\.js$/.test(e)) : ENTRIES;
  return [...group, ...entries, ...(layer === "action" ? [] : ["@actions/*"])];
}

/** The modules of a higher layer that a lower one may use. */
function exceptions(higher) {
  // Every layer registers the secrets it meets (config and the backends do).
  if (higher === "output") return ["!**/output/secrets.js"];
  return [];
}

function layers(rules) {
  return rules.map(([files, layer, message]) => restrict([files], forbidden(layer), message, ...internals(layer)));
}

/** The trials and the search know a backend only by its contract (src/backends/types.ts, in-process.ts). */
function internals(layer) {
  if (layer !== "engine" && layer !== "explore") return [];
  const group = ["**/backends/embedded/**", "**/backends/local/**", "**/backends/preview/**"];
  return [{ group, message: "a backend's internals stay behind src/backends/types.ts and in-process.ts" }];
}

function restrict(files, group, message, ...more) {
  return { files, rules: { "no-restricted-imports": ["error", { patterns: [{ group, message }, ...more] }] } };
}
