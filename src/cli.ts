import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseBackendKind } from "./backends/index.js";
import { BackendError } from "./backends/types.js";
import { LIMITS, parseCount } from "./config/validate.js";
import { parseShard } from "./engine/shard.js";
import { ConfigError, EXIT } from "./errors.js";
import type { RunResult } from "./engine/result.js";
import { installOutputBoundary } from "./output/boundary.js";
import { installCrashHandler } from "./output/crash.js";
import { checkOutputPath, writeOutputFile } from "./output/report-file.js";
import { LogCollector } from "./output/log-file.js";
import { readEnvFile } from "./config/env-file.js";
import { checkSecretValue, redactDeep, registerSecret } from "./output/secrets.js";
import { renderJson } from "./report/json.js";
import { renderMarkdown } from "./report/markdown.js";
import { renderText } from "./report/text.js";
import { runRaceCheck } from "./run.js";
import { GATING_HELP, GATING_OPTIONS, compare, gatedExitCode, readGating, type Gating } from "./cli/gating.js";
import { VERSION } from "./version.js";

const HELP = `race-check ${VERSION}: find race conditions in a Convex backend

Usage: race-check run [options]
       race-check explore [options]   (interleaving search; see race-check explore --help)
       race-check init [options]      (write a starter config from convex/; see race-check init --help)
       race-check merge REPORT...     (one report from the JSON reports of --shard runs; see race-check merge --help)

Options:
  --config FILE       config file (default race-check.config.ts)
  --backend KIND      embedded (default: your convex/ functions on convex-test) | url
                      | local (the real open-source Convex backend, started and stopped here)
                      | preview (your functions deployed with your convex CLI to a Convex preview
                      deployment; preview deploy key from CONVEX_DEPLOY_KEY; needs --allow-remote)
  --preview-name NAME preview: the preview deployment's name (default race-check-<branch>)
  --url URL           deployment URL for --backend url (admin key from CONVEX_ADMIN_KEY)
  --env-file FILE     the deployment's environment variables, NAME=value per line
                      (besides the config's env; values are secrets, never printed)
  --site-url URL      url backend: where the deployment serves HTTP actions
                      (default: the .convex.site twin of a .convex.cloud --url)
  --allow-remote      allow a --url that is not on this machine
  --convex-backend-version TAG
                      local: convex-local-backend release tag, or latest (default: a pinned tag)
  --convex-backend-binary PATH
                      local: use this convex-local-backend binary; nothing is downloaded
  --startup-timeout S seconds to wait for a started backend to be ready (local default 60)
  --rounds N          rounds per scenario (overrides the config)
  --clients N         concurrent clients per round (overrides the config)
  --scenario NAME     run only this scenario (repeatable)
  --seed N            seed for fire order (printed with every run; reuse it to reproduce)
  --shard I/N         run only shard I of N (a CI matrix): whole scenarios first, rounds split
                      when N exceeds the scenarios; each shard has its own seed, derived from --seed
  --op-timeout MS     per-operation timeout; slower operations are "unknown" (default 30000)
  --json FILE         write the JSON report
  --markdown FILE     write the Markdown report
${GATING_HELP}
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 no violation (or only races --fail-on lets pass: expected with expect: "race",
already in the --baseline), 1 violation found, 2 usage or config error,
3 backend or infrastructure error, 4 inconclusive (no violation seen, undecided rounds).`;

