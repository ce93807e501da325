export declare function deterministic<T>(fn: () => Promise<T>): Promise<T>;
