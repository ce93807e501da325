/**
 * The controlled scheduler. Every client runs as a task, and so does every function scheduled
 * during the schedule; a task stops at each scheduling point (before a transaction or scheduler
 * call, and a scheduled function before it starts) and stays there until the strategy picks it.
 * Only one task runs at a time, so the order of transactions is exactly the recorded choices.
 */
import { errorMessage } from "../../errors.js";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Scheduler, SchedulingPoint, ScheduledTimer } from "../../backends/in-process.js";
import { prng } from "../random.js";
import { JOB_BASE, type Step, type StepKind, type StepOutcome } from "./types.js";

interface Pending {
  client: number;
  kind: StepKind;
  path: string;
  resume: () => void;
  /** A scheduled function's due time: one due later never starts before one due sooner. */
  dueAt?: number;
}

interface TaskState {
  client: number;
  op: string;
  done: boolean;
  /** Actions this client is inside through ctx.runAction, outermost first, for the trace. */
  nested: string[];
}

/** A scheduled function's run: it ends when its handler returns (see the execution observer). */
export interface JobRun {
  entered: boolean;
  end: (outcome: StepOutcome) => void;
}

/** Which controller and task the running code belongs to (follows it through convex-test). */
const current = new AsyncLocalStorage<{ controller: Controller; client: number; job?: JobRun }>();

export class StuckError extends Error {}

/** Setup and invariant checks: never a client, so their calls never wait for a step. */
const ADMIN = -1;

/** A fixed start for every schedule's clock (2026-01-01T00:00:00Z); every read moves it 1 ms on. */
export const EPOCH = Date.UTC(2026, 0, 1);

/** Event-loop turns a started scheduled function may take to reach its handler before it counts as canceled. */
const START_TURNS = 20;

export class Controller {
  readonly steps: Step[] = [];
  private readonly tasks = new Map<number, TaskState>();
  private pending: Pending[] = [];
  /** The task allowed to run right now; points from any other code pass straight through. */
  private active: number | undefined;
  private wake: (() => void) | undefined;
  private closed = false;
  private jobs = 0;
  /** Scheduled functions due after the horizon: never started, listed by the settle step. */
  readonly beyond: ScheduledTimer[] = [];
  /** The schedule's horizon: work due by then runs as tasks; work due later is only listed. */
  readonly horizonEnd: number;

  /** This schedule's Math.random and clock (see determinism.ts). */
  readonly random: () => number;
  private clock = EPOCH;

  constructor(
    private readonly stepTimeoutMs: number,
    seed: number,
    /** Scheduled functions due further out than this (ms) are left pending, never run. */
    horizonMs = Infinity,
  ) {
    this.random = prng(seed);
    // Operations take no time on this clock: the horizon counts from the schedule's start.
    this.horizonEnd = EPOCH + horizonMs;
  }

  now(): number {
    return this.clock++;
  }

  /** Runs setup and checks inside this schedule's context (its seeded globals) as the admin. */
  static within<T>(controller: Controller, fn: () => Promise<T>): Promise<T> {
    return current.run({ controller, client: ADMIN }, fn);
  }

  /** The schedule the running code belongs to, wherever it was started from. */
  static current(): Controller | undefined {
    return current.getStore()?.controller;
  }

  /** The scheduler every scheduling point of the in-process backend waits on (ControllerHooks). */
  readonly hook: Scheduler = (point: SchedulingPoint) => {
    const store = current.getStore();
    if (store?.controller !== this) return Promise.resolve();
    // Calling another action is no step of its own: its own calls are the steps.
    if (point.kind === "runAction") {
      const nested = this.tasks.get(store.client)?.nested;
      if (nested && point.phase === "call") nested.push(point.path);
      else if (nested && nested.includes(point.path)) nested.splice(nested.lastIndexOf(point.path), 1);
      return Promise.resolve();
    }
    if (point.phase === "return") {
      this.finishStep(store.client, point.kind, point.path, toOutcome(point.outcome));
      return Promise.resolve();
    }
    return this.point(store.client, point.kind, point.path);
  };

