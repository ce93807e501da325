// Test-support functions for race-check. Internal: only an admin key can call them, so they can
// never be reached from a browser in production.
import { v } from "convex/values";
import { internalMutation, internalQuery } from "./_generated/server";

export const createSession = internalMutation({
  // `prefill` starts the session that many enrollments from empty, so that two racing clients
  // are enough to overbook it (what `race-check explore` searches with).
  args: { capacity: v.number(), name: v.optional(v.string()), prefill: v.optional(v.number()) },
  handler: async (ctx, { capacity, name, prefill }) => {
    const sessionId = await ctx.db.insert("sessions", { capacity, name: name ?? "race-check" });
    for (let i = 0; i < (prefill ?? 0); i++) {
      await ctx.db.insert("ledgerItems", { sessionId, userId: `prefill-${i}` });
    }
    return { sessionId, capacity };
  },
});

export const createCoupon = internalMutation({
  args: { code: v.optional(v.string()) },
  handler: async (ctx, args) => {
    // A fresh code per round keeps rounds independent without clearing tables.
    const code = args.code ?? `RACE-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const couponId = await ctx.db.insert("coupons", { code, status: "available" });
    return { couponId, code };
  },
});

export const countEnrollments = internalQuery({
  args: { sessionId: v.id("sessions") },
  handler: async (ctx, { sessionId }) =>
    (
      await ctx.db
        .query("ledgerItems")
        .withIndex("by_session", (q) => q.eq("sessionId", sessionId))
        .collect()
    ).length,
});

export const getCoupon = internalQuery({
  args: { couponId: v.id("coupons") },
  handler: (ctx, { couponId }) => ctx.db.get(couponId),
});
