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
 * An HTTP action answers what the app's code decides, errors included: any answer below 500 means
 * it ran. A 5xx may be the app's own or the deployment failing under it, so it proves nothing.
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
