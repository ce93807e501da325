/**
 * `node --import` entry for race-check's child processes (the embedded backend): registers the
 * TypeScript hooks before the entry module loads. The child runs with the project as its cwd.
 */
import { registerLoader } from "./register.js";

registerLoader(process.env.RACE_CHECK_PROJECT_DIR ?? process.cwd());
