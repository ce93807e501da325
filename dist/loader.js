// Third-party code in this bundle: licences in THIRD_PARTY_NOTICES.md.
import { createRequire as __rcCreateRequire } from "node:module";
const require = __rcCreateRequire(import.meta.url);

// src/loader/register.ts
import { register } from "node:module";
var fromSource = import.meta.url.endsWith(".ts");
var registered = false;
function registerLoader(projectDir) {
  if (registered) return;
  registered = true;
  const data = {
    projectDir,
    selfApi: new URL(fromSource ? "../index.ts" : "./api.js", import.meta.url).href
  };
  register(new URL(fromSource ? "./hooks.ts" : "./loader-hooks.js", import.meta.url), { data });
}

// src/loader/preload.ts
registerLoader(process.env.RACE_CHECK_PROJECT_DIR ?? process.cwd());
