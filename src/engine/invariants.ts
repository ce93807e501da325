import type { ConvexHttpClient } from "convex/browser";
import type { Invariant, Limit, SetupValue } from "../config/types.js";
import type { InvariantResult, Operation } from "../model.js";
import { callFunction } from "../backends/admin.js";
import { functionPath } from "../config/function-ref.js";
import { undecidedCount } from "./outcome.js";

export interface CheckInput {
  invariant: Invariant;
  history: Operation[];
  admin: ConvexHttpClient;
  setup: SetupValue;
}

function limitOf(limit: Limit<SetupValue>, setup: SetupValue): number {
  const value = typeof limit === "function" ? limit(setup) : limit;
  return finite(value, "invariant limit");
}

/**
 * A number the verdict depends on must be a real number: NaN compares false with everything, so
 * "NaN > 5" would read as "holds". Anything else is an error, never a pass.
 */
function finite(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(`${what} must be a finite number, got ${describeValue(value)}`);
  }
  return value;
}

function describeValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json;
}

/**
 * Decides a round. A verdict that depends on an operation whose outcome is unknown is "unknown":
 * an op that timed out may still land after we looked, so "nothing exceeded" proves nothing.
 */
export async function check({ invariant, history, admin, setup }: CheckInput): Promise<InvariantResult> {
  // A flow that swallowed a lost connection still left a call whose fate is unknown.
  const unknown = undecidedCount(history);
  switch (invariant.kind) {
    case "capacity": {
      const limit = limitOf(invariant.limit, setup);
      const args =
        typeof invariant.read.args === "function" ? invariant.read.args({ setup }) : (invariant.read.args ?? {});
      const observed = finite(
        await callFunction(admin, functionPath(invariant.read.fn), args),
        `capacity read ${functionPath(invariant.read.fn)}`,
      );
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
      if (
        verdict === null ||
        typeof verdict !== "object" ||
        !("ok" in verdict) ||
        (verdict.ok !== true && verdict.ok !== false && verdict.ok !== "unknown")
      ) {
        throw new Error(
          `custom invariant returned ${JSON.stringify(verdict)}; expected { ok: true | false | "unknown", message, observed?, limit? }`,
        );
      }
      if (verdict.observed !== undefined) finite(verdict.observed, "custom invariant observed");
      if (verdict.limit !== undefined) finite(verdict.limit, "custom invariant limit");
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
