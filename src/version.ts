import { readFileSync } from "node:fs";

// Set by scripts/bundle.ts (esbuild `define`) from package.json, so a bundle prints the version it
// was built as. From source there is no bundle step: package.json is read instead.
declare const __RACE_CHECK_VERSION__: string | undefined;

export const VERSION: string =
  typeof __RACE_CHECK_VERSION__ === "string"
    ? __RACE_CHECK_VERSION__
    : (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
