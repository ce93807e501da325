import type { FunctionRef } from "../model.js";
/** "module:function" for a string or a generated reference; throws a readable error otherwise. */
export declare function functionPath(ref: FunctionRef): string;
