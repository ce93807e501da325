import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

export default defineSchema({
  sessions: defineTable({
    name: v.string(),
    capacity: v.number(),
  }),
  ledgerItems: defineTable({
    sessionId: v.id("sessions"),
    userId: v.string(),
  }).index("by_session", ["sessionId"]),
  coupons: defineTable({
    code: v.string(),
    status: v.union(v.literal("available"), v.literal("pending"), v.literal("redeemed")),
    claimant: v.optional(v.string()),
  }).index("by_code", ["code"]),
});
