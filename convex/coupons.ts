import { ConvexError, v } from "convex/values";
import { action, internalMutation, internalQuery, mutation } from "./_generated/server";
import { internal } from "./_generated/api";

export const byCode = internalQuery({
  args: { code: v.string() },
  handler: (ctx, { code }) =>
    ctx.db
      .query("coupons")
      .withIndex("by_code", (q) => q.eq("code", code))
      .unique(),
});

export const markPending = internalMutation({
  args: { couponId: v.id("coupons"), claimant: v.string() },
  handler: (ctx, { couponId, claimant }) => ctx.db.patch(couponId, { status: "pending", claimant }),
});

/**
 * VULNERABLE (race 2 of the original BerryFun report): reads status "available", then sets
 * "pending" in a second transaction. Concurrent claimants all succeed; every claim but the last
 * written is silently lost.
 */
export const claimCoupon = action({
  args: { code: v.string(), claimant: v.string() },
  handler: async (ctx, { code, claimant }): Promise<{ claimed: true }> => {
    const coupon = await ctx.runQuery(internal.coupons.byCode, { code });
    if (coupon === null) throw new ConvexError("Unknown coupon");
    if (coupon.status !== "available") throw new ConvexError("Coupon already claimed");
    await ctx.runMutation(internal.coupons.markPending, { couponId: coupon._id, claimant });
    return { claimed: true };
  },
});

/** FIXED: read and transition in one mutation. */
export const claimCouponAtomic = mutation({
  args: { code: v.string(), claimant: v.string() },
  handler: async (ctx, { code, claimant }) => {
    const coupon = await ctx.db
      .query("coupons")
      .withIndex("by_code", (q) => q.eq("code", code))
      .unique();
    if (coupon === null) throw new ConvexError("Unknown coupon");
    if (coupon.status !== "available") throw new ConvexError("Coupon already claimed");
    await ctx.db.patch(coupon._id, { status: "pending", claimant });
    return { claimed: true as const };
  },
});
