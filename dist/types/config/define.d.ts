import type { ActCall, ActFlow, ArgsOf, CapacityInvariant, CustomInvariant, ExploreSettings, FunctionRef, IdentityFn, Invariant, MaxSuccessesInvariant, RaceCheckConfig, Scenario, SetupOf, SetupValue } from "./types.js";
/** Types a config file; returns it unchanged (a plain exported object works as well). */
export declare function defineConfig(config: RaceCheckConfig): RaceCheckConfig;
/**
 * One scenario, typed from the user's own functions (as convex-test types its calls): the setup
 * value is what the setup function returns (`FunctionReturnType`), and the act's arguments are
 * checked against the act function's (`FunctionArgs`). Identity, flows and invariants see the
 * typed setup, so a typo in an argument or a setup field is a type error, not a failed run; an
 * invariant does when written as a callback, `invariant: (check) => check.capacity({...})`, which
 * this calls once, here, so that what it returns is a plain scenario.
 */
export declare function scenario<SetupFn extends FunctionRef | undefined = undefined, ActFn extends FunctionRef = FunctionRef>(spec: ScenarioSpec<SetupFn, ActFn>): Scenario<SetupOf<SetupFn>, ActFn>;
/** What `scenario()` takes: a scenario whose types follow from its setup and act functions. */
export interface ScenarioSpec<SetupFn extends FunctionRef | undefined, ActFn extends FunctionRef> extends Omit<Scenario<SetupOf<SetupFn>, ActFn>, "setup" | "act" | "invariant" | "identity" | "explore"> {
    setup?: SetupFn | {
        fn: SetupFn;
        args?: ArgsOf<SetupFn>;
    };
    act: ActCall<SetupOf<SetupFn>, ActFn> | ActFlow<SetupOf<SetupFn>>;
    invariant: NoInfer<Invariant<SetupOf<SetupFn>> | InvariantOf<SetupOf<SetupFn>>>;
    identity?: NoInfer<IdentityFn<SetupOf<SetupFn>>>;
    explore?: ExploreSettings;
}
/**
 * An invariant written as `(check) => check.capacity({...})`: the helpers come typed with the
 * scenario's setup. TypeScript infers no type argument for a helper called inline, from what the
 * call is assigned to, so `invariant: capacity({...})` sees an untyped setup; a callback's
 * parameter, by contrast, is typed once the setup function has fixed the setup type.
 */
export type InvariantOf<S> = (check: InvariantHelpers<S>) => Invariant<S>;
/** `capacity`, `maxSuccesses` and `custom`, bound to one setup type. */
export interface InvariantHelpers<S> {
    capacity<F extends FunctionRef = FunctionRef>(spec: Omit<CapacityInvariant<S, F>, "kind">): CapacityInvariant<S>;
    maxSuccesses(spec: Omit<MaxSuccessesInvariant<S>, "kind">): MaxSuccessesInvariant<S>;
    custom(check: CustomInvariant<S>["check"]): CustomInvariant<S>;
}
/** Types one scenario with its setup value `S`, for use inside `defineConfig` (see also `scenario`). */
export declare function defineScenario<S = SetupValue>(scenario: Scenario<S>): Scenario;
/** A value read after the trial must not exceed a limit: "Overbooking: 7/5 enrollments". */
export declare function capacity<S = SetupValue, F extends FunctionRef = FunctionRef>(spec: Omit<CapacityInvariant<S, F>, "kind">): CapacityInvariant<S>;
/** At most `limit` operations may report success: "Overclaimed: 3/1 claims". */
export declare function maxSuccesses<S = SetupValue>(spec: Omit<MaxSuccessesInvariant<S>, "kind">): MaxSuccessesInvariant<S>;
/** Any check over the trial's history and an admin client. */
export declare function custom<S = SetupValue>(check: CustomInvariant<S>["check"]): CustomInvariant<S>;
