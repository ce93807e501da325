/** `race-check merge`: one report from the JSON reports of a sharded run's jobs. */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { GATING_HELP, GATING_OPTIONS, compare, gatedExitCode, readGating, type Gating } from "./gating.js";
import { mergeShardReports, parseReport } from "../engine/merge.js";
import type { RunResult } from "../engine/result.js";
import { ConfigError, EXIT } from "../errors.js";
import { installOutputBoundary } from "../output/boundary.js";
import { checkOutputPath, writeOutputFile } from "../output/report-file.js";
import { redactDeep } from "../output/secrets.js";
import { renderJson } from "../report/json.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderText } from "../report/text.js";
import { VERSION } from "../version.js";

export const MERGE_HELP = `race-check ${VERSION}: merge the JSON reports of a sharded run into one

Usage: race-check merge REPORT... [--json FILE] [--markdown FILE] [--fail-on WHEN] [--baseline FILE]

Each REPORT is the --json report of one \`race-check run --shard i/n\` of the same config, flags
and race-check version. Rounds, violations and undecided rounds are summed per scenario; rates,
intervals, bounds and the fire spread are recomputed from every round; the verdicts are decided
again from the sums. A shard whose report is not given counts as not run (the merged verdict is
at best an error). Reports of different configs, backends, versions or splits are refused.

Options:
  --json FILE         write the merged JSON report
  --markdown FILE     write the merged Markdown report
${GATING_HELP}
  -h, --help          show this help

Exit codes: as race-check run: 0 no violation, 1 violation found, 2 usage error or reports that
cannot be merged, 3 a shard could not run (or is missing), 4 inconclusive.`;

export async function mergeMain(argv: string[]): Promise<number> {
  installOutputBoundary({ neutralise: true });
  let values;
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "string" },
        markdown: { type: "string" },
        ...GATING_OPTIONS,
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    return usage(`${(e as Error).message} (see race-check merge --help)`);
  }
  if (values.help) {
    process.stdout.write(`${MERGE_HELP}\n`);
    return EXIT.ok;
  }
  let merged: RunResult;
  let gating: Gating;
  try {
    if (files.length === 0)
      throw new ConfigError("merge: give the JSON reports of a sharded run (see race-check merge --help)");
    if (values.json) await checkOutputPath(values.json, "--json");
    if (values.markdown) await checkOutputPath(values.markdown, "--markdown");
    gating = await readGating(values);
    const reports = await Promise.all(
      files.map(async (file) => ({ label: file, run: parseReport(await read(file), file) })),
    );
    merged = redactDeep(mergeShardReports(reports));
  } catch (e) {
    if (e instanceof ConfigError) return usage(e.message);
    process.stderr.write(`race-check: ${(e as Error).message ?? String(e)}\n`);
    return EXIT.infrastructure;
  }
  for (const i of merged.merged?.missing ?? []) {
    process.stderr.write(
      `race-check: warning: no report of shard ${i}/${merged.merged?.count}: its rounds count as not run\n`,
    );
  }
  const comparison = compare(merged, gating);
  process.stdout.write(`${renderText(merged, comparison)}\n`);
  try {
    if (values.json) await writeOutputFile(values.json, renderJson(merged));
    if (values.markdown) {
      await writeOutputFile(values.markdown, `${renderMarkdown(merged, { comparison, failOn: gating.failOn })}\n`);
    }
  } catch (e) {
    process.stderr.write(`race-check: could not write the report: ${(e as Error).message}\n`);
    return EXIT.infrastructure;
  }
  return gatedExitCode(comparison, gating);
}

async function read(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(`merge: cannot read ${file} (${code === "ENOENT" ? "no such file" : (code ?? String(e))})`);
  }
}

function usage(message: string): number {
  process.stderr.write(`race-check: ${message}\n`);
  return EXIT.usage;
}
