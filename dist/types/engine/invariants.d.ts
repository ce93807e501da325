import type { ConvexHttpClient } from "convex/browser";
import type { Invariant, SetupValue } from "../config/types.js";
import type { InvariantResult, Operation } from "../model.js";
export interface CheckInput {
    invariant: Invariant;
    history: Operation[];
    admin: ConvexHttpClient;
    setup: SetupValue;
}
/**
 * Decides a round. A verdict that depends on an operation whose outcome is unknown is "unknown":
 * an op that timed out may still land after we looked, so "nothing exceeded" proves nothing.
 */
export declare function check({ invariant, history, admin, setup }: CheckInput): Promise<InvariantResult>;
