/** `--fail-on` and `--baseline`, the same for `race-check run` and `race-check explore`. */
import { readFile } from "node:fs/promises";
import type { RunResult } from "../engine/result.js";
import { ConfigError, EXIT } from "../errors.js";
import { FAIL_ON, checkVerdict, compareRuns, parseReport, type Comparison, type FailOn } from "../report/baseline.js";

export const GATING_OPTIONS = {
  "fail-on": { type: "string" },
  baseline: { type: "string" },
} as const;

export const GATING_HELP = `  --fail-on WHEN      race (default): exit 1 on a race the config does not expect;
                      new-race: only on a race the --baseline report does not have;
                      never: races never make the exit code non-zero
  --baseline FILE     a JSON report to compare with (the base branch's, from --json):
                      the report says which races are new, still there, or fixed`;

export interface Gating {
  failOn: FailOn;
  baseline?: { run: RunResult; label: string };
}

/** Checked and read before the run: a typo in the path costs one line, not a whole run. */
export async function readGating(values: { "fail-on"?: string; baseline?: string }): Promise<Gating> {
  const failOn = (values["fail-on"] ?? "race") as FailOn;
  if (!FAIL_ON.includes(failOn)) {
    throw new ConfigError(`--fail-on: "${values["fail-on"]}" is not one of ${FAIL_ON.join(" | ")}`);
  }
  if (failOn === "new-race" && values.baseline === undefined) {
    throw new ConfigError(
      "--fail-on new-race compares with a baseline: add --baseline FILE (a JSON report of the base branch, from --json)",
    );
  }
  if (values.baseline === undefined) return { failOn };
  const file = values.baseline;
  const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(`--baseline: cannot read ${file} (${e.code ?? e.message})`);
  });
  return { failOn, baseline: { run: parseReport(text, `--baseline ${file}`), label: file } };
}

export function compare(result: RunResult, gating: Gating): Comparison {
  return compareRuns(result, gating.baseline);
}

/** 1 for a race that fails the check; else 3 for an error, 4 for undecided trials, 0. */
export function gatedExitCode(comparison: Comparison, gating: Gating): number {
  switch (checkVerdict(comparison, gating.failOn)) {
    case "race":
      return EXIT.race;
    case "ok":
      return EXIT.ok;
    case "inconclusive":
      return EXIT.inconclusive;
    default:
      return EXIT.infrastructure;
  }
}
