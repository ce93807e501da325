import { ConfigError } from "../errors.js";
import { functionPath } from "./function-ref.js";
import { closeMatches } from "./functions.js";
import type { RaceCheckConfig } from "./types.js";

export const LIMITS = {
  maxClients: 1000,
  maxRounds: 100_000,
  maxDelayMs: 600_000,
  /** A day: work scheduled further out than that is not part of a race trial. */
  maxSettleMs: 86_400_000,
} as const;

const INVARIANT_KINDS = ["capacity", "maxSuccesses", "custom"];

const CONFIG_KEYS = [
  "rounds",
  "delayBetweenRounds",
  "clients",
  "opTimeout",
  "settle",
  "functionsDir",
  "env",
  "scenarios",
];
const SCENARIO_KEYS = [
  "name",
  "setup",
  "clients",
  "act",
  "invariant",
  "identity",
  "expect",
  "rounds",
  "delayBetweenRounds",
  "settle",
  "explore",
];
const INVARIANT_KEYS: Record<string, string[]> = {
  capacity: ["kind", "read", "limit", "title", "noun"],
  maxSuccesses: ["kind", "limit", "title", "noun", "isSuccess"],
  custom: ["kind", "check"],
};

/**
 * Convex's rules for environment variables (crates/common/src/types/environment_variables.rs):
 * a name begins with a letter, then letters, digits and underscores, at most 256; a value at most 8 KiB.
 */
const ENV_NAME = /^[A-Za-z][A-Za-z0-9_]{0,255}$/;
const ENV_VALUE_MAX = 8 * 1024;

/** Checks a loaded config and returns it typed; every problem is one line naming where and how to fix. */
export function validateConfig(raw: unknown, file: string): RaceCheckConfig {
  try {
    return checkShape(raw, file);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    // A getter (or a Proxy) in the config that throws while it is read is a mistake in the config.
    const message = e instanceof Error ? e.message : String(e);
    throw new ConfigError(`${file}: reading the config threw: ${message.split("\n")[0]}`);
  }
}

