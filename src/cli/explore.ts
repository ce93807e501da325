/** `race-check explore`: its own flags, so `run`'s parser stays as it is. */
import { parseArgs } from "node:util";
import { LIMITS, parseCount } from "../config/validate.js";
import { ConfigError, EXIT } from "../errors.js";
import { installOutputBoundary } from "../output/boundary.js";
import { checkOutputPath, writeOutputFile } from "../output/report-file.js";
import { LogCollector } from "../output/log-file.js";
import { readEnvFile } from "../config/env-file.js";
import { redactDeep } from "../output/secrets.js";
import { VERSION } from "../version.js";
import { EXPLORE_DEFAULTS, runExplore } from "../run-explore.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderJson } from "../report/json.js";
import { renderText } from "../report/text.js";
import type { RunResult, StrategyName } from "../engine/result.js";
import { GATING_HELP, GATING_OPTIONS, compare, gatedExitCode, readGating, type Gating } from "./gating.js";

export const EXPLORE_HELP = `race-check ${VERSION}: search the interleavings of concurrent clients for one that breaks an invariant

Usage: race-check explore [options]

Runs your convex/ functions in-process on convex-test and decides, step by step, which client's
next query, mutation or scheduler call runs. A violation is shrunk to the fewest clients and
steps and printed as a trace with a replay token.

Options:
  --config FILE       config file (default race-check.config.ts)
  --scenario NAME     explore only this scenario (repeatable)
  --clients N         clients per schedule (default: the scenario's explore.clients, else clients)
  --budget N          schedules per scenario (default ${EXPLORE_DEFAULTS.budget})
  --strategy S        mixed (default: random and pct in turn) | random | pct | exhaustive
  --depth D           PCT depth: priority change points + 1 (default ${EXPLORE_DEFAULTS.depth})
  --seed N            seed of the search (printed; reuse it to repeat the search)
  --replay TOKEN      run exactly the schedule of a replay token from an earlier report
  --env-file FILE     the deployment's environment variables, NAME=value per line
  --json FILE         write the JSON report
  --markdown FILE     write the Markdown report
${GATING_HELP}
  -h, --help          show this help

Exit codes: 0 no violation (or only races --fail-on lets pass), 1 violation found, 2 usage or config error,
3 error, 4 inconclusive (some schedules could not be decided).`;

const STRATEGIES: StrategyName[] = ["mixed", "random", "pct", "exhaustive"];

export async function exploreMain(argv: string[]): Promise<number> {
  // Also installed by src/cli.ts; here too for callers that start at this entry.
  installOutputBoundary({ neutralise: true });
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        config: { type: "string" },
        scenario: { type: "string", multiple: true },
        clients: { type: "string" },
        budget: { type: "string" },
        strategy: { type: "string" },
        depth: { type: "string" },
        seed: { type: "string" },
        replay: { type: "string" },
        "env-file": { type: "string" },
        json: { type: "string" },
        markdown: { type: "string" },
        ...GATING_OPTIONS,
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    return usage(`${(e as Error).message} (see race-check explore --help)`);
  }
  if (values.help) {
    process.stdout.write(`${EXPLORE_HELP}\n`);
    return EXIT.ok;
  }
  const controller = new AbortController();
  const logs = new LogCollector();
  const onSignal = () => controller.abort();
  // `on`, not `once`: see src/cli.ts (signal-exit re-raises when it is the only listener).
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let result: RunResult;
  let gating: Gating;
  try {
    gating = await readGating(values);
    const strategy = values.strategy as StrategyName | undefined;
    if (strategy !== undefined && !STRATEGIES.includes(strategy)) {
      throw new ConfigError(`--strategy: expected one of ${STRATEGIES.join(", ")}, got "${strategy}"`);
    }
    if (values.json) await checkOutputPath(values.json, "--json");
    if (values.markdown) await checkOutputPath(values.markdown, "--markdown");
    result = await runExplore({
      configFile: values.config,
      scenario: values.scenario,
      env: await readEnvFile(values["env-file"]),
      clients: parseCount(values.clients, "--clients", 1, LIMITS.maxClients),
      budget: parseCount(values.budget, "--budget", 1, 10_000_000),
      strategy,
      depth: parseCount(values.depth, "--depth", 1, 100),
      seed: parseCount(values.seed, "--seed", 0, 2 ** 32 - 1),
      replay: values.replay,
      signal: controller.signal,
      onProgress: progress(),
      onLogs: logs.onLogs,
    });
  } catch (e) {
    if (e instanceof ConfigError) return usage(e.message);
    process.stderr.write(`race-check: ${(e as Error).message ?? String(e)}\n`);
    return EXIT.infrastructure;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  }
  // The functions' full log goes beside the report (when one is written); the report points at it.
  const reportFile = values.json ?? values.markdown;
  if (reportFile) await logs.writeBeside(reportFile, result).catch(() => undefined);
  result = redactDeep(result);
  const comparison = compare(result, gating);
  process.stdout.write(`${renderText(result, comparison)}\n`);
  try {
    if (values.json) await writeOutputFile(values.json, renderJson(result));
    if (values.markdown) {
      await writeOutputFile(values.markdown, `${renderMarkdown(result, { comparison, failOn: gating.failOn })}\n`);
    }
  } catch (e) {
    // Exit 1 means "race found": a report we could not write must not look like one.
    process.stderr.write(`race-check: could not write the report: ${(e as Error).message}\n`);
    return EXIT.infrastructure;
  }
  const code = gatedExitCode(comparison, gating);
  if (controller.signal.aborted && code !== EXIT.race) return EXIT.infrastructure;
  return code;
}

function usage(message: string): number {
  process.stderr.write(`race-check: ${message}\n`);
  return EXIT.usage;
}

function progress() {
  if (!process.stderr.isTTY) return undefined;
  return (p: { scenario: string; schedules: number; budget: number }) => {
    if (p.schedules % 25 === 0 || p.schedules === p.budget) {
      process.stderr.write(`\r\x1b[K${p.scenario}: schedule ${p.schedules}/${p.budget}`);
    }
  };
}
