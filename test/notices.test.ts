// The licence notices written beside the bundles (scripts/notices.ts) from esbuild's metafile inputs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { packageDir, thirdPartyNotices } from "../scripts/notices.ts";

test("a bundled file belongs to the package under the last node_modules in its path", () => {
  assert.equal(packageDir("node_modules/execa/lib/index.js"), "node_modules/execa");
  assert.equal(packageDir("node_modules/@actions/core/lib/core.js"), "node_modules/@actions/core");
  assert.equal(
    packageDir("node_modules/@actions/artifact/node_modules/@actions/http-client/lib/index.js"),
    "node_modules/@actions/artifact/node_modules/@actions/http-client",
  );
  assert.equal(packageDir("node_modules/esm-pkg/dist/esm/package.json"), "node_modules/esm-pkg");
  assert.equal(packageDir("src/cli.ts"), undefined);
});

test("every bundled package once, with its licence files, the bundles it is in, and its origin when it has none", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "race-check-notices-"));
  const pkg = async (dir: string, manifest: object, files: Record<string, string> = {}) => {
    await mkdir(path.join(root, dir), { recursive: true });
    await writeFile(path.join(root, dir, "package.json"), JSON.stringify(manifest));
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, dir, name), text);
  };
  await pkg(
    "node_modules/b-lib",
    { name: "b-lib", version: "2.0.0", license: "MIT" },
    { LICENSE: "Copyright B\n```\nnot a fence end", "index.js": "" },
  );
  await pkg("node_modules/@s/a-lib", { name: "@s/a-lib", version: "1.0.0", licenses: [{ type: "ISC" }] });
  await pkg("node_modules/bare", { name: "bare", version: "0.1.0", author: { name: "Ann" }, repository: "x/bare" });

  const text = await thirdPartyNotices(root, {
    "index.js": ["node_modules/b-lib/index.js", "node_modules/b-lib/util.js", "node_modules/bare/index.js", "src/a.ts"],
    "cli.js": ["node_modules/@s/a-lib/index.js", "node_modules/b-lib/index.js"],
  });
  const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(headings, ["@s/a-lib 1.0.0", "b-lib 2.0.0", "bare 0.1.0"]);
  assert.match(
    text,
    /## b-lib 2\.0\.0\n\nLicense: MIT\. Bundled into: cli\.js, index\.js\.\n\nLICENSE:\n\n````\nCopyright B\n```\nnot a fence end\n````/,
  );
  assert.match(
    text,
    /## @s\/a-lib 1\.0\.0\n\nLicense: ISC\. Bundled into: cli\.js\.\n\nNo licence file ships with this package\./,
  );
  assert.match(
    text,
    /## bare 0\.1\.0\n\nLicense: not stated in its package\.json\. Bundled into: index\.js\.\n\nNo licence file ships with this package \(author Ann, repository x\/bare\)\./,
  );
});
