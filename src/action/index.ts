// The action's entry (dist/index.js): nothing but the call, so main.ts stays importable.
import { installCrashHandler } from "../output/crash.js";
import { run } from "./main.js";
import * as core from "./out.js";

// An error nothing caught fails the step with one redacted line, not Node's stack.
installCrashHandler((line) => {
  core.setOutput("verdict", "error");
  core.setFailed(`race-check: uncaught error: ${line}`);
}, 1);
await run();
