/**
 * A replay must reproduce values too, not only the order of steps: setup code often makes codes
 * or names from `Date.now()` and `Math.random()`. While explore runs, both answer from the
 * schedule the calling code belongs to (the real Convex runtime likewise seeds `Math.random`
 * inside functions). Code of no schedule, and everything after explore, sees the real ones.
 */
import { Controller } from "./controller.js";

export async function deterministic<T>(fn: () => Promise<T>): Promise<T> {
  const g = globalThis as unknown as { Math: Math; Date: DateConstructor };
  const RealMath = g.Math;
  const RealDate = g.Date;
  const SeededMath = Object.create(RealMath, {
    random: { value: () => (Controller.current()?.random ?? RealMath.random)() },
  }) as Math;
  const now = () => Controller.current()?.now() ?? RealDate.now();
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
