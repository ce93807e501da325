// race-check config for the BerryFun sample app in convex/: both races from the original
// load-testing report, each in its vulnerable and its fixed form, plus a client-flow race.
import type { FunctionReturnType } from "convex/server";
import { capacity, defineConfig, maxSuccesses, scenario } from "race-check";
import { api, internal } from "./convex/_generated/api";

type Session = FunctionReturnType<typeof internal.testing.createSession>;

const session = { fn: internal.testing.createSession, args: { capacity: 5 } };
// `race-check explore` searches interleavings of two clients on a session one seat from full.
const explore = { setup: { fn: internal.testing.createSession, args: { capacity: 5, prefill: 4 } }, clients: 2 };
const enrollments = capacity<Session>({
  read: { fn: internal.testing.countEnrollments, args: ({ setup }) => ({ sessionId: setup.sessionId }) },
  limit: (setup) => setup.capacity,
  noun: "enrollments",
});
const coupon = { fn: internal.testing.createCoupon };
const oneClaim = maxSuccesses({ limit: 1, noun: "claims" });

export default defineConfig({
  rounds: 20,
  delayBetweenRounds: 0,
  scenarios: [
    scenario({
      name: "Session Capacity Race",
      setup: session,
      clients: 10,
      act: {
        fn: api.ledgerItems.addToLedger,
        args: ({ setup, client }) => ({ sessionId: setup.sessionId, userId: `user-${client}` }),
      },
      invariant: enrollments,
      explore,
    }),
    scenario({
      name: "Session Capacity (atomic)",
      setup: session,
      clients: 10,
      act: {
        fn: api.ledgerItems.addToLedgerAtomic,
        args: ({ setup, client }) => ({ sessionId: setup.sessionId, userId: `user-${client}` }),
      },
      invariant: enrollments,
      explore,
    }),
    scenario({
      name: "Coupon Claim Race",
      setup: coupon,
      clients: 5,
      act: {
        fn: api.coupons.claimCoupon,
        args: ({ setup, client }) => ({ code: setup.code, claimant: `user-${client}` }),
      },
      invariant: oneClaim,
      explore: { clients: 2 },
    }),
    scenario({
      name: "Coupon Claim (atomic)",
      setup: coupon,
      clients: 5,
      act: {
        fn: api.coupons.claimCouponAtomic,
        args: ({ setup, client }) => ({ code: setup.code, claimant: `user-${client}` }),
      },
      invariant: oneClaim,
      explore: { clients: 2 },
    }),
    scenario({
      // A page (or server route) reads "spots left", then enrolls: check and act are two requests.
      name: "Enrollment Client Flow",
      setup: session,
      clients: 10,
      act: async ({ convex, setup, client }) => {
        const left = await convex.query(api.ledgerItems.spotsLeft, { sessionId: setup.sessionId });
        if (left <= 0) throw new Error("Session is full");
        return await convex.mutation(api.ledgerItems.enroll, { sessionId: setup.sessionId, userId: `user-${client}` });
      },
      invariant: enrollments,
      explore,
    }),
  ],
});
