/** `race-check init`: reads convex/, proposes scenarios, writes a starter config and its test-support functions. */
import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, EXIT } from "../errors.js";
import { generate } from "../config/codegen.js";
import { VERSION } from "../version.js";
import { analyze } from "./analyze.js";
import { readProject, TESTING_MODULE } from "./project.js";
import { propose, renderFunctions, type Proposal } from "./proposal.js";
import { renderConfig } from "./write-config.js";
import { renderTestingModule } from "./write-testing.js";

export const CONFIG_FILE = "race-check.config.ts";

export const INIT_HELP = `race-check ${VERSION}: propose race scenarios for a Convex project and write a starter config

Usage: race-check init [options]

Reads the project's functions (convex/, or convex.json's "functions") and its schema, and looks for
  - actions that read with ctx.runQuery and then write with ctx.runMutation (check-then-act
    across transactions),
  - mutations that check a capacity-like field (capacity, maxSeats, stock, ...) or a one-shot
    claim field (status, claimedBy, ...),
  - client flows: a public query like spotsLeft / isAvailable, then a public mutation writing
    the same data,
  - HTTP routes in http.ts (a webhook delivered twice).
Writes ${CONFIG_FILE} and <functions dir>/${TESTING_MODULE}.ts (internal setup and read functions),
prints each proposed scenario with the function, the pattern seen and its place, and the next command.

Options:
  --dir DIR       the Convex project (default: the current directory)
  --force         overwrite ${CONFIG_FILE} and ${TESTING_MODULE}.ts if they exist
  --dry-run       print what would be written; write nothing
  -h, --help      show this help

Exit codes: 0 done (also when nothing racy was found), 2 usage error or an existing file without --force.`;

export async function initMain(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        dir: { type: "string" },
        force: { type: "boolean" },
        "dry-run": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    return usage(`${(e as Error).message} (see race-check init --help)`);
  }
  if (values.help) {
    process.stdout.write(`${INIT_HELP}\n`);
    return EXIT.ok;
  }
  const dir = path.resolve(values.dir ?? ".");
  try {
    return await init(dir, { force: values.force === true, dryRun: values["dry-run"] === true });
  } catch (e) {
    if (e instanceof ConfigError) return usage(e.message);
    throw e;
  }
}

async function init(dir: string, opts: { force: boolean; dryRun: boolean }): Promise<number> {
  const project = await readProject(dir);
  const out = (line = "") => process.stdout.write(`${line}\n`);
  for (const s of project.skipped) {
    process.stderr.write(`race-check: warning: could not load ${s.file} (${s.reason}); its functions were not read\n`);
  }
  const proposal = propose(project, analyze(project).candidates);
  const active = proposal.scenarios.filter((s) => !s.draft);
  const drafts = proposal.scenarios.filter((s) => s.draft);
  const summary = `${count(project.functions.size, "function")}, ${count(project.tables.size, "table")}`;
  if (proposal.scenarios.length === 0 && proposal.routes.length === 0) {
    if (proposal.skipped.length > 0) {
      out(
        `race-check init: read ${project.functionsDir}/ (${summary}); found race-prone code, but no scenario init can write:`,
      );
      printSkipped(proposal, out);
    } else {
      out(`race-check init: nothing racy found in ${project.functionsDir}/ (${summary}).`);
      out(
        "  Looked for: actions that read with ctx.runQuery and then write with ctx.runMutation; mutations that check a capacity-like field or a one-shot claim; a public query like spotsLeft followed by a public mutation on the same data; HTTP routes.",
      );
    }
    out("  No files written.");
    return EXIT.ok;
  }

  const configFile = path.join(dir, CONFIG_FILE);
  const testingFile = path.join(dir, project.functionsDir, `${TESTING_MODULE}.ts`);
  const files: [string, string][] = [[configFile, renderConfig(project, proposal)]];
  if (proposal.setups.length + proposal.reads.length > 0) {
    const { setups, reads } = renderFunctions(project, proposal);
    files.push([testingFile, renderTestingModule(setups, reads)]);
  }
  if (!opts.force && !opts.dryRun) {
    for (const [file] of files) {
      if (await exists(file)) {
        return usage(`${path.relative(process.cwd(), file) || file} exists: pass --force to overwrite it`);
      }
    }
  }

  out(`race-check init: read ${project.functionsDir}/ (${summary}).`);
  if (active.length) out(`Proposed scenarios (${active.length}):`);
  for (const s of active) out(`  ${s.name}: ${placeOf(s)}; ${s.why}`);
  if (drafts.length) out(`Drafted in comments, for you to finish (${drafts.length}):`);
  for (const s of drafts) out(`  ${s.name}: ${placeOf(s)}; ${s.why}`);
  if (proposal.routes.length) out("HTTP routes, drafted in comments (a webhook delivered twice):");
  for (const r of proposal.routes)
    out(`  ${r.method} ${r.path}: ${r.file}:${r.line}${r.handler ? `, handler ${r.handler}` : ""}`);
  printSkipped(proposal, out);

  if (opts.dryRun) {
    for (const [file, text] of files) {
      out(`\n--- ${rel(dir, file)} (not written: --dry-run) ---`);
      process.stdout.write(text);
    }
    return EXIT.ok;
  }
  for (const [file, text] of files) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    out(`Wrote ${rel(process.cwd(), file)}`);
  }
  // Generated here, so regenerated here: the api then names the new module, for tsc and editors.
  const regenerated = project.generated && files.length > 1;
  if (regenerated) await generate(project.dir, path.resolve(project.dir, project.functionsDir));
  out();
  if (active.length) {
    out(`Next: ${dir === process.cwd() ? "" : `cd ${rel(process.cwd(), dir)} && `}npx race-check run`);
  } else {
    out(`Next: finish a drafted scenario in ${CONFIG_FILE}, then npx race-check run`);
  }
  if (files.length > 1 && !regenerated) {
    out(
      `  (\`npx convex dev\` or \`npx convex codegen\` adds ${TESTING_MODULE} to ${project.functionsDir}/_generated/api, for tsc and your editor)`,
    );
  }
  return EXIT.ok;
}

function placeOf(s: Proposal["scenarios"][number]): string {
  const { act, query } = s.candidate;
  return query ? `${query.path} then ${act.path} at ${act.file}:${act.line}` : `${act.path} at ${act.file}:${act.line}`;
}

function printSkipped(proposal: Proposal, out: (line?: string) => void): void {
  if (proposal.skipped.length === 0) return;
  out(`Left out (${proposal.skipped.length}):`);
  for (const { candidate, reason } of proposal.skipped) {
    out(`  ${candidate.act.path} at ${candidate.act.file}:${candidate.act.line}: ${reason}`);
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function rel(from: string, file: string): string {
  return path.relative(from, file) || ".";
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function usage(message: string): number {
  process.stderr.write(`race-check init: ${message}\n`);
  return EXIT.usage;
}