  /**
   * The sink for scheduled functions' timers (ControllerHooks): each becomes a task whose
   * first step is its start. One due beyond the horizon is never started: it stays pending, and
   * the settle step lists it.
   */
  readonly takeTimer = (timer: ScheduledTimer): unknown => {
    if (this.closed) return { unref() {} };
    if (timer.dueAt > this.horizonEnd) {
      this.beyond.push(timer);
      return { unref() {} };
    }
    const client = JOB_BASE + this.jobs++;
    this.pending.push({
      client,
      kind: "scheduled",
      path: timer.path,
      dueAt: timer.dueAt,
      resume: () => this.startJob(client, timer),
    });
    return { unref() {} };
  };

  /**
   * The execution observer (ControllerHooks): the first function a scheduled task runs is its
   * handler, and its end is the task's end.
   */
  readonly observe = (): ((outcome: SchedulingPoint["outcome"]) => void) | undefined => {
    const job = current.getStore()?.job;
    if (!job || job.entered) return undefined;
    job.entered = true;
    return (outcome) => job.end(toOutcome(outcome));
  };

  /**
   * Ends control: scheduling points of code still running pass straight through, and timers set
   * from now on are dropped (the schedule's database is done with).
   */
  close(): void {
    // Steps still waiting (a schedule cut short) stay blocked: released now, they would write to
    // this schedule's database while nobody is looking, or worse, while the next schedule runs.
    this.closed = true;
    this.active = undefined;
  }

  /** Waits until the strategy lets this client run its next step. */
  point(client: number, kind: StepKind, path: string): Promise<void> {
    if (this.closed || this.active !== client) return Promise.resolve();
    return new Promise((resume) => {
      this.pending.push({ client, kind, path, resume });
      this.wake?.();
    });
  }

  /** Records the result of the step `client` is running (the oldest open one with this path). */
  finishStep(client: number, kind: StepKind, path: string, outcome: StepOutcome): void {
    const open = this.steps.find(
      (s) => s.client === client && s.kind === kind && s.path === path && s.outcome === undefined,
    );
    if (open) open.outcome = outcome;
  }

  /**
   * Starts a client's operation and lets it run to its first scheduling point (or to its end).
   * Clients start one after another so that even their start-up code never overlaps.
   */
  async start(client: number, op: string, work: () => Promise<unknown>): Promise<{ settled: Promise<unknown> }> {
    const settled = this.spawn(client, op, work);
    await this.quiesce(client);
    // Wrapped: an async function returning the promise itself would wait for the whole task.
    return { settled };
  }

  private spawn(client: number, op: string, work: () => Promise<unknown>, job?: JobRun): Promise<unknown> {
    const task: TaskState = { client, op, done: false, nested: [] };
    this.tasks.set(client, task);
    this.active = client;
    const settled = current.run({ controller: this, client, job }, work).finally(() => {
      task.done = true;
      this.wake?.();
    });
    // The caller reads the outcome from `settled`; this copy only marks the task finished.
    settled.catch(() => undefined);
    return settled;
  }

  /** A scheduled function's start step: convex-test's timer callback, in the task's context. */
  private startJob(client: number, timer: ScheduledTimer): void {
    // It starts when it is due: the clock it and everything after it reads has reached that time.
    this.clock = Math.max(this.clock, timer.dueAt);
    let end!: (outcome: StepOutcome) => void;
    const ended = new Promise<StepOutcome>((resolve) => (end = resolve));
    const job: JobRun = { entered: false, end };
    void this.spawn(
      client,
      timer.path,
      async () => {
        timer.run();
        // A job canceled, or rolled back with the mutation that scheduled it, never reaches its
        // handler: convex-test looks at its row and stops. Nothing else runs meanwhile, so a start
        // that has not reached the handler after a few idle turns never will.
        const outcome = await Promise.race([
          ended,
          idleTurns(START_TURNS).then(() => (job.entered ? ended : undefined)),
        ]);
        if (outcome) this.finishStep(client, "scheduled", timer.path, outcome);
        if (outcome && !outcome.ok) throw new Error(outcome.error);
        return outcome?.ok ? outcome.value : undefined;
      },
      job,
    );
  }

