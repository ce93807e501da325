import { ConvexHttpClient } from "convex/browser";
import type { UserIdentityAttributes } from "../../config/types.js";
import type { Call } from "../../model.js";
import { type FunctionKind } from "../outcome.js";
import { UserTransport } from "./gate.js";
/** Who the user is in one operation, and which functions it must not reach. */
export interface UserRole {
    identity?: UserIdentityAttributes;
    /** The deployment's internal functions: a user acting through the admin key is kept off them. */
    internal?: ReadonlySet<string>;
    /** The deployment's HTTP actions origin: a signed-in user's requests there carry its identity. */
    siteOrigin?: string;
    /** Each function's kind, when the deployment listed them: an action's error is unknown. */
    kinds?: ReadonlyMap<string, FunctionKind>;
}
/**
 * A simulated user's client: the real ConvexHttpClient, and a fetch for HTTP actions, both
 * recording every call the user makes (path, endpoint, timing, outcome) into the trial's history.
 */
export declare class UserClient {
    readonly url: string;
    private readonly adminKey;
    /** This operation's client; a fresh one per operation (see `begin`). */
    convex: ConvexHttpClient;
    /** This operation's fetch, for the deployment's HTTP actions. */
    fetch: typeof fetch;
    readonly transport: UserTransport;
    calls: Call[];
    private generation;
    constructor(url: string, adminKey?: string);
    close(): void;
    /**
     * Starts a new operation: times count from `origin` (the trial's fire) and calls go to a new
     * list. An earlier operation that timed out but is still running keeps its own client: its late
     * calls land in its own list and never take the next trial's place at the fire gate.
     */
    begin(origin: number, role?: UserRole): void;
}
