/**
 * Prints the CHANGELOG.md section of one version: the notes of its GitHub release. Exits 1 when the
 * version has no section, or an empty one, so a tag cannot be released without notes.
 *
 *   node --import tsx scripts/release-notes.ts 1.2.3 [CHANGELOG.md]
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** The body of `## [version]` (Keep a Changelog), up to the next `## ` heading or the link list. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split(/\r?\n/);
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith("## ") || /^\[[^\]]+\]:\s/.test(l));
  const body = (end < 0 ? rest : rest.slice(0, end)).join("\n").trim();
  return body === "" ? undefined : body;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [version, file = "CHANGELOG.md"] = process.argv.slice(2);
  if (!version) {
    console.error("usage: release-notes.ts VERSION [CHANGELOG.md]");
    process.exit(2);
  }
  const notes = changelogSection(await readFile(file, "utf8"), version.replace(/^v/, ""));
  if (notes === undefined) {
    console.error(`${file}: no "## [${version}]" section with notes: add one before tagging v${version}`);
    process.exit(1);
  }
  console.log(notes);
}
