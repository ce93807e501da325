/** The lines that say what an explore search covered and how its counterexample was found. */
import type { Counterexample, ScenarioResult } from "../engine/result.js";

export function coverageLine(s: ScenarioResult): string {
  const space =
    s.strategy === "exhaustive"
      ? s.exhausted
        ? ", search space exhausted"
        : ", search space NOT exhausted (raise --budget)"
      : "";
  return `${s.schedules ?? 0} schedule(s), ${s.distinctInterleavings ?? 0} distinct interleaving(s) with ${s.clients} client(s) (${strategyLabel(s)}${space})`;
}

export function strategyLabel(s: ScenarioResult): string {
  if (s.strategy === "pct") return `pct depth ${s.depth}, seed ${s.seed}`;
  if (s.strategy === "mixed") return `random + pct depth ${s.depth}, seed ${s.seed}`;
  if (s.strategy === "random") return `random, seed ${s.seed}`;
  return "exhaustive";
}

export function foundLine(s: ScenarioResult, c: Counterexample): string {
  if (s.firstViolationAt === undefined) return `replayed ${c.clients.length} client(s), ${c.steps.length} step(s)`;
  return `found at schedule ${s.firstViolationAt} of ${s.budget} (${strategyLabel(s)}); shrunk from ${c.original.clients} clients / ${c.original.steps} steps to ${c.clients.length} clients / ${c.steps.length} steps in ${c.shrinkRuns} runs`;
}
