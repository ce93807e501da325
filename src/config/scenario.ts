import type { ActFlow, Args, IdentityFn, Invariant, RaceCheckConfig, Scenario, SetupValue } from "./types.js";
import { functionPath } from "./function-ref.js";

/** A scenario with every default applied and every function reference turned into a path. */
export interface ResolvedScenario {
  name: string;
  clients: number;
  rounds: number;
  delayBetweenRounds: number;
  opTimeout: number;
  /** Settle horizon, ms (see settle.ts). */
  settleMs: number;
  setup?: { path: string; args: Args };
  act:
    | {
        kind: "call";
        path: string;
        args: (setup: SetupValue, client: number) => Args;
      }
    | { kind: "flow"; flow: ActFlow };
  invariant: Invariant;
  /** Each user's identity for a trial (signed in), when the scenario gives one. */
  identity?: IdentityFn;
  /** A known race: reported, not failing the check. */
  expect?: "race";
  /** Functions the scenario names itself (setup excluded), for annotations and reports. */
  functions: string[];
  /** `race-check explore` overrides from the config, resolved like `setup`. */
  explore?: { setup?: { path: string; args: Args }; clients?: number };
}

export const DEFAULTS = {
  rounds: 20,
  clients: 10,
  delayBetweenRounds: 0,
  opTimeout: 30_000,
  settleMs: 10_000,
} as const;

export interface Overrides {
  rounds?: number;
  clients?: number;
  opTimeout?: number;
}

export function resolveScenario(config: RaceCheckConfig, s: Scenario, overrides: Overrides = {}): ResolvedScenario {
  const setup = resolveSetup(s.setup);
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
      args: (setupValue, client) =>
        (typeof args === "function" ? args({ setup: setupValue, client }) : (args ?? {})) as Args,
    };
    functions.push(path);
  }
  return {
    name: s.name,
    clients: overrides.clients ?? s.clients ?? config.clients ?? DEFAULTS.clients,
    rounds: overrides.rounds ?? s.rounds ?? config.rounds ?? DEFAULTS.rounds,
    delayBetweenRounds: s.delayBetweenRounds ?? config.delayBetweenRounds ?? DEFAULTS.delayBetweenRounds,
    opTimeout: overrides.opTimeout ?? config.opTimeout ?? DEFAULTS.opTimeout,
    settleMs: s.settle ?? config.settle ?? DEFAULTS.settleMs,
    setup,
    act,
    invariant: s.invariant,
    ...(s.identity && { identity: s.identity }),
    ...(s.expect && { expect: s.expect }),
    functions,
    ...(s.explore && {
      explore: {
        ...(s.explore.setup !== undefined && { setup: resolveSetup(s.explore.setup) }),
        ...(s.explore.clients !== undefined && { clients: s.explore.clients }),
      },
    }),
  };
}

function resolveSetup(setup: Scenario["setup"]): ResolvedScenario["setup"] {
  if (setup === undefined) return undefined;
  return typeof setup === "object" && setup !== null && "fn" in setup
    ? { path: functionPath(setup.fn), args: setup.args ?? {} }
    : { path: functionPath(setup), args: {} };
}