  /**
   * Scheduled work this schedule has not finished: a function due within the horizon not started
   * yet, or one started and still running. A prefix stopped with such work cannot be judged.
   */
  unfinishedJobs(): number {
    const waiting = this.pending.filter((p) => p.client >= JOB_BASE && p.kind === "scheduled").length;
    const running = [...this.tasks.values()].filter((t) => t.client >= JOB_BASE && !t.done).length;
    return waiting + running;
  }

  /**
   * Tasks with a step waiting, lowest first. A scheduled function waits, besides, for every one
   * due sooner to have started: the real scheduler starts them in due order.
   */
  enabled(): number[] {
    const jobs = this.pending.filter((p) => p.dueAt !== undefined);
    const soonest = jobs.length > 0 ? Math.min(...jobs.map((p) => p.dueAt!)) : Infinity;
    return [
      ...new Set(this.pending.filter((p) => p.dueAt === undefined || p.dueAt <= soonest).map((p) => p.client)),
    ].sort((a, b) => a - b);
  }

  /** "tickets:buy › tickets:available" for a step inside an action the client's action runs. */
  opOf(client: number): string {
    const task = this.tasks.get(client);
    return task ? [task.op, ...task.nested].join(" › ") : "?";
  }

  /** Runs one step of `client` and waits until it stops at its next point or finishes. */
  async step(client: number): Promise<void> {
    const i = this.pending.findIndex((p) => p.client === client);
    if (i < 0) throw new Error(`task ${client} has no step waiting`);
    const [p] = this.pending.splice(i, 1);
    this.steps.push({ client, op: p.kind === "scheduled" ? p.path : this.opOf(client), kind: p.kind, path: p.path });
    this.active = client;
    p.resume();
    await this.quiesce(client);
  }

  /**
   * Resolves once `client` is blocked again or done. A client with several calls in flight at
   * once (Promise.all in a flow) may finish one branch without any event: one idle turn of the
   * event loop with another branch still waiting counts as blocked.
   */
  private quiesce(client: number): Promise<void> {
    const task = this.tasks.get(client)!;
    const before = this.pending.filter((p) => p.client === client).length;
    return new Promise((resolve, reject) => {
      let idle: NodeJS.Immediate | undefined;
      const finish = (error?: Error) => {
        clearTimeout(timer);
        if (idle) clearImmediate(idle);
        this.wake = undefined;
        if (error) reject(error);
        else resolve();
      };
      const timer = setTimeout(
        () =>
          finish(
            new StuckError(
              `${client >= JOB_BASE ? `scheduled function ${task.op}` : `client ${client}`} reached no scheduling point within ${this.stepTimeoutMs} ms (is it waiting on something outside Convex?)`,
            ),
          ),
        this.stepTimeoutMs,
      );
      const check = () => {
        const waiting = this.pending.filter((p) => p.client === client).length;
        if (task.done || waiting > before) return finish();
        if (waiting > 0) {
          if (idle) clearImmediate(idle);
          idle = setImmediate(() => {
            if (this.pending.filter((p) => p.client === client).length > 0) finish();
          });
        }
      };
      this.wake = check;
      check();
    });
  }
}

function idleTurns(n: number): Promise<void> {
  return new Promise((resolve) => {
    const turn = (left: number) => (left === 0 ? resolve() : setImmediate(() => turn(left - 1)));
    turn(n);
  });
}

function toOutcome(o: SchedulingPoint["outcome"]): StepOutcome {
  if (!o) return { ok: true, value: null };
  return o.ok ? { ok: true, value: o.value } : { ok: false, error: errorMessage(o.error) };
}
