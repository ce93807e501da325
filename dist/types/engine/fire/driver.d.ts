/**
 * The timed driver: every simulated user's operation released at once over HTTP (Turbo Intruder's
 * last-byte gate, see gate.ts), against any deployment. Its trials are stress rounds.
 */
import type { ConvexHttpClient } from "convex/browser";
import type { SetupValue } from "../../config/types.js";
import type { Operation } from "../../model.js";
import type { RunningBackend } from "../../backends/types.js";
import { type FunctionKind } from "../outcome.js";
import type { ResolvedScenario } from "../../config/scenario.js";
import { type SettleResult } from "../settle.js";
import type { TrialDriver } from "../trial.js";
import type { UserClient } from "./client.js";
export interface FireSpread {
    /** max − min arrival of the round's fire, in ms. */
    fireSpreadMs?: number;
    /** Where it was measured: on the server (arrival stamps) or the client (send stamps). */
    spreadSource?: "server" | "client";
}
export declare class FireDriver implements TrialDriver {
    private readonly backend;
    /** One per simulated user, kept for the whole scenario (their connections stay warm). */
    private readonly users;
    private readonly scenario;
    private readonly random;
    readonly admin: ConvexHttpClient;
    private readonly signal?;
    private readonly functions;
    /** The last fire's spread, read after `operate`. */
    spread: FireSpread;
    constructor(backend: RunningBackend, 
    /** One per simulated user, kept for the whole scenario (their connections stay warm). */
    users: UserClient[], scenario: ResolvedScenario, random: () => number, admin: ConvexHttpClient, signal?: AbortSignal | undefined, functions?: {
        /** The deployment's internal functions, when users act through the admin key (see identity.ts). */
        internal?: ReadonlySet<string>;
        /** Each function's kind, when the deployment listed them (see `errorRollsBack`). */
        kinds?: ReadonlyMap<string, FunctionKind>;
    });
    operate(setup: SetupValue): Promise<Operation[]>;
    settle(): Promise<SettleResult>;
}