export async function main(argv: string[]): Promise<number> {
  // Before anything can print: every byte to stdout and stderr is redacted from here on.
  installOutputBoundary({ neutralise: true });
  registerSecret(process.env.CONVEX_ADMIN_KEY);
  registerSecret(process.env.CONVEX_DEPLOY_KEY);
  if (argv[0] === "explore") return (await import("./cli/explore.js")).exploreMain(argv.slice(1));
  if (argv[0] === "init") return (await import("./init/cli.js")).initMain(argv.slice(1));
  if (argv[0] === "merge") return (await import("./cli/merge.js")).mergeMain(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: "string" },
        backend: { type: "string" },
        url: { type: "string" },
        "allow-remote": { type: "boolean" },
        "site-url": { type: "string" },
        "env-file": { type: "string" },
        "preview-name": { type: "string" },
        "convex-backend-version": { type: "string" },
        "convex-backend-binary": { type: "string" },
        "startup-timeout": { type: "string" },
        rounds: { type: "string" },
        clients: { type: "string" },
        scenario: { type: "string", multiple: true },
        seed: { type: "string" },
        shard: { type: "string" },
        "op-timeout": { type: "string" },
        json: { type: "string" },
        markdown: { type: "string" },
        ...GATING_OPTIONS,
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    return usageError(`${(e as Error).message} (see race-check --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return print(HELP, EXIT.ok);
  if (values.version) return print(VERSION, EXIT.ok);
  const command = positionals[0] ?? "run";
  if (command !== "run" || positionals.length > 1) {
    return usageError(`unknown command "${positionals.join(" ")}": use \`race-check run\` (see race-check --help)`);
  }

  const controller = new AbortController();
  // `on`, not `once`: execa's child cleanup (signal-exit) re-raises a signal when it finds itself
  // the only listener, which would kill us before the partial report is written. A second signal
  // means "now" — unless it is the first one again: a signal sent to a process group (Ctrl-C, a
  // runner's cancel) reaches us both directly and passed on by a parent that forwards signals (the
  // action, npm run), within milliseconds of each other.
  let first: { signal: NodeJS.Signals; at: number } | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (first) {
      if (signal === first.signal && performance.now() - first.at < SAME_SIGNAL_MS) return;
      process.exit(signal === "SIGINT" ? 130 : 143);
    }
    first = { signal, at: performance.now() };
    process.stderr.write("\nrace-check: interrupted; stopping the backend and writing a partial report\n");
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const progress = progressPrinter();
  const logs = new LogCollector();
  let result: RunResult;
  let gating: Gating;
  try {
    const backend = parseBackendKind(values.backend);
    gating = await readGating(values);
    // Checked before the run: a report that cannot be written must not cost a whole run first.
    if (values.json) await checkOutputPath(values.json, "--json");
    if (values.markdown) await checkOutputPath(values.markdown, "--markdown");
    const adminKey = backend === "url" ? checkSecretValue(process.env.CONVEX_ADMIN_KEY, "CONVEX_ADMIN_KEY") : undefined;
    const deployKey =
      backend === "preview" ? checkSecretValue(process.env.CONVEX_DEPLOY_KEY, "CONVEX_DEPLOY_KEY") : undefined;
    result = await runRaceCheck({
      configFile: values.config,
      backend,
      url: values.url,
      siteUrl: values["site-url"],
      env: await readEnvFile(values["env-file"]),
      adminKey,
      deployKey,
      previewName: values["preview-name"],
      allowRemote: values["allow-remote"],
      startupTimeoutMs: secondsToMs(parseCount(values["startup-timeout"], "--startup-timeout", 1, 3600)),
      convexBackendVersion: values["convex-backend-version"],
      convexBackendBinary: values["convex-backend-binary"],
      rounds: parseCount(values.rounds, "--rounds", 1, LIMITS.maxRounds),
      clients: parseCount(values.clients, "--clients", 1, LIMITS.maxClients),
      opTimeout: parseCount(values["op-timeout"], "--op-timeout", 1, 3_600_000),
      seed: parseCount(values.seed, "--seed", 0, 2 ** 32 - 1),
      shard: parseShard(values.shard, "--shard"),
      scenario: values.scenario,
      onProgress: progress.update,
      onLogs: logs.onLogs,
      onWarning: (message) => process.stderr.write(`race-check: warning: ${message}\n`),
      signal: controller.signal,
    });
  } catch (e) {
    progress.clear();
    if (e instanceof ConfigError) return usageError(e.message);
    if (e instanceof BackendError) {
      process.stderr.write(`race-check: backend error: ${e.message}\n`);
      if (e.logTail) process.stderr.write(`--- backend log (last lines) ---\n${e.logTail}\n`);
      return EXIT.infrastructure;
    }
    process.stderr.write(`race-check: ${(e as Error).message ?? String(e)}\n`);
    return EXIT.infrastructure;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  progress.clear();
  // Before rendering: escaping and cutting would change a secret's text past recognition.
  // The functions' full log goes beside the report (when one is written); the report points at it.
  const reportFile = values.json ?? values.markdown;
  if (reportFile) await logs.writeBeside(reportFile, result).catch(() => undefined);
  result = redactDeep(result);
  const comparison = compare(result, gating);
  process.stdout.write(`${renderText(result, comparison)}\n`);
  // A backend that died mid-run is an error of its own, even when a race seen before stays a race.
  for (const s of result.scenarios) {
    if (s.backendLog && s.error) process.stderr.write(`race-check: backend error in "${s.name}": ${s.error}\n`);
  }
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
  if (controller.signal.aborted) return EXIT.infrastructure;
  return gatedExitCode(comparison, gating);
}

/** A repeated signal within this long of the first is the same interrupt delivered twice. */
const SAME_SIGNAL_MS = 1000;

function secondsToMs(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : seconds * 1000;
}

function usageError(message: string): number {
  process.stderr.write(`race-check: ${message}\n`);
  return EXIT.usage;
}

function print(text: string, code: number): number {
  process.stdout.write(`${text}\n`);
  return code;
}

/** A live line on a terminal; one plain line per finished scenario otherwise (CI logs). */
function progressPrinter() {
  const live = process.stderr.isTTY === true;
  let shown = false;
  return {
    update(p: { scenario: string; round: number; rounds: number; violations: number }) {
      if (live) {
        process.stderr.write(`\r\x1b[K${p.scenario}: round ${p.round}/${p.rounds}, ${p.violations} violating`);
        shown = true;
      } else if (p.round === p.rounds) {
        process.stderr.write(`${p.scenario}: ${p.rounds} rounds, ${p.violations} violating\n`);
      }
    },
    clear() {
      if (live && shown) process.stderr.write("\r\x1b[K");
      shown = false;
    },
  };
}

/**
 * `race-check …` as a program (bin/race-check.js, or `node dist/cli.js`): `main`, and the exit code
 * of an error nothing caught (a timer in the config that throws) is 3, with one redacted line,
 * instead of Node's stack and exit 1, which would read as "race found".
 */
export async function program(argv: string[]): Promise<void> {
  installCrashHandler((line) => process.stderr.write(`race-check: uncaught error: ${line}\n`), EXIT.infrastructure);
  process.exitCode = await main(argv);
}

// Started as a program of its own (`node dist/cli.js run …`: the action runs the user's code this
// way, in a process that holds none of its tokens) rather than imported by bin/race-check.js.
if (isEntry()) await program(process.argv.slice(2));

function isEntry(): boolean {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}
