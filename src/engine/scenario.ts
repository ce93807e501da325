import type { ActFlow, Args, Invariant, RaceCheckConfig, Scenario, SetupValue } from "../config/types.js";
import { functionPath } from "./function-ref.js";

/** A scenario with every default applied and every function reference turned into a path. */
export interface ResolvedScenario {
  name: string;
  clients: number;
  rounds: number;
  delayBetweenRounds: number;
  opTimeout: number;
  setup?: { path: string; args: Args };
  act:
    | {
        kind: "call";
        path: string;
        args: (setup: SetupValue, client: number) => Args;
      }
    | { kind: "flow"; flow: ActFlow };
  invariant: Invariant;
  /** Functions the scenario names itself (setup excluded), for annotations and reports. */
  functions: string[];
}

export const DEFAULTS = {
  rounds: 20,
  clients: 10,
  delayBetweenRounds: 0,
  opTimeout: 30_000,
} as const;

export interface Overrides {
  rounds?: number;
  clients?: number;
  opTimeout?: number;
}

export function resolveScenario(config: RaceCheckConfig, s: Scenario, overrides: Overrides = {}): ResolvedScenario {
  const setup =
    s.setup === undefined
      ? undefined
      : typeof s.setup === "object" && s.setup !== null && "fn" in s.setup
        ? { path: functionPath(s.setup.fn), args: s.setup.args ?? {} }
        : { path: functionPath(s.setup), args: {} };
  let act: ResolvedScenario["act"];
  const functions: string[] = [];
  if (typeof s.act === "function") {
    act = { kind: "flow", flow: s.act };
  } else {
    const path = functionPath(s.act.fn);
    const args = s.act.args;
    act = {
      kind: "call",
      path,
      args: (setupValue, client) => (typeof args === "function" ? args({ setup: setupValue, client }) : (args ?? {})),
    };
    functions.push(path);
  }
  return {
    name: s.name,
    clients: overrides.clients ?? s.clients ?? config.clients ?? DEFAULTS.clients,
    rounds: overrides.rounds ?? s.rounds ?? config.rounds ?? DEFAULTS.rounds,
    delayBetweenRounds: s.delayBetweenRounds ?? config.delayBetweenRounds ?? DEFAULTS.delayBetweenRounds,
    opTimeout: overrides.opTimeout ?? config.opTimeout ?? DEFAULTS.opTimeout,
    setup,
    act,
    invariant: s.invariant,
    functions,
  };
}
