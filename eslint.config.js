import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
  // Layering: data flows one way, config → backends → engine (trials) → explore (search) →
  // report → the CLI and the action. A module may import only from its own layer or below.
  ...layers([
    ["src/model.ts", ["./*", "../*", "@actions/*"], "the shared types are a leaf: they import nothing of ours"],
    ["src/config/**", above("config"), "config is read before any backend exists"],
    ["src/backends/**", above("backends"), "a backend knows nothing of trials, search or reports"],
    ["src/engine/**", above("engine"), "the engine runs trials; search, reports and GitHub come after it"],
    // Explore renders a counterexample's trace as it describes it, from the steps with their values
    // in full (bigints included), before the report's JSON-safe copy of them.
    [
      "src/explore/**",
      [...above("explore"), "!**/report/trace.js"],
      "explore searches schedules; reports and GitHub come after it",
    ],
    ["src/report/**", above("report"), "reports render a finished envelope"],
  ]),
);

/** Everything a layer must not import: every layer above it. */
function above(layer) {
  const order = ["config", "backends", "engine", "explore", "report", "action"];
  const higher = order.slice(order.indexOf(layer) + 1);
  return [...higher.map((l) => `**/${l}/**`), "**/run.js", "**/cli.js", "**/stress.js", "@actions/*"];
}

function layers(rules) {
  return rules.map(([files, group, message]) => ({
    files: [files],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group, message }] }] },
  }));
}
