/**
 * The one outcome policy, for every driver (the timed fire and the controlled scheduler) and
 * every backend: what one call and one operation tell about what happened.
 */
import type { Call, Outcome } from "../model.js";
/**
 * A call's outcome from the deployment's reply. The open-source backend answers a function that
 * threw with HTTP 200 and `{ status: "error" }`; other deployments may use 560 (the convex client
 * accepts both): the body decides. A refusal before anything ran (4xx, a redirect not followed) is
 * a failure; a failure of the deployment itself (other 5xx, an unreadable reply) may have happened.
 */
export declare function callOutcome(httpStatus: number, body: string): Outcome;
/**
 * An HTTP action answers what the app's code decides. 2xx and 3xx: it did its work. 4xx: it was
 * refused (no route, a bad signature, a bad request), so a request that tested nothing is never
 * counted as one that did. 5xx: the app's own failure or the deployment's, mid-work or not: unknown.
 */
export declare function httpActionOutcome(httpStatus: number): Outcome;
/**
 * An operation's outcome. Returning is ok. Throwing is a failure only when nothing it did may have
 * taken effect: a timeout, a call whose fate is unknown, or any write that went through before the
 * throw (a claim-then-crash flow) leaves it unknown. A call the deployment ran whose kind it did
 * not tell (`/api/function`, an action, an HTTP action) counts as a write.
 */
export declare function operationOutcome(ended: {
    threw: boolean;
    timedOut: boolean;
    calls: readonly Call[];
}): Outcome;
/** Operations whose effect is undecided, counting flows that swallowed a call of unknown fate. */
export declare function undecidedCount(history: readonly {
    outcome: Outcome;
    calls: readonly Call[];
}[]): number;
/** The error of an operation that returned although every call it made was refused. */
export declare const ALL_CALLS_REFUSED = "every call it made was refused";
