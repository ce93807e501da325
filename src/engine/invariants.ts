import type { ConvexHttpClient } from "convex/browser";
import type { Invariant, Limit, SetupValue, Verdict } from "../config/types.js";
import type { Operation } from "./history.js";
import { callFunction } from "./client.js";
import { functionPath } from "./function-ref.js";

export interface CheckInput {
  invariant: Invariant;
  history: Operation[];
  admin: ConvexHttpClient;
  setup: SetupValue;
}

function limitOf(limit: Limit<SetupValue>, setup: SetupValue): number {
  const value = typeof limit === "function" ? limit(setup) : limit;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(`invariant limit must be a number, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Decides a round. A verdict that depends on an operation whose outcome is unknown is "unknown":
 * an op that timed out may still land after we looked, so "nothing exceeded" proves nothing.
 */
export async function check({ invariant, history, admin, setup }: CheckInput): Promise<Verdict> {
  // A flow that swallowed a lost connection still left a call whose fate is unknown.
  const unknown = history.filter(
    (op) => op.outcome === "unknown" || op.calls.some((c) => c.outcome === "unknown"),
  ).length;
  switch (invariant.kind) {
    case "capacity": {
      const limit = limitOf(invariant.limit, setup);
      const args =
        typeof invariant.read.args === "function" ? invariant.read.args({ setup }) : (invariant.read.args ?? {});
      const observed = await callFunction(admin, functionPath(invariant.read.fn), args);
      if (typeof observed !== "number") {
        throw new Error(
          `capacity read ${functionPath(invariant.read.fn)} returned ${JSON.stringify(observed)}, expected a number`,
        );
      }
      const noun = invariant.noun ?? "items";
      if (observed > limit) {
        return {
          ok: false,
          observed,
          limit,
          message: `${invariant.title ?? "Overbooking"}: ${observed}/${limit} ${noun}`,
        };
      }
      if (unknown > 0) {
        return {
          ok: "unknown",
          observed,
          limit,
          message: `${observed}/${limit} ${noun}, ${unknown} operation(s) unknown`,
        };
      }
      const at = observed === limit ? " (at capacity)" : "";
      return {
        ok: true,
        observed,
        limit,
        message: `${observed}/${limit} ${noun}${at}`,
      };
    }
    case "maxSuccesses": {
      const limit = limitOf(invariant.limit, setup);
      const isSuccess = invariant.isSuccess ?? (() => true);
      const observed = history.filter((op) => op.outcome === "ok" && isSuccess(op.value)).length;
      const noun = invariant.noun ?? "successes";
      if (observed > limit) {
        return {
          ok: false,
          observed,
          limit,
          message: `${invariant.title ?? "Overclaimed"}: ${observed}/${limit} ${noun}`,
        };
      }
      if (observed + unknown > limit) {
        return {
          ok: "unknown",
          observed,
          limit,
          message: `${observed}/${limit} ${noun}, ${unknown} operation(s) unknown`,
        };
      }
      return {
        ok: true,
        observed,
        limit,
        message: `${observed}/${limit} ${noun}`,
      };
    }
    case "custom": {
      const verdict = await invariant.check({ history, admin, setup });
      if (verdict === null || typeof verdict !== "object" || !("ok" in verdict)) {
        throw new Error(
          `custom invariant returned ${JSON.stringify(verdict)}; expected { ok, message, observed?, limit? }`,
        );
      }
      // "Holds" cannot be decided while an operation may still land after the check looked.
      if (verdict.ok === true && unknown > 0) {
        return {
          ...verdict,
          ok: "unknown",
          message: `${String(verdict.message ?? "")}, ${unknown} operation(s) unknown`,
        };
      }
      return { ...verdict, message: String(verdict.message ?? "") };
    }
  }
}