function checkShape(raw: unknown, file: string): RaceCheckConfig {
  const fail = (where: string, what: string): never => {
    throw new ConfigError(`${file}: ${where}: ${what}`);
  };
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    fail("default export", `expected an object like defineConfig({ scenarios: [...] }), got ${kind(raw)}`);
  }
  const config = raw as Record<string, unknown>;
  // A misspelled key (`identiy:`) would silently do nothing: name it, and the key it resembles.
  const keys = (value: unknown, where: string, known: readonly string[]) => {
    for (const key of Object.keys(value as object)) {
      if (known.includes(key)) continue;
      const near = closeMatches(key, known, 1);
      fail(
        `${where}${key}`,
        `unknown key${near.length ? `; did you mean "${near[0]}"?` : `; known keys: ${known.join(", ")}`}`,
      );
    }
  };
  keys(config, "", CONFIG_KEYS);
  integer(config.rounds, "rounds", 1, LIMITS.maxRounds, fail);
  integer(config.clients, "clients", 1, LIMITS.maxClients, fail);
  integer(config.delayBetweenRounds, "delayBetweenRounds", 0, LIMITS.maxDelayMs, fail);
  integer(config.opTimeout, "opTimeout", 1, 3_600_000, fail);
  integer(config.settle, "settle", 0, LIMITS.maxSettleMs, fail);
  if (config.env !== undefined) {
    if (config.env === null || typeof config.env !== "object" || Array.isArray(config.env)) {
      fail("env", 'expected an object of environment variables, e.g. { STRIPE_SECRET_KEY: "sk_test_..." }');
    }
    for (const [name, value] of Object.entries(config.env as Record<string, unknown>)) {
      if (!ENV_NAME.test(name)) {
        fail(`env.${name}`, "not a valid name: begin with a letter, then letters, digits and _ (at most 256)");
      }
      // The value itself is a secret: say what it is, never what it says.
      if (typeof value !== "string") fail(`env.${name}`, `expected a string value, got ${kind(value)}`);
      if (Buffer.byteLength(value as string) > ENV_VALUE_MAX) fail(`env.${name}`, "value longer than Convex's 8 KiB");
    }
  }
  if (config.functionsDir !== undefined && typeof config.functionsDir !== "string") {
    fail("functionsDir", "expected a directory path string");
  }
  if (!Array.isArray(config.scenarios) || config.scenarios.length === 0) {
    fail("scenarios", "expected a non-empty array of scenarios ({ name, setup, clients, act, invariant })");
  }
  const seen = new Set<string>();
  (config.scenarios as unknown[]).forEach((s, i) => {
    const at = `scenarios[${i}]`;
    if (s === null || typeof s !== "object") fail(at, `expected a scenario object, got ${kind(s)}`);
    const sc = s as Record<string, unknown>;
    if (typeof sc.name !== "string" || sc.name.trim() === "")
      fail(`${at}.name`, "every scenario needs a non-empty name");
    const where = `scenario "${sc.name as string}"`;
    keys(sc, `${where} `, SCENARIO_KEYS);
    if (sc.identity !== undefined && typeof sc.identity !== "function") {
      fail(`${where} identity`, "expected a function ({ setup, client }) => ({ subject, ... }) or undefined");
    }
    if (sc.act !== null && typeof sc.act === "object") keys(sc.act, `${where} act.`, ["fn", "args"]);
    if (sc.setup !== null && typeof sc.setup === "object" && "fn" in (sc.setup as object)) {
      keys(sc.setup, `${where} setup.`, ["fn", "args"]);
    }
    if (sc.explore !== null && typeof sc.explore === "object")
      keys(sc.explore, `${where} explore.`, ["setup", "clients"]);
    const invariant = sc.invariant as Record<string, unknown> | undefined;
    if (invariant !== null && typeof invariant === "object" && typeof invariant.kind === "string") {
      const known = INVARIANT_KEYS[invariant.kind];
      if (known) keys(invariant, `${where} invariant.`, known);
      if (invariant.kind === "capacity" && invariant.read !== null && typeof invariant.read === "object") {
        keys(invariant.read, `${where} invariant.read.`, ["fn", "args"]);
      }
    }
    if (seen.has(sc.name as string)) fail(where, "duplicate scenario name: give each scenario its own name");
    seen.add(sc.name as string);
    integer(sc.rounds, `${where} rounds`, 1, LIMITS.maxRounds, fail);
    integer(sc.clients, `${where} clients`, 1, LIMITS.maxClients, fail);
    integer(sc.delayBetweenRounds, `${where} delayBetweenRounds`, 0, LIMITS.maxDelayMs, fail);
    integer(sc.settle, `${where} settle`, 0, LIMITS.maxSettleMs, fail);
    if (sc.expect !== undefined && sc.expect !== "race") {
      fail(
        `${where} expect`,
        `expected "race" (a known race: reported, not failing), got ${JSON.stringify(sc.expect)}`,
      );
    }
    if (sc.setup !== undefined) {
      const setup = sc.setup as Record<string, unknown>;
      const fn = typeof sc.setup === "object" && sc.setup !== null && "fn" in setup ? setup.fn : sc.setup;
      ref(fn, `${where} setup`, fail);
      if (
        typeof sc.setup === "object" &&
        setup.args !== undefined &&
        (typeof setup.args !== "object" || setup.args === null)
      ) {
        fail(`${where} setup.args`, "expected an object of arguments");
      }
    }
    if (sc.explore !== undefined) {
      if (sc.explore === null || typeof sc.explore !== "object" || Array.isArray(sc.explore)) {
        fail(`${where} explore`, "expected { setup?, clients? }");
      }
      const ex = sc.explore as Record<string, unknown>;
      integer(ex.clients, `${where} explore.clients`, 1, LIMITS.maxClients, fail);
      if (ex.setup !== undefined) {
        const exSetup = ex.setup as Record<string, unknown>;
        const isCall = typeof ex.setup === "object" && ex.setup !== null && "fn" in exSetup;
        ref(isCall ? exSetup.fn : ex.setup, `${where} explore.setup`, fail);
        if (isCall && exSetup.args !== undefined && (typeof exSetup.args !== "object" || exSetup.args === null)) {
          fail(`${where} explore.setup.args`, "expected an object of arguments");
        }
      }
    }
    if (typeof sc.act === "function") {
      // a client flow
    } else if (sc.act !== null && typeof sc.act === "object" && "fn" in sc.act) {
      ref((sc.act as Record<string, unknown>).fn, `${where} act.fn`, fail);
    } else {
      fail(
        `${where} act`,
        'expected { fn: "module:function", args } or an async flow ({ convex, setup, client }) => ...',
      );
    }
    const inv = sc.invariant as Record<string, unknown> | undefined;
    // scenario() calls the callback form with its helpers; a plain scenario object never does.
    if (typeof inv === "function") {
      fail(
        `${where} invariant`,
        "a callback (check) => check.capacity(...) is resolved by scenario(): wrap this scenario in scenario({ ... }), or give the invariant itself, e.g. capacity({ ... })",
      );
    }
    if (inv === undefined || inv === null || typeof inv !== "object") {
      fail(`${where} invariant`, "missing: use capacity({...}), maxSuccesses({...}) or custom(fn)");
    }
    if (!INVARIANT_KINDS.includes(inv!.kind as string)) {
      fail(
        `${where} invariant.kind`,
        `unknown kind ${JSON.stringify(inv!.kind)}; expected one of ${INVARIANT_KINDS.join(", ")}`,
      );
    }
    if (inv!.kind === "capacity") {
      const read = inv!.read as Record<string, unknown> | undefined;
      if (!read || typeof read !== "object")
        fail(`${where} invariant.read`, 'capacity needs read: { fn: "module:function", args }');
      ref(read!.fn, `${where} invariant.read.fn`, fail);
    }
    if (inv!.kind === "capacity" || inv!.kind === "maxSuccesses") {
      if (typeof inv!.limit !== "number" && typeof inv!.limit !== "function") {
        fail(`${where} invariant.limit`, "expected a number or a function of the setup value");
      }
    }
    if (inv!.kind === "custom" && typeof inv!.check !== "function") {
      fail(`${where} invariant.check`, "custom invariants need check: ({ history, admin, setup }) => verdict");
    }
  });
  return config as unknown as RaceCheckConfig;
}

function integer(
  value: unknown,
  name: string,
  min: number,
  max: number,
  fail: (where: string, what: string) => never,
): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(name, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
}

function ref(value: unknown, where: string, fail: (where: string, what: string) => never): void {
  if (value === undefined) fail(where, 'missing function: use "module:function" or api.module.function');
  try {
    functionPath(value as never);
  } catch (e) {
    fail(where, (e as Error).message);
  }
}

function kind(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v;
}

/** Parses a numeric flag or action input; bad values are a ConfigError naming the flag. */
export function parseCount(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name}: expected a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}
