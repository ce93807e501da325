/**
 * Search strategies. Each schedule asks its chooser, at every step, which of the enabled clients
 * runs next; a chooser sees only the enabled set and the step number, so any strategy's choices
 * can be replayed by `replay()`.
 */
import { prng, shuffle } from "../engine/random.js";
import type { ScheduleRun, StrategyName } from "./types.js";

export interface Chooser {
  choose(enabled: number[], step: number): number;
}

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
 * Depth-first search over every choice sequence. Schedules are deterministic, so a prefix of
 * choices always reaches the same enabled sets: the search keeps one stack of (enabled, choice)
 * and backtracks to the deepest step with an untried client.
 */
export function exhaustiveStrategy(): Strategy {
  let prefix: number[] = [];
  let started = false;
  const strategy: Strategy = {
    name: "exhaustive",
    exhausted: false,
    next() {
      if (strategy.exhausted) return undefined;
      started = true;
      const forced = prefix;
      return { choose: (enabled, step) => (step < forced.length ? forced[step] : enabled[0]) };
    },
    observe(run) {
      if (!started) return;
      for (let s = run.choices.length - 1; s >= 0; s--) {
        const options = run.enabled[s];
        const at = options.indexOf(run.choices[s]);
        if (at >= 0 && at + 1 < options.length) {
          prefix = [...run.choices.slice(0, s), options[at + 1]];
          return;
        }
      }
      strategy.exhausted = true;
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
