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
/** Uniform choice among the enabled clients at every step. */
export declare function randomStrategy(seed: number): Strategy;
/**
 * PCT (Burckhardt et al., ASPLOS 2010): random distinct client priorities, the highest enabled
 * one runs; at d−1 random steps the running client drops below all others. A bug of depth d
 * among n clients and k steps is hit with probability at least 1/(n·k^(d−1)) per schedule.
 */
export declare function pctStrategy(seed: number, depth: number): Strategy;
/**
 * The default: random and PCT schedules in turn. Random finds the common check-then-act race
 * fastest (any two reads before the writes); PCT keeps its guarantee for bugs that need a
 * preemption at one precise step of a long schedule. Alternating costs at most twice the better one.
 */
export declare function mixedStrategy(seed: number, depth: number): Strategy;
/**
 * Every choice sequence, fewest deviations first. The default schedule lets the running client
 * go on while it can, else the lowest enabled one (clients one after another); a deviation is a
 * step that picks another client. Each sequence is one node of a tree (its list of deviations), so
 * visiting the tree by deviation count runs every interleaving exactly once, and races that need
 * one preemption — the usual check-then-act window — come first even with many clients (a plain
 * depth-first search varies the last steps first and meets them late). Schedules are
 * deterministic, so a prefix of choices always reaches the same enabled sets.
 */
export declare function exhaustiveStrategy(maxQueued?: number): Strategy;
/** Follows recorded choices; where one no longer applies, the lowest enabled client runs. */
export declare function replay(choices: number[]): Chooser;
