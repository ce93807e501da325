import { getFunctionName } from "convex/server";
import type { FunctionRef } from "../model.js";

const PATH = /^[A-Za-z0-9_][\w/.-]*(:[A-Za-z_$][\w$]*)?$/;

/** "module:function" for a string or a generated reference; throws a readable error otherwise. */
export function functionPath(ref: FunctionRef): string {
  if (typeof ref === "string") {
    if (!PATH.test(ref)) throw new Error(`"${ref}" is not a Convex function path (expected "module:function")`);
    return ref.includes(":") ? ref.replace(/\.(js|ts)(?=:)/, "") : `${ref}:default`;
  }
  let name: string;
  try {
    name = getFunctionName(ref);
  } catch {
    throw new Error(`expected a "module:function" string or an api/internal reference, got ${describe(ref)}`);
  }
  // A generated reference names a default export by its module alone (`api.joinGame.default`).
  return name.includes(":") ? name : `${name}:default`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "function") return "a function";
  return typeof value;
}
