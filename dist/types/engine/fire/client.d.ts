import { ConvexHttpClient } from "convex/browser";
import type { Call } from "../../model.js";
import { UserTransport } from "./gate.js";
/**
 * A simulated user's client: the real ConvexHttpClient, with a fetch that records every call the
 * user makes (path, endpoint, timing, outcome) into the round's history.
 */
export declare class UserClient {
    readonly url: string;
    /** This operation's client; a fresh one per operation (see `begin`). */
    convex: ConvexHttpClient;
    readonly transport: UserTransport;
    calls: Call[];
    private generation;
    constructor(url: string);
    close(): void;
    /**
     * Starts a new operation: times count from `origin` (the round's fire) and calls go to a new
     * list. An earlier operation that timed out but is still running keeps its own client: its late
     * calls land in its own list and never take the next round's place at the fire gate.
     */
    begin(origin: number): void;
}
