/**
 * Shrinking a violating schedule: first fewer clients, then fewer steps and fewer switches between
 * clients (delta debugging over the choice sequence), then the shortest prefix that already
 * violates. Every candidate is a real run; only candidates that still violate are kept.
 */
import { exhaustiveStrategy, randomStrategy, replay, type Chooser } from "./strategies.js";
import { JOB_BASE, type ScheduleRun } from "../engine/controlled/types.js";

export type Runner = (clients: number[], chooser: Chooser, stopAfter?: number) => Promise<ScheduleRun>;

export interface ShrinkResult {
  run: ScheduleRun;
  runs: number;
}

/** Readability order: fewer clients, then fewer steps, then fewer context switches. */
function cost(r: ScheduleRun): [number, number, number] {
  let switches = 0;
  for (let i = 1; i < r.steps.length; i++) if (r.steps[i].client !== r.steps[i - 1].client) switches++;
  return [r.clients.length, r.stoppedAfter ?? r.steps.length, switches];
}

function better(a: ScheduleRun, b: ScheduleRun): boolean {
  const [x, y] = [cost(a), cost(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return false;
}

export async function shrink(first: ScheduleRun, run: Runner, maxRuns = 2000, seed = 0): Promise<ShrinkResult> {
  let best = first;
  let runs = 0;
  const attempt = async (clients: number[], chooser: Chooser, stopAfter?: number) => {
    runs++;
    const r = await run(clients, chooser, stopAfter);
    return r.verdict === "violation" ? r : undefined;
  };

  // 1. Fewer clients: drop one and replay the others' choices; failing that, search the smaller set.
  let progress = true;
  while (progress && best.clients.length > 1 && runs < maxRuns) {
    progress = false;
    for (const drop of [...best.clients].reverse()) {
      const clients = best.clients.filter((c) => c !== drop);
      const r = await attempt(clients, replay(best.choices.filter((c) => c !== drop)));
      if (r) {
        best = r;
        progress = true;
        break;
      }
    }
    if (progress) continue;
    for (const drop of [...best.clients].reverse()) {
      const clients = best.clients.filter((c) => c !== drop);
      const found = await search(clients, attempt, Math.min(200, maxRuns - runs), seed);
      if (found) {
        best = found;
        progress = true;
        break;
      }
      if (runs >= maxRuns) break;
    }
  }

  // 2. Fewer steps and switches: delta debugging over the choice sequence.
  let chunk = Math.max(1, Math.floor(best.choices.length / 2));
  while (chunk >= 1 && runs < maxRuns) {
    let improved = false;
    for (let at = 0; at < best.choices.length && runs < maxRuns; at += chunk) {
      const choices = [...best.choices.slice(0, at), ...best.choices.slice(at + chunk)];
      const r = await attempt(best.clients, replay(choices));
      if (r && better(r, best)) {
        best = r;
        improved = true;
        break;
      }
    }
    if (!improved) chunk = Math.floor(chunk / 2);
  }

  // 3. Scheduled functions as late as they may run: one that did not matter then falls beyond the
  // prefix that already violates, and the trace is the clients' race alone.
  const deferred = [...best.choices.filter((c) => c < JOB_BASE), ...best.choices.filter((c) => c >= JOB_BASE)];
  if (deferred.join() !== best.choices.join() && runs < maxRuns) {
    const r = await attempt(best.clients, replay(deferred));
    if (r && !better(best, r)) best = r;
  }

  // 4. The shortest prefix after which the invariant is already broken.
  for (let k = 1; k < best.steps.length && runs < maxRuns; k++) {
    const r = await attempt(best.clients, replay(best.choices), k);
    if (r && r.stoppedAfter !== undefined) {
      best = r;
      break;
    }
  }
  return { run: best, runs };
}

/** A bounded search over a smaller client set: exhaustive first (small spaces), then random. */
async function search(
  clients: number[],
  attempt: (clients: number[], chooser: Chooser) => Promise<ScheduleRun | undefined>,
  budget: number,
  seed: number,
): Promise<ScheduleRun | undefined> {
  const dfs = exhaustiveStrategy();
  let used = 0;
  for (; used < budget / 2; used++) {
    const chooser = dfs.next();
    if (!chooser) return undefined;
    const recorder = recording(chooser);
    const r = await attempt(clients, recorder.chooser);
    if (r) return r;
    dfs.observe(recorder.asRun());
  }
  const rnd = randomStrategy(seed);
  for (; used < budget; used++) {
    const r = await attempt(clients, rnd.next()!);
    if (r) return r;
  }
  return undefined;
}

/** Exhaustive search learns from the choices a run made, even when the run itself is discarded. */
function recording(inner: Chooser) {
  const choices: number[] = [];
  const enabled: number[][] = [];
  return {
    chooser: {
      choose(e: number[], step: number) {
        const c = inner.choose(e, step);
        choices.push(c);
        enabled.push(e);
        return c;
      },
    },
    asRun: () => ({ choices, enabled, steps: [] }) as unknown as ScheduleRun,
  };
}
