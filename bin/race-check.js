#!/usr/bin/env node
// Runs the CLI from source through tsx's loader, so the package works without a build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
