// The action's entry (dist/index.js): nothing but the call, so main.ts stays importable.
import { run } from "./main.js";

await run();
