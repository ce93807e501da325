/**
 * Search strategies. Each schedule asks its chooser, at every step, which of the enabled clients
 * runs next; a chooser sees only the enabled set and the step number, so any strategy's choices
 * can be replayed by `replay()`.
 */
import { prng, shuffle } from "../engine/random.js";
import type { Chooser } from "../engine/controlled/driver.js";
import type { ScheduleRun } from "../engine/controlled/types.js";
import type { StrategyName } from "../engine/result.js";

export type { Chooser };

export interface Strategy {
  name: StrategyName;
  /** The chooser for the next schedule, or undefined when the search space is used up. */
  next(): Chooser | undefined;
  /** Tells the strategy what the schedule it handed out did. */
  observe(run: ScheduleRun): void;
  /** True once an exhaustive search has tried every interleaving. */
  exhausted: boolean;
}

/** Derives a per-schedule seed so that schedule i is the same whatever ran before it. */
function mix(seed: number, i: number): number {
  let h = (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Uniform choice among the enabled clients at every step. */
export function randomStrategy(seed: number): Strategy {
  let i = 0;
  return {
    name: "random",
    exhausted: false,
    next() {
      const random = prng(mix(seed, i++));
      return { choose: (enabled) => enabled[Math.floor(random() * enabled.length)] };
    },
    observe() {},
  };
}

/**
 * PCT (Burckhardt et al., ASPLOS 2010): random distinct client priorities, the highest enabled
 * one runs; at d−1 random steps the running client drops below all others. A bug of depth d
 * among n clients and k steps is hit with probability at least 1/(n·k^(d−1)) per schedule.
 */
export function pctStrategy(seed: number, depth: number): Strategy {
  let i = 0;
  // k is learned: the longest schedule seen so far.
  let k = 1;
  return {
    name: "pct",
    exhausted: false,
    next() {
      const random = prng(mix(seed, i++));
      const priority = new Map<number, number>();
      const changes = new Map<number, number>();
      for (let c = 1; c < depth; c++) {
        let at = Math.floor(random() * k);
        while (changes.has(at) && changes.size < k) at = (at + 1) % k;
        if (!changes.has(at)) changes.set(at, depth - c);
      }
      return {
        choose(enabled, step) {
          for (const c of shuffle(
            enabled.filter((e) => !priority.has(e)),
            random,
          )) {
            // New clients get priorities above every change point's (which are below `depth`).
            priority.set(c, depth + Math.floor(random() * 1_000_000));
          }
          const top = () => enabled.reduce((a, b) => (priority.get(b)! > priority.get(a)! ? b : a));
          const lowered = changes.get(step);
          if (lowered !== undefined) priority.set(top(), lowered);
          return top();
        },
      };
    },
    observe(run) {
      k = Math.max(k, run.steps.length);
    },
  };
}

/**
 * The default: random and PCT schedules in turn. Random finds the common check-then-act race
 * fastest (any two reads before the writes); PCT keeps its guarantee for bugs that need a
 * preemption at one precise step of a long schedule. Alternating costs at most twice the better one.
 */
export function mixedStrategy(seed: number, depth: number): Strategy {
  const parts = [randomStrategy(seed), pctStrategy((seed ^ 0x5bd1e995) >>> 0, depth)];
  let i = 0;
  return {
    name: "mixed",
    exhausted: false,
    next: () => parts[i++ % 2].next(),
    observe(run) {
      for (const p of parts) p.observe(run);
    },
  };
}

/**
 * Every choice sequence, fewest deviations first. The default schedule lets the running client
 * go on while it can, else the lowest enabled one (clients one after another); a deviation is a
 * step that picks another client. Each sequence is one node of a tree (its list of deviations), so
 * visiting the tree by deviation count runs every interleaving exactly once, and races that need
 * one preemption — the usual check-then-act window — come first even with many clients (a plain
 * depth-first search varies the last steps first and meets them late). Schedules are
 * deterministic, so a prefix of choices always reaches the same enabled sets.
 */
export function exhaustiveStrategy(maxQueued = 200_000): Strategy {
  // buckets[d]: prefixes with d deviations, each ending with its last deviation.
  const buckets: number[][][] = [[[]]];
  let queued = 1;
  let dropped = false;
  let current: { prefix: number[]; deviations: number } | undefined;
  const strategy: Strategy = {
    name: "exhaustive",
    exhausted: false,
    next() {
      const d = buckets.findIndex((b) => b.length > 0);
      if (d < 0) {
        strategy.exhausted = !dropped;
        return undefined;
      }
      const prefix = buckets[d].shift()!;
      queued--;
      current = { prefix, deviations: d };
      let last: number | undefined;
      return {
        choose(enabled, step) {
          const pick =
            step < prefix.length && enabled.includes(prefix[step])
              ? prefix[step]
              : last !== undefined && enabled.includes(last)
                ? last
                : enabled[0];
          last = pick;
          return pick;
        },
      };
    },
    observe(run) {
      if (!current) return;
      const { prefix, deviations } = current;
      current = undefined;
      const bucket = (buckets[deviations + 1] ??= []);
      for (let j = prefix.length; j < run.choices.length; j++) {
        for (const alternative of run.enabled[j]) {
          if (alternative === run.choices[j]) continue;
          if (queued >= maxQueued) {
            dropped = true;
            continue;
          }
          bucket.push([...run.choices.slice(0, j), alternative]);
          queued++;
        }
      }
      if (queued === 0) strategy.exhausted = !dropped;
    },
  };
  return strategy;
}

/** Follows recorded choices; where one no longer applies, the lowest enabled client runs. */
export function replay(choices: number[]): Chooser {
  return {
    choose: (enabled, step) => (step < choices.length && enabled.includes(choices[step]) ? choices[step] : enabled[0]),
  };
}
