/** Statistics for "x of n rounds showed a race". All intervals are 95 % unless a level is given. */
/** Wilson score interval for a binomial proportion. */
export declare function wilson(x: number, n: number, z?: number): [number, number];
/** Exact (Clopper–Pearson) interval, two-sided at level 1 − alpha. */
export declare function clopperPearson(x: number, n: number, alpha?: number): [number, number];
/**
 * One-sided upper bound on the per-round probability when 0 of n rounds showed it:
 * 1 − alpha^(1/n) (the exact form of the rule of three).
 */
export declare function zeroEventUpperBound(n: number, alpha?: number): number;
/** Rounds needed to see, with confidence 1 − beta, a race that shows with probability p per round. */
export declare function roundsNeeded(p: number, beta?: number): number;
/** I_x(a, b), by the continued fraction of Numerical Recipes (betacf). */
export declare function regularizedBeta(x: number, a: number, b: number): number;
/** Percentile (0–100) of a list, by linear interpolation; undefined for an empty list. */
export declare function percentile(values: number[], p: number): number | undefined;
