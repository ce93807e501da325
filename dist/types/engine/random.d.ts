/** A small seeded PRNG (mulberry32): the same seed gives the same fire orders and schedules. */
export declare function prng(seed: number): () => number;
/** Fisher–Yates with the given random source. */
export declare function shuffle<T>(items: T[], random: () => number): T[];
export declare function randomSeed(): number;
