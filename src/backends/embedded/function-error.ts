/**
 * How a function that threw is reported: the open-source backend's `errorMessage` ("Uncaught
 * Error: …", "Uncaught ConvexError: …") and `errorData` for a ConvexError, and the error the
 * convex client then throws in the caller (browser/http_client.js: `new Error(errorMessage)`, or a
 * ConvexError carrying the data). The HTTP API and the in-process deployment both answer this way.
 */
import { ConvexError, convexToJson, type Value } from "convex/values";

export interface ErrorReply {
  errorMessage: string;
  errorData?: unknown;
}

export function errorReply(e: unknown): ErrorReply {
  const err = e instanceof Error ? e : new Error(String(e));
  const data = (err as { data?: unknown }).data;
  if (err.name === "ConvexError" || data !== undefined) {
    return {
      errorMessage: `Uncaught ConvexError: ${err.message}`,
      ...(data !== undefined && { errorData: convexToJson(data as Value) }),
    };
  }
  return { errorMessage: `Uncaught ${err.name || "Error"}: ${err.message}` };
}

/** The error a client sees for that reply. */
export function clientError(e: unknown): Error {
  const reply = errorReply(e);
  if (reply.errorData === undefined) return new Error(reply.errorMessage);
  const error = new ConvexError(reply.errorMessage);
  // As the client does (forwardErrorData): the data replaces the message as ConvexError's payload.
  (error as { data: unknown }).data = (e as { data?: unknown }).data;
  return error;
}
