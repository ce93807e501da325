/**
 * Every wait on a deployment has a bound: a reply that never comes must end the wait, not the run.
 * The timer is always cleared, so a bounded call that answers leaves nothing keeping the process up.
 */
export declare function withDeadline<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T>;
