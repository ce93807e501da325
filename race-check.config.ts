// race-check config for the BerryFun sample app in convex/: both races from the original
// load-testing report, each in its vulnerable and its fixed form, plus a client-flow race.
import { capacity, defineConfig, maxSuccesses } from "race-check";
import { api, internal } from "./convex/_generated/api";

type Session = { sessionId: string; capacity: number };
type Coupon = { couponId: string; code: string };

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
    {
      name: "Session Capacity Race",
      setup: session,
      clients: 10,
      act: {
        fn: api.ledgerItems.addToLedger,
        args: ({ setup, client }) => ({ sessionId: (setup as Session).sessionId, userId: `user-${client}` }),
      },
      invariant: enrollments,
      explore,
    },
    {
      name: "Session Capacity (atomic)",
      setup: session,
      clients: 10,
      act: {
        fn: api.ledgerItems.addToLedgerAtomic,
        args: ({ setup, client }) => ({ sessionId: (setup as Session).sessionId, userId: `user-${client}` }),
      },
      invariant: enrollments,
      explore,
    },
    {
      name: "Coupon Claim Race",
      setup: coupon,
      clients: 5,
      act: {
        fn: api.coupons.claimCoupon,
        args: ({ setup, client }) => ({ code: (setup as Coupon).code, claimant: `user-${client}` }),
      },
      invariant: oneClaim,
      explore: { clients: 2 },
    },
    {
      name: "Coupon Claim (atomic)",
      setup: coupon,
      clients: 5,
      act: {
        fn: api.coupons.claimCouponAtomic,
        args: ({ setup, client }) => ({ code: (setup as Coupon).code, claimant: `user-${client}` }),
      },
      invariant: oneClaim,
      explore: { clients: 2 },
    },
    {
      // A page (or server route) reads "spots left", then enrolls: check and act are two requests.
      name: "Enrollment Client Flow",
      setup: session,
      clients: 10,
      act: async ({ convex, setup, client }) => {
        const { sessionId } = setup as Session;
        const left = await convex.query(api.ledgerItems.spotsLeft, { sessionId: sessionId as never });
        if (left <= 0) throw new Error("Session is full");
        return await convex.mutation(api.ledgerItems.enroll, {
          sessionId: sessionId as never,
          userId: `user-${client}`,
        });
      },
      invariant: enrollments,
      explore,
    },
  ],
});
