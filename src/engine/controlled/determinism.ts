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
  // A proxy rather than a subclass: `Date()` called without `new` must still return a string.
  const ScheduleDate = new Proxy(RealDate, {
    construct: (target, args: unknown[], newTarget) =>
      args.length === 0 ? new target(now()) : Reflect.construct(target, args, newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, prop, receiver) => (prop === "now" ? now : Reflect.get(target, prop, receiver)),
  });
  g.Math = SeededMath;
  g.Date = ScheduleDate;
  try {
    return await fn();
  } finally {
    g.Math = RealMath;
    g.Date = RealDate;
  }
}
