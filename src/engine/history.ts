/**
 * The record of one round, Jepsen style: every client operation ends ok (it happened), fail (the
 * backend said it did not) or unknown (timeout, lost connection: it may or may not have happened).
 */
export type Outcome = "ok" | "fail" | "unknown";

/** One HTTP call a client made inside its operation (a flow may make several). */
export interface Call {
  /** Convex function path, e.g. "ledgerItems:addToLedger". */
  path: string;
  /** Endpoint used: query, mutation, action or function. */
  endpoint: string;
  /** ms since the round's fire. */
  start: number;
  end: number;
  outcome: Outcome;
}

export interface Operation {
  client: number;
  /** ms since the round's fire. */
  start: number;
  end: number;
  outcome: Outcome;
  value?: unknown;
  error?: string;
  calls: Call[];
}
