import type { CapacityInvariant, CustomInvariant, MaxSuccessesInvariant, RaceCheckConfig, Scenario, SetupValue } from "./types.js";
/** Types a config file; returns it unchanged (a plain exported object works as well). */
export declare function defineConfig(config: RaceCheckConfig): RaceCheckConfig;
/** Types one scenario with its setup value `S`, for use inside `defineConfig`. */
export declare function defineScenario<S = SetupValue>(scenario: Scenario<S>): Scenario;
/** A value read after the round must not exceed a limit: "Overbooking: 7/5 enrollments". */
export declare function capacity<S = SetupValue>(spec: Omit<CapacityInvariant<S>, "kind">): CapacityInvariant<S>;
/** At most `limit` operations may report success: "Overclaimed: 3/1 claims". */
export declare function maxSuccesses<S = SetupValue>(spec: Omit<MaxSuccessesInvariant<S>, "kind">): MaxSuccessesInvariant<S>;
/** Any check over the round's history and an admin client. */
export declare function custom<S = SetupValue>(check: CustomInvariant<S>["check"]): CustomInvariant<S>;
