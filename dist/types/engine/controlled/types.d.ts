/** The controlled driver's vocabulary: steps, and one executed schedule. */
import type { TrialResult } from "../trial.js";
/**
 * A step is one atomic unit of backend work: a transaction, a scheduler call, or the start of a
 * scheduled function (a scheduled mutation runs whole in its start step).
 */
export type StepKind = "query" | "mutation" | "runQuery" | "runMutation" | "schedule" | "scheduled";
export type StepOutcome = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    error: string;
};
export interface Step {
    /** The simulated user, or a scheduled function's task (JOB_BASE and up). */
    client: number;
    /** The client's operation: the scenario's function, "flow" for a client flow, or the scheduled function. */
    op: string;
    kind: StepKind;
    /** The function this step runs, e.g. "ledgerItems:enrollment". */
    path: string;
    /** Missing while the step's call is still in flight (a schedule cut short). */
    outcome?: StepOutcome;
}
/** Task ids of scheduled functions start here, far above any client index. */
export declare const JOB_BASE = 1000;
/** One executed schedule: the trial, and which task ran at each step. */
export interface ScheduleRun extends TrialResult {
    clients: number[];
    /** The task chosen at each step: replaying these choices reproduces the run. */
    choices: number[];
    /** The tasks that could have run at each step (for exhaustive search). */
    enabled: number[][];
    steps: Step[];
    /** Set when the schedule stopped before every task finished (a shortened counterexample). */
    stoppedAfter?: number;
    /** Set when the setup failed: its error (the schedule is then an error). */
    setupError?: string;
}
