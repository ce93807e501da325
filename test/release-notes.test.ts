// The release workflow takes a release's notes from CHANGELOG.md and refuses a tag without them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execa } from "execa";
import { changelogSection } from "../scripts/release-notes.ts";

const changelog = `# Changelog

## [Unreleased]

### Added

- Something new.

## [1.2.0] - 2026-01-02

### Fixed

- A bug.

## [1.1.10] - 2026-01-01

## [1.1.1] - 2025-12-31

- First line.

[Unreleased]: https://example.invalid/compare/v1.2.0...HEAD
[1.2.0]: https://example.invalid/releases/tag/v1.2.0
`;

test("a version's section is its body, up to the next version or the link list", () => {
  assert.equal(changelogSection(changelog, "1.2.0"), "### Fixed\n\n- A bug.");
  assert.equal(changelogSection(changelog, "1.1.1"), "- First line.");
  assert.equal(changelogSection(changelog, "Unreleased"), "### Added\n\n- Something new.");
});

test("no section, or an empty one, is no notes", () => {
  assert.equal(changelogSection(changelog, "1.1.10"), undefined);
  assert.equal(changelogSection(changelog, "1.1"), undefined);
  assert.equal(changelogSection(changelog, "2.0.0"), undefined);
});

test("package.json's version has notes in CHANGELOG.md, so its tag can be released", async () => {
  const { version } = JSON.parse(await readFile("package.json", "utf8")) as { version: string };
  assert.ok(changelogSection(await readFile("CHANGELOG.md", "utf8"), version), `CHANGELOG.md has no ## [${version}]`);
});

test("the script prints the notes, or one line and exit 1 when there are none", async () => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "race-check-notes-")), "CHANGELOG.md");
  await writeFile(file, changelog);
  const script = ["--import", "tsx", "scripts/release-notes.ts"];
  const ok = await execa("node", [...script, "v1.2.0", file], { reject: false });
  assert.equal(ok.exitCode, 0, ok.stderr);
  assert.equal(ok.stdout, "### Fixed\n\n- A bug.");
  const missing = await execa("node", [...script, "1.3.0", file], { reject: false });
  assert.equal(missing.exitCode, 1);
  assert.equal(missing.stdout, "");
  assert.equal(missing.stderr.split("\n").length, 1);
  assert.match(missing.stderr, /no "## \[1\.3\.0\]" section/);
});
