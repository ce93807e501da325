/**
 * Last-byte synchronisation (Turbo Intruder's gate, over HTTP/1.1): every simulated user's first
 * request of a round is sent on its own warm keep-alive connection except for its final byte; when
 * every user has done so, the final bytes go out together, in one tight loop. The server sees all
 * requests complete within a fraction of a millisecond, whatever it cost to build and send them.
 */
export declare class FireGate {
    private waiting;
    private remaining;
    private opened;
    private timer;
    constructor(expected: number, maxWaitMs?: number);
    /** A user's request is ready but for its last byte: `held.send` sends it. */
    arrive(held: Held): void;
    /** A user finished (or failed) without sending through the gate. */
    leave(): void;
    open(): void;
}
/** A request held back by its last byte. */
export interface Held {
    /** Writes the last byte straight to the socket: nothing else, so the gate's loop stays tight. */
    send(): void;
    /** Tells the request it is complete (writes nothing more). */
    settle(): void;
}
/**
 * A fetch for one simulated user: its own keep-alive connection (one socket, warmed before the
 * round), and, while a gate is armed, its first request held back by its last byte.
 */
export declare class UserTransport {
    private agent;
    /** For a deployment served over TLS (a cloud or preview deployment): its own warm connection. */
    private tlsAgent;
    private gate;
    /** performance.now() when this user's gated request was released. */
    releasedAt?: number;
    /** The next request waits at `gate`; later requests of the same operation go straight out. */
    arm(gate: FireGate): void;
    /** Tells the gate this user will not send after all (its operation ended first). */
    disarm(): void;
    /** performance.now() when this user's last response ended: its socket was alive then. */
    private lastAnswer;
    /** Opens (or checks) this user's connection so the round's fire does not pay for a handshake. */
    warm(url: string, timeoutMs?: number): Promise<void>;
    private hasIdleSocket;
    close(): void;
    /**
     * Drops this user's connection and starts a fresh one: after an operation timed out, its request
     * still occupies the user's only socket and would block every later request.
     */
    reset(): void;
    private static newAgent;
    /** This user's fetch: the next request waits at the armed gate, if any. */
    readonly fetch: typeof fetch;
    /** For a request of an operation that already ended (it timed out): never takes the gate. */
    readonly fetchUngated: typeof fetch;
    private send;
}
/** The soft limit on open files of this process (`ulimit -n`), when it can be found out. */
export declare function openFileLimit(): number | undefined;
/**
 * Every user holds a socket open, and the embedded backend (which inherits our limit) one more per
 * user: more clients than the limit allows would fail mid-round with EMFILE, which looks like a
 * dead backend. Refuse up front, naming the limit and the fix.
 */
export declare function checkOpenFileLimit(clients: number, limit?: number | undefined): void;
