import type { Scheduler, SchedulingPoint, ScheduledTimer } from "../../backends/in-process.js";
import { type Step, type StepKind, type StepOutcome } from "./types.js";
/** A scheduled function's run: it ends when its handler returns (see the execution observer). */
export interface JobRun {
    entered: boolean;
    end: (outcome: StepOutcome) => void;
}
export declare class StuckError extends Error {
}
/** A fixed start for every schedule's clock (2026-01-01T00:00:00Z); every read moves it 1 ms on. */
export declare const EPOCH: number;
export declare class Controller {
    private readonly stepTimeoutMs;
    readonly steps: Step[];
    private readonly tasks;
    private pending;
    /** The task allowed to run right now; points from any other code pass straight through. */
    private active;
    private wake;
    private closed;
    private jobs;
    /** Scheduled functions due after the horizon: never started, listed by the settle step. */
    readonly beyond: ScheduledTimer[];
    /** The schedule's horizon: work due by then runs as tasks; work due later is only listed. */
    readonly horizonEnd: number;
    /** This schedule's Math.random and clock (see determinism.ts). */
    readonly random: () => number;
    private clock;
    constructor(stepTimeoutMs: number, seed: number, 
    /** Scheduled functions due further out than this (ms) are left pending, never run. */
    horizonMs?: number);
    now(): number;
    /** Runs setup and checks inside this schedule's context (its seeded globals) as the admin. */
    static within<T>(controller: Controller, fn: () => Promise<T>): Promise<T>;
    /** The schedule the running code belongs to, wherever it was started from. */
    static current(): Controller | undefined;
    /** The scheduler every scheduling point of the in-process backend waits on (ControllerHooks). */
    readonly hook: Scheduler;
    /**
     * The sink for scheduled functions' timers (ControllerHooks): each becomes a task whose
     * first step is its start. One due beyond the horizon is never started: it stays pending, and
     * the settle step lists it.
     */
    readonly takeTimer: (timer: ScheduledTimer) => unknown;
    /**
     * The execution observer (ControllerHooks): the first function a scheduled task runs is its
     * handler, and its end is the task's end.
     */
    readonly observe: () => ((outcome: SchedulingPoint["outcome"]) => void) | undefined;
    /**
     * Ends control: scheduling points of code still running pass straight through, and timers set
     * from now on are dropped (the schedule's database is done with).
     */
    close(): void;
    /** Waits until the strategy lets this client run its next step. */
    point(client: number, kind: StepKind, path: string): Promise<void>;
    /** Records the result of the step `client` is running (the oldest open one with this path). */
    finishStep(client: number, kind: StepKind, path: string, outcome: StepOutcome): void;
    /**
     * Starts a client's operation and lets it run to its first scheduling point (or to its end).
     * Clients start one after another so that even their start-up code never overlaps.
     */
    start(client: number, op: string, work: () => Promise<unknown>): Promise<{
        settled: Promise<unknown>;
    }>;
    private spawn;
    /** A scheduled function's start step: convex-test's timer callback, in the task's context. */
    private startJob;
    /**
     * Scheduled work this schedule has not finished: a function due within the horizon not started
     * yet, or one started and still running. A prefix stopped with such work cannot be judged.
     */
    unfinishedJobs(): number;
    /**
     * Tasks with a step waiting, lowest first. A scheduled function waits, besides, for every one
     * due sooner to have started: the real scheduler starts them in due order.
     */
    enabled(): number[];
    /** "tickets:buy › tickets:available" for a step inside an action the client's action runs. */
    opOf(client: number): string;
    /** Runs one step of `client` and waits until it stops at its next point or finishes. */
    step(client: number): Promise<void>;
    /**
     * Resolves once `client` is blocked again or done. A client with several calls in flight at
     * once (Promise.all in a flow) may finish one branch without any event: one idle turn of the
     * event loop with another branch still waiting counts as blocked.
     */
    private quiesce;
}
