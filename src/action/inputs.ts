import * as core from "./out.js";
import { LIMITS, parseCount } from "../config/validate.js";
import { DEFAULT_CONFIG } from "../config/load.js";
import { ConfigError } from "../errors.js";
import type { BackendKind } from "../backends/types.js";
import { parseShard, type ShardSpec } from "../engine/shard.js";
import { FAIL_ON, type FailOn } from "../report/baseline.js";
import { parseEnvLines } from "../config/env-file.js";
import { checkSecretValue } from "../output/secrets.js";
import { ISOLATIONS, type Isolation } from "./sandbox.js";

export type CommentMode = "always" | "on-race" | "never";
export type { FailOn };
/**
 * run: race and report (one job, or one shard); merge: merge a matrix's shard reports; publish:
 * comment with a report another workflow run uploaded (fork pull requests).
 */
export type ActionMode = "run" | "merge" | "publish";
/** How the comment follows a changed verdict: edited in place, or a new one (which notifies). */
export type CommentUpdate = "update" | "recreate";

export interface ActionInputs {
  mode: ActionMode;
  config: string;
  rounds?: number;
  clients?: number;
  scenarios?: string[];
  seed?: number;
  backend: BackendKind;
  convexUrl?: string;
  adminKey?: string;
  allowRemote: boolean;
  workingDirectory: string;
  githubToken?: string;
  comment: CommentMode;
  failOn: FailOn;
  issueOnRace: boolean;
  reportPath: string;
  artifactName: string;
  opTimeout?: number;
  convexBackendVersion?: string;
  convexBackendBinary?: string;
  startupTimeoutSeconds?: number;
  explore: boolean;
  exploreBudget?: number;
  /** A JSON report to compare with (relative to working-directory), or "artifact": the base branch's. */
  baseline?: string;
  commentMode: CommentUpdate;
  /** The deployment's environment variables (input `env`, NAME=value lines), every value masked. */
  env?: Record<string, string>;
  /** url backend: where the deployment serves HTTP actions. */
  siteUrl?: string;
  /** This job's shard of a matrix (`shard: 2/4`). */
  shard?: ShardSpec;
  /** mode merge: which of the run's artifacts are shard reports. */
  artifactPattern: string;
  /** backend preview: a Convex preview deploy key (input deploy-key, else CONVEX_DEPLOY_KEY). */
  deployKey?: string;
  /** backend preview: the preview deployment's name. */
  previewName?: string;
  /** Whether the user's code runs in a sandbox without access to the tokens (sandbox.ts). */
  isolation: Isolation;
}

// `local` is passed through to the backends, which decide whether this version has it.
const BACKENDS: readonly BackendKind[] = ["local", "embedded", "url", "preview"];
const MODES: readonly ActionMode[] = ["run", "merge", "publish"];
export const DEFAULT_ARTIFACT_NAME = "race-check-report";
const COMMENT_MODES: readonly CommentMode[] = ["always", "on-race", "never"];
const COMMENT_UPDATES: readonly CommentUpdate[] = ["update", "recreate"];

/**
 * Reads and checks every input. A bad value throws ConfigError with one line naming the input, the
 * value and what is allowed, before anything runs. Secrets are masked before anything can log them.
 */
export function readInputs(): ActionInputs {
  const adminKey = text("admin-key");
  const rawToken = text("github-token");
  const deployKey = text("deploy-key");
  core.setSecret(adminKey);
  core.setSecret(rawToken);
  core.setSecret(deployKey);
  // It goes into an Authorization header, as the keys do: a newline in it would fail inside fetch
  // with an error that quotes it up to the newline. (The keys are checked in main.ts.)
  const githubToken = checkSecretValue(rawToken, "input github-token");
  const scenarios = core
    .getMultilineInput("scenario")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const failOn = oneOf("fail-on", FAIL_ON, "race");
  const baseline = text("baseline");
  if (failOn === "new-race" && baseline === undefined) {
    throw new ConfigError(
      "input fail-on: new-race compares with a baseline: set input baseline (a JSON report's path, or artifact for the base branch's latest report)",
    );
  }
  return {
    mode: oneOf("mode", MODES, "run"),
    config: text("config") ?? DEFAULT_CONFIG,
    rounds: count("rounds", 1, LIMITS.maxRounds),
    clients: count("clients", 1, LIMITS.maxClients),
    seed: count("seed", 0, 2 ** 32 - 1),
    scenarios: scenarios.length > 0 ? scenarios : undefined,
    backend: oneOf("backend", BACKENDS, "embedded"),
    convexUrl: text("convex-url"),
    adminKey,
    allowRemote: bool("allow-remote", false),
    workingDirectory: text("working-directory") ?? ".",
    githubToken,
    comment: oneOf("comment", COMMENT_MODES, "always"),
    failOn,
    baseline,
    commentMode: oneOf("comment-mode", COMMENT_UPDATES, "update"),
    issueOnRace: bool("issue-on-race", false),
    reportPath: text("report-path") ?? "race-check-report.json",
    artifactName: text("artifact-name") ?? DEFAULT_ARTIFACT_NAME,
    opTimeout: count("op-timeout", 1, 3_600_000),
    convexBackendVersion: text("convex-backend-version"),
    convexBackendBinary: text("convex-backend-binary"),
    startupTimeoutSeconds: count("startup-timeout", 1, 3600),
    explore: bool("explore", false),
    exploreBudget: count("explore-budget", 1, 1_000_000),
    env: envLines(core.getInput("env")),
    siteUrl: text("site-url"),
    shard: parseShard(text("shard"), "input shard"),
    artifactPattern: text("artifact-pattern") ?? "race-check-report*",
    deployKey,
    previewName: text("preview-name"),
    isolation: oneOf("isolation", ISOLATIONS, "auto"),
  };
}

/** `NAME=value` per line; every value is masked before anything can log it. */
function envLines(raw: string): Record<string, string> | undefined {
  const env = parseEnvLines(raw, "input env");
  for (const value of Object.values(env ?? {})) core.setSecret(value);
  return env;
}
function text(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === "" ? undefined : value;
}

function count(name: string, min: number, max: number): number | undefined {
  return parseCount(text(name), `input ${name}`, min, max);
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = text(name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`input ${name}: "${value}" is not one of ${allowed.join(" | ")}`);
  }
  return value as T;
}

function bool(name: string, fallback: boolean): boolean {
  const value = text(name);
  if (value === undefined) return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new ConfigError(`input ${name}: "${value}" is not true or false`);
}
