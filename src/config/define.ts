import type {
  CapacityInvariant,
  CustomInvariant,
  MaxSuccessesInvariant,
  RaceCheckConfig,
  Scenario,
  SetupValue,
} from "./types.js";

/** Types a config file; returns it unchanged (a plain exported object works as well). */
export function defineConfig(config: RaceCheckConfig): RaceCheckConfig {
  return config;
}

/** Types one scenario with its setup value `S`, for use inside `defineConfig`. */
export function defineScenario<S = SetupValue>(scenario: Scenario<S>): Scenario {
  return scenario as Scenario;
}

/** A value read after the round must not exceed a limit: "Overbooking: 7/5 enrollments". */
export function capacity<S = SetupValue>(spec: Omit<CapacityInvariant<S>, "kind">): CapacityInvariant<S> {
  return { kind: "capacity", ...spec };
}

/** At most `limit` operations may report success: "Overclaimed: 3/1 claims". */
export function maxSuccesses<S = SetupValue>(spec: Omit<MaxSuccessesInvariant<S>, "kind">): MaxSuccessesInvariant<S> {
  return { kind: "maxSuccesses", ...spec };
}

/** Any check over the round's history and an admin client. */
export function custom<S = SetupValue>(check: CustomInvariant<S>["check"]): CustomInvariant<S> {
  return { kind: "custom", check };
}
