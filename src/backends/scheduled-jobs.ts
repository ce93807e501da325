/**
 * What the settle step reads of a deployment: its scheduled functions that have not finished, and
 * its clock. On the real backend this is the system function the dashboard's "Schedules" page
 * reads with the admin key (`_system/frontend/paginatedScheduledJobs` in get-convex/convex-backend,
 * npm-packages/system-udfs): rows of `_scheduled_jobs`, which holds only pending and running jobs,
 * `nextTs` in nanoseconds. The embedded backend serves the same function, so one reader serves all.
 */
import type { ConvexHttpClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";

export interface ScheduledJob {
  /** The scheduled function, e.g. "emails:send". */
  path: string;
  state: "pending" | "inProgress";
  /** When it is (or was) due, ms since the epoch on the deployment's clock. */
  dueAt: number;
}

export interface ScheduledJobs {
  /** Scheduled functions not finished yet: pending or running. */
  list(): Promise<ScheduledJob[]>;
  /** The deployment's clock, ms since the epoch. */
  now(): Promise<number>;
  /**
   * Moves the deployment's clock to `ms` (never back), running what falls due: only a deployment
   * that owns its clock can (the embedded backend); work minutes out then runs without waiting.
   */
  advanceTo?(ms: number): Promise<void>;
  /** How often to look again while work runs: a local deployment answers in microseconds. */
  pollMs?: number;
}

export const SCHEDULED_JOBS_FUNCTION = "_system/frontend/paginatedScheduledJobs";
/** The deployment's components (`_system/frontend/components.ts`): each has its own scheduled jobs. */
export const COMPONENTS_FUNCTION = "_system/frontend/components:list";
/** Rows per page, and pages at most: a deployment with more pending work than this is reported as such. */
const PAGE = 500;
const MAX_PAGES = 20;

interface Row {
  udfPath?: unknown;
  state?: { type?: unknown };
  nextTs?: unknown;
}

/** The system function read with the admin client; the clock is this machine's unless given. */
export function systemScheduledJobs(
  admin: ConvexHttpClient,
  clock: Pick<ScheduledJobs, "now" | "advanceTo"> = { now: async () => Date.now() },
): ScheduledJobs {
  const ref = makeFunctionReference<"query">(SCHEDULED_JOBS_FUNCTION);
  const componentsRef = makeFunctionReference<"query">(COMPONENTS_FUNCTION);
  /** One component's jobs (the root's when `componentId` is null), paths prefixed with its own. */
  const jobsOf = async (componentId: string | null, prefix: string): Promise<ScheduledJob[]> => {
    const jobs: ScheduledJob[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = (await admin.query(ref, { componentId, paginationOpts: { numItems: PAGE, cursor } })) as {
        page: Row[];
        isDone: boolean;
        continueCursor: string;
      };
      for (const row of result.page) {
        const job = toJob(row);
        if (job) jobs.push(prefix ? { ...job, path: `${prefix}/${job.path}` } : job);
      }
      if (result.isDone) return jobs;
      cursor = result.continueCursor;
    }
    throw new Error(`more than ${PAGE * MAX_PAGES} scheduled functions pending`);
  };
  return {
    ...clock,
    async list() {
      // Components (a workpool, a rate limiter...) schedule work of their own, in tables of
      // their own. A deployment without the listing (an older backend) has its root's alone; any
      // other failure to list them propagates: skipping their work could call a busy deployment
      // quiet, and settle then says so (the trial is unknown, never OK).
      const components = (
        (await admin.query(componentsRef, {}).catch((e: unknown) => {
          if (isFunctionNotFound(e)) return [];
          throw e;
        })) as { id: string; path: string }[]
      ).filter((c) => c.path !== "");
      const all = await Promise.all([jobsOf(null, ""), ...components.map((c) => jobsOf(c.id, c.path))]);
      return all.flat();
    },
  };
}

/**
 * The deployment's answer for a system function it does not have. The real backend words it as its
 * module lookup does (`Couldn't find system module '"frontend/components.js"'.`, or `Couldn't find
 * "list" in module "_system/frontend/components.js".`, what the dashboard itself takes for an
 * out-of-date local deployment); the embedded backend as for any unknown function (`Could not find
 * public function for '...'.`). Nothing else means "no such function".
 */
export function isFunctionNotFound(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return (
    /Couldn't find system module /.test(message) ||
    /Couldn't find "[^"]+" in module /.test(message) ||
    /Could not find (public )?function for '/.test(message)
  );
}

function toJob(row: Row): ScheduledJob | undefined {
  const state = row.state?.type;
  if (state !== "pending" && state !== "inProgress") return undefined;
  const next = row.nextTs;
  const ns = typeof next === "bigint" ? next : typeof next === "number" ? BigInt(Math.round(next)) : undefined;
  if (ns === undefined) return undefined;
  return { path: String(row.udfPath ?? "?"), state, dueAt: Number(ns / 1_000_000n) };
}
