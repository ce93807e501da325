/**
 * Distinct loopback ports nobody listens on right now. The OS picks them, so two runs on one
 * machine do not collide on 3210 the way fixed defaults would; the readiness check catches the
 * rare case where another process takes one before the backend binds it.
 */
export declare function freePorts(count: number): Promise<number[]>;
