/**
 * The one report envelope: what a run found, whichever driver ran the trials. `mode` says which:
 * `stress` (timed rounds against a deployment) or `explore` (schedules chosen step by step).
 * Every renderer (src/report/) reads this and nothing else.
 */
import type { BackendKind } from "../backends/types.js";
import type { PreparedRun } from "../config/prepare.js";
import { type Operation, type RunMode, type RunVerdict, type TrialVerdict } from "../model.js";
import type { Step } from "./controlled/types.js";
import type { PlannedScenario } from "./shard.js";
import type { OperationCounts } from "./verdict.js";
export type { OperationCounts, RunVerdict };
/** A scenario's verdict: the same lattice as a run's. */
export type ScenarioVerdict = RunVerdict;
export interface RoundSummary {
    round: number;
    verdict: TrialVerdict;
    observed?: number;
    limit?: number;
    message: string;
    fireSpreadMs?: number;
    durationMs: number;
}
/** Scheduled work seen due later than the settle horizon, by function. */
export interface PendingSummary {
    path: string;
    /** Trials in which it was left pending. */
    count: number;
    /** The soonest it was due after a trial ended, ms. */
    dueInMs: number;
}
export interface LogSummary {
    /** Lines logged. */
    count: number;
    /** Scheduled functions that threw (no caller sees those). */
    scheduledErrors: number;
    /** The first lines, each cut short. */
    first: string[];
    /** Where every line was written, when a log file was asked for. */
    file?: string;
}
/** A minimal violating schedule, with what it takes to replay it. */
export interface Counterexample {
    clients: number[];
    steps: Step[];
    /** Readable trace, one line per step, ending with "⇒ <violation>". */
    trace: string[];
    message: string;
    observed?: number;
    limit?: number;
    token: string;
    command: string;
    /** Schedules run while shrinking. */
    shrinkRuns: number;
    /** Clients and steps of the first violation, before shrinking. */
    original: {
        clients: number;
        steps: number;
    };
}
export type StrategyName = "mixed" | "random" | "pct" | "exhaustive";
export interface ScenarioResult {
    name: string;
    mode: RunMode;
    verdict: ScenarioVerdict;
    /** One line in the seed's style: "Overbooking: 7/5 enrollments" or "5/5 enrollments (at capacity)". */
    headline: string;
    clients: number;
    /** Trials that ran to a verdict of their own (ok, violation or unknown): rounds, or schedules. */
    rounds: number;
    violations: number;
    unknown: number;
    errors: number;
    /** violations / decided trials. */
    detectionRate: number;
    /** 95 % Wilson interval of the per-trial detection probability. */
    interval: [number, number];
    /** When nothing was seen: the per-trial race probability this run rules out (one-sided 95 %). */
    upperBound?: number;
    worst: {
        observed: number;
        limit: number;
    } | null;
    /** Functions the scenario called (act and flow calls), for annotations. */
    functions: string[];
    /** Stress only: max − min arrival of each round's fire. */
    fireSpread: {
        p50?: number;
        max?: number;
        source?: "server" | "client";
    };
    /** Stress only: every round's summary. */
    roundDetails: RoundSummary[];
    /** The full history of the first violating trial (or of the first trial when none violated). */
    sampleRound?: {
        round: number;
        history: Operation[];
    };
    /** Full histories of the first (at most 10) trials that violated or could not be decided. */
    histories?: {
        round: number;
        verdict: TrialVerdict;
        history: Operation[];
    }[];
    /** Scheduled work due later than the settle horizon: never waited for, so never checked. */
    pending?: PendingSummary[];
    /** What the functions logged (console.*) during the scenario: never printed as it came. */
    logs?: LogSummary;
    error?: string;
    /** The backend's last log lines when it failed during this scenario. */
    backendLog?: string;
    durationMs: number;
    strategy?: StrategyName;
    seed?: number;
    depth?: number;
    budget?: number;
    /** Schedules executed by the search (shrinking not included). */
    schedules?: number;
    /** Distinct step orders among them. */
    distinctInterleavings?: number;
    /** Exhaustive search only: every interleaving was tried. */
    exhausted?: boolean;
    /** 1-based index of the first violating schedule. */
    firstViolationAt?: number;
    counterexample?: Counterexample;
    /** A replay that did not reproduce what its token recorded. */
    replayMismatch?: string;
    /** Sharded runs: the rounds each shard ran of the scenario's `of` (one part per shard; all once merged). */
    shardRounds?: {
        of: number;
        parts: {
            shard: number;
            from: number;
            to: number;
        }[];
    };
    /** Operations by outcome, and the first refusal: what the verdict rule needs when shards are merged. */
    operations?: OperationCounts;
    /** The config marks this scenario a known race (`expect: "race"`): reported, not failing. */
    expect?: "race";
}
/** One job of a sharded run (`--shard i/n`). */
export interface ShardInfo {
    index: number;
    count: number;
    /** The shard's own seed, derived from the run's `seed` and the shard: `--seed <seed> --shard i/n` repeats it. */
    seed: number;
    /** The selected scenarios the work was split over, in order: every shard of a run has the same plan. */
    plan: PlannedScenario[];
    /** The command that re-runs this shard alone. */
    command: string;
    /** Its words, unquoted. */
    args?: string[];
}
/** What `race-check merge` combined. */
export interface MergeInfo {
    count: number;
    shards: {
        index: number;
        seed: number;
        runSeed: number;
        command: string;
        args?: string[];
    }[];
    /** Shards of the plan whose report was not given: their rounds count as not run. */
    missing: number[];
}
export interface RunResult {
    tool: {
        name: "race-check";
        version: string;
    };
    mode: RunMode;
    verdict: RunVerdict;
    startedAt: string;
    durationMs: number;
    seed: number;
    backend: {
        kind: BackendKind;
        startupMs?: number;
    };
    config: string;
    /**
     * sha256 of the config file's text and the working directory relative to the repository
     * (`sha256:<hex>`): merge refuses shards whose configs differ behind the same path. Absent for
     * a config object, and in reports of race-check before it.
     */
    configFingerprint?: string;
    /**
     * The Convex functions directory, relative to where the run started, with forward slashes:
     * where annotations and source links find the functions without loading the config again.
     */
    functionsDir?: string;
    scenarios: ScenarioResult[];
    /** The interleaving search that followed the stress rounds (the action's `explore: true`). */
    explore?: RunResult;
    /** One shard of a sharded run. */
    shard?: ShardInfo;
    /** Shard reports merged into one (`race-check merge`). */
    merged?: MergeInfo;
}
export interface EnvelopeInput {
    mode: RunMode;
    /** When the run started (ISO 8601). */
    startedAt: string;
    /** `performance.now()` when the run started: the duration runs until the envelope is made. */
    began: number;
    seed: number;
    backend: RunResult["backend"];
    prepared: Pick<PreparedRun, "configLabel" | "configFingerprint" | "projectDir" | "functionsDir" | "scenarios">;
    /** Where the run started (default the process's cwd): the functions directory is relative to it. */
    cwd?: string;
    scenarios: ScenarioResult[];
    shard?: ShardInfo;
}
/** The envelope around a run's scenario results, the same whichever driver ran them. */
export declare function runEnvelope(input: EnvelopeInput): RunResult;
