/**
 * A replay must reproduce values too, not only the order of steps: setup code often makes codes
 * or names from `Date.now()` and `Math.random()`. While a schedule runs both are seeded (the real
 * Convex runtime likewise seeds `Math.random` inside functions); everything is restored afterwards.
 */
import { prng } from "../engine/random.js";

/** A fixed start for the schedule's clock (2026-01-01T00:00:00Z); every read moves it 1 ms on. */
const EPOCH = Date.UTC(2026, 0, 1);

export async function deterministic<T>(seed: number, fn: () => Promise<T>): Promise<T> {
  const g = globalThis as unknown as { Math: Math; Date: DateConstructor };
  const RealMath = g.Math;
  const RealDate = g.Date;
  const random = prng(seed);
  let clock = EPOCH;
  const now = () => clock++;
  const SeededMath = Object.create(RealMath, { random: { value: random } }) as Math;
  class ScheduleDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string]));
    }
    static override now(): number {
      return now();
    }
  }
  g.Math = SeededMath;
  g.Date = ScheduleDate as DateConstructor;
  try {
    return await fn();
  } finally {
    g.Math = RealMath;
    g.Date = RealDate;
  }
}
