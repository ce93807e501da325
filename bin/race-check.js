#!/usr/bin/env node
// In a checkout (src/ beside bin/) the CLI runs from source through tsx, so `npm start` never runs a
// stale bundle. The published package ships no src/: it runs the bundle, which needs nothing but the
// project's convex.
import { existsSync } from "node:fs";

const source = new URL("../src/cli.ts", import.meta.url);
let program;
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  ({ program } = await import(source.href));
} else {
  ({ program } = await import("../dist/cli.js"));
}
await program(process.argv.slice(2));
