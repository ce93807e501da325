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
 * A function's error is a failure only when the function is `transactional` (a query or a
 * mutation: its error rolled back everything it wrote). An action is not: the mutations it ran
 * before it threw stay committed, and its reply cannot tell whether there were any, so its error
 * leaves the call unknown (see `errorRollsBack`).
 */
export declare function callOutcome(httpStatus: number, body: string, transactional?: boolean): Outcome;
/** A function's kind, as the deployment's function list (`udfType`) or the endpoint called tells. */
export type FunctionKind = "query" | "mutation" | "action";
/**
 * Whether a function error in reply to a call proves that nothing the call did took effect. The
 * kind comes from the deployment's function list (`kinds`) or else from the endpoint called
 * (`/api/query`, `/api/mutation`, `/api/action`; `/api/function` and `/api/run` do not say).
 * - a query or a mutation: yes (one transaction, rolled back);
 * - an endpoint of another kind than the function's: yes (the deployment refused to run it);
 * - a function the deployment's list does not name: yes (not found, nothing ran);
 * - an action, or a kind nobody told (no list could be read): no, the call is unknown.
 */
export declare function errorRollsBack(endpoint: string, path: string, kinds: ReadonlyMap<string, FunctionKind> | undefined): boolean;
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
/**
 * Operations whose effect may still land after the check looks: unknown ones that timed out or are
 * still in flight, and flows that swallowed a call of open fate (a reset, a 5xx). An operation or
 * a call that is unknown but `ended` (an action that threw, a flow that crashed after a write)
 * has left whatever it did in the state already: a check that reads the state decides on it.
 */
export declare function undecidedCount(history: readonly {
    outcome: Outcome;
    calls: readonly Call[];
    ended?: true;
}[]): number;
/** Whether a reply is the deployment's word that the function threw (its body's `status`). */
export declare function isErrorReply(httpStatus: number, body: string): boolean;
/** The error of an operation that returned although every call it made was refused. */
export declare const ALL_CALLS_REFUSED = "every call it made was refused";
