import { ConvexError, v } from "convex/values";
import { action, internalMutation, internalQuery, mutation, query } from "./_generated/server";
import { internal } from "./_generated/api";
import type { Id } from "./_generated/dataModel";
import type { QueryCtx } from "./_generated/server";

async function enrollmentOf(ctx: QueryCtx, sessionId: Id<"sessions">) {
  const session = await ctx.db.get(sessionId);
  if (session === null) throw new ConvexError("Session not found");
  const items = await ctx.db
    .query("ledgerItems")
    .withIndex("by_session", (q) => q.eq("sessionId", sessionId))
    .collect();
  return { enrolled: items.length, capacity: session.capacity };
}

export const enrollment = internalQuery({
  args: { sessionId: v.id("sessions") },
  handler: (ctx, { sessionId }) => enrollmentOf(ctx, sessionId),
});

export const insert = internalMutation({
  args: { sessionId: v.id("sessions"), userId: v.string() },
  handler: (ctx, args) => ctx.db.insert("ledgerItems", args),
});

/**
 * VULNERABLE (race 1 of the original BerryFun report): the capacity check and the insert are two
 * transactions. Concurrent callers all read the same count, all pass the check, all insert.
 */
export const addToLedger = action({
  args: { sessionId: v.id("sessions"), userId: v.string() },
  handler: async (ctx, { sessionId, userId }): Promise<Id<"ledgerItems">> => {
    const { enrolled, capacity } = await ctx.runQuery(internal.ledgerItems.enrollment, { sessionId });
    if (enrolled >= capacity) throw new ConvexError("Session is full");
    return await ctx.runMutation(internal.ledgerItems.insert, { sessionId, userId });
  },
});

/** FIXED: check and insert in one mutation, one serializable transaction. */
export const addToLedgerAtomic = mutation({
  args: { sessionId: v.id("sessions"), userId: v.string() },
  handler: async (ctx, { sessionId, userId }) => {
    const { enrolled, capacity } = await enrollmentOf(ctx, sessionId);
    if (enrolled >= capacity) throw new ConvexError("Session is full");
    return await ctx.db.insert("ledgerItems", { sessionId, userId });
  },
});

/** Public read used by client flows (a page or server route shows "spots left", then enrolls). */
export const spotsLeft = query({
  args: { sessionId: v.id("sessions") },
  handler: async (ctx, { sessionId }) => {
    const { enrolled, capacity } = await enrollmentOf(ctx, sessionId);
    return capacity - enrolled;
  },
});

/**
 * VULNERABLE when used as the second half of a client flow: it trusts the caller's earlier
 * `spotsLeft` read, so the check and the act are again two transactions.
 */
export const enroll = mutation({
  args: { sessionId: v.id("sessions"), userId: v.string() },
  handler: (ctx, args) => ctx.db.insert("ledgerItems", args),
});
