/**
 * Turns what the analysis found into scenarios: each with its setup and read functions, its act
 * and invariant, and one line saying why it is proposed.
 */
import { lookupFields, type Candidate, type Check } from "./analyze.js";
import { camel, human, pascal, singular } from "./names.js";
import type { FunctionInfo, HttpRoute, Project, TableInfo } from "./project.js";
import {
  idTable,
  numberLiteral,
  Unfillable,
  valueExpression,
  type FieldSpec,
  type ObjectFields,
} from "./validators.js";
import { renderRead, renderSetup, type ReadSpec, type SetupSpec } from "./write-testing.js";

export interface ScenarioProposal {
  name: string;
  candidate: Candidate;
  /** Commented out in the config: init found the race-prone shape but no invariant to check. */
  draft: boolean;
  setup?: { spec: SetupSpec; args: Record<string, string> };
  read?: ReadSpec;
  clients: number;
  /** Argument expressions of the act call (for a flow: of its mutation), by argument name. */
  actArgs: Record<string, string>;
  /** A flow's query arguments. */
  queryArgs?: Record<string, string>;
  /** Why, in one line (without the function and place). */
  why: string;
}

export interface Proposal {
  scenarios: ScenarioProposal[];
  routes: HttpRoute[];
  /** Candidates left out, with the reason (e.g. a field no value can be derived for). */
  skipped: { candidate: Candidate; reason: string }[];
  setups: SetupSpec[];
  reads: ReadSpec[];
}

const LIMIT_VALUE = 5;
const CLIENTS = 10;
const CLAIM_CLIENTS = 5;

const ORDER = { action: 0, flow: 1, mutation: 2 } as const;

export function propose(project: Project, candidates: Candidate[]): Proposal {
  const proposal: Proposal = {
    scenarios: [],
    routes: project.routes,
    skipped: [],
    setups: [],
    reads: [],
  };
  const sorted = [...candidates].sort(
    (a, b) => Number(!a.check) - Number(!b.check) || ORDER[a.pattern] - ORDER[b.pattern],
  );
  const names = new Set<string>();
  for (const candidate of sorted) {
    try {
      const scenario = scenarioFor(project, candidate, names);
      attach(project, proposal, scenario);
      names.add(scenario.name);
      proposal.scenarios.push(scenario);
    } catch (e) {
      if (!(e instanceof Unfillable)) throw e;
      proposal.skipped.push({ candidate, reason: e.message });
    }
  }
  return proposal;
}

function scenarioFor(project: Project, candidate: Candidate, taken: Set<string>): ScenarioProposal {
  const { act, check } = candidate;
  const args = act.args;
  if (!args)
    throw new Unfillable(`${act.path} takes any arguments (no \`args\` validator), so init cannot write its call`);
  const target = targetTable(project, candidate);
  const setup = target ? setupFor(project, candidate, target, args) : undefined;
  const actArgs = argumentExpressions(args, target, setup?.spec);
  const queryArgs = candidate.query?.args
    ? Object.fromEntries(
        Object.entries(candidate.query.args)
          .filter(([name]) => actArgs[name] !== undefined)
          .map(([name]) => [name, actArgs[name]]),
      )
    : undefined;
  const clients = check?.kind === "claim" ? CLAIM_CLIENTS : CLIENTS;
  if (setup) for (const e of setup.spec.extras) setup.args[e.countArg] = String(clients);
  const read: ReadSpec | undefined =
    check?.kind === "count"
      ? {
          kind: "count",
          name: `count${pascal(check.rowTable)}`,
          rowTable: check.rowTable,
          refField: check.refField,
          limitTable: check.limitTable,
          arg: setup?.spec.key ?? `${camel(singular(check.limitTable))}Id`,
          usedBy: [],
        }
      : !check && target && setup
        ? {
            kind: "get",
            name: `get${pascal(singular(target.name))}`,
            table: target.name,
            arg: setup.spec.key,
            usedBy: [],
          }
        : undefined;
  const name = unique(scenarioName(candidate), taken, act);
  return { name, candidate, draft: !check, setup, read, clients, actArgs, queryArgs, why: why(candidate) };
}

/** The table whose document a round seeds: the limit's, the claim's, or (for a draft) the first one named by id. */
function targetTable(project: Project, candidate: Candidate): TableInfo | undefined {
  const { check, act } = candidate;
  if (check) return project.tables.get(check.kind === "claim" ? check.table : check.limitTable);
  for (const spec of Object.values(act.args ?? {})) {
    const table = idTable(spec.fieldType);
    if (table && !spec.optional && project.tables.has(table)) return project.tables.get(table);
  }
  return undefined;
}

function setupFor(
  project: Project,
  candidate: Candidate,
  target: TableInfo,
  args: ObjectFields,
): { spec: SetupSpec; args: Record<string, string> } {
  const { check } = candidate;
  const limitField = check && check.kind !== "claim" ? check.limitField : undefined;
  const extras: SetupSpec["extras"] = [];
  for (const spec of Object.values(args)) {
    const table = idTable(spec.fieldType);
    if (!table || spec.optional || table === target.name || extras.some((e) => e.table === table)) continue;
    if (!project.tables.has(table)) throw new Unfillable(`argument table "${table}" is not in the schema`);
    const base = camel(singular(table));
    extras.push({ table, key: `${base}Ids`, countArg: `${base}Count` });
  }
  const spec: SetupSpec = {
    name: `create${pascal(singular(target.name))}${extras.map((e) => `And${pascal(e.table)}`).join("")}`,
    table: target.name,
    key: `${camel(singular(target.name))}Id`,
    limit: limitField ? { field: limitField, validator: target.fields[limitField].fieldType } : undefined,
    lookups: lookupFields(args, target).map((field) => ({ field, validator: target.fields[field].fieldType })),
    claim: check?.kind === "claim" ? { field: check.field, free: check.free } : undefined,
    extras,
    usedBy: [],
  };
  const setupArgs: Record<string, string> = {};
  if (spec.limit) setupArgs[spec.limit.field] = numberLiteral(spec.limit.validator, LIMIT_VALUE);
  return { spec, args: setupArgs };
}

/** Each argument of the act: the seeded document's id or key, a per-client id or value, or a plain value. */
function argumentExpressions(
  args: ObjectFields,
  target: TableInfo | undefined,
  setup: SetupSpec | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  const lookups = new Set(setup?.lookups.map((l) => l.field));
  for (const [name, spec] of Object.entries(args)) {
    if (spec.optional) continue;
    const table = idTable(spec.fieldType);
    if (table && setup && table === target?.name) out[name] = `setup.${setup.key}`;
    else if (table && setup) {
      const extra = setup.extras.find((e) => e.table === table);
      if (!extra) throw new Unfillable(`${name}: no document of "${table}" to pass`);
      out[name] = `setup.${extra.key}[client % setup.${extra.key}.length]`;
    } else if (table) throw new Unfillable(`${name}: an id of "${table}", which no setup creates`);
    else if (lookups.has(name)) out[name] = `setup.${name}`;
    else out[name] = perClient(name, spec);
  }
  return out;
}

/** A value for one client: strings and numbers differ per client where a name suggests an identity. */
function perClient(name: string, spec: FieldSpec): string {
  const v = spec.fieldType;
  if (v.type === "string") {
    if (/e-?mail/i.test(name)) return "`user-${client}@example.com`";
    return /user|owner|claim|holder|buyer|customer|member|player|account|by$|name|who|actor/i.test(name)
      ? "`user-${client}`"
      : `\`${name}-\${client}\``;
  }
  if (v.type === "number")
    return /quantity|amount|count|qty|seats|spots|tickets|units|places/i.test(name) ? "1" : "client";
  if (v.type === "bigint")
    return /quantity|amount|count|qty|seats|spots|tickets|units|places/i.test(name) ? "1n" : "BigInt(client)";
  if (v.type === "boolean") return "true";
  return valueExpression(name, v, {
    idOf: (t) => {
      throw new Unfillable(`${name}: needs an id of "${t}" inside a value`);
    },
  });
}

function scenarioName(c: Candidate): string {
  const label = c.pattern === "flow" && c.query ? `${c.query.name} then ${c.act.name}` : c.act.name;
  const check = c.check;
  if (!check) return `Check then act: ${label}`;
  if (check.kind === "claim") return `${human(singular(check.table))} claim: ${label}`;
  return `${human(singular(check.limitTable))} ${human(check.limitField).toLowerCase()}: ${label}`;
}

function unique(name: string, taken: Set<string>, act: FunctionInfo): string {
  if (!taken.has(name)) return name;
  const withModule = `${name} (${act.module})`;
  if (!taken.has(withModule)) return withModule;
  let n = 2;
  while (taken.has(`${withModule} ${n}`)) n++;
  return `${withModule} ${n}`;
}

function why(c: Candidate): string {
  const check = c.check;
  const changes = (w: Check) =>
    w.kind === "count" ? `inserts into ${w.rowTable}` : `updates ${w.kind === "claim" ? w.table : w.limitTable}`;
  const limit = (w: Check) => (w.kind === "claim" ? `${w.table}.${w.field}` : `${w.limitTable}.${w.limitField}`);
  if (c.pattern === "action" && !check) {
    const tables = [...new Set(c.writes.map((w) => w.table))];
    return `action reads with ctx.runQuery, then writes${tables.length ? ` ${tables.join(", ")}` : ""} with ctx.runMutation (two transactions), but init found no limit or claim to check`;
  }
  if (!check) return "";
  if (c.pattern === "action") {
    return check.kind === "claim"
      ? `action reads ${limit(check)} with ctx.runQuery, then sets it with ctx.runMutation: a one-shot claim split over two transactions`
      : `action checks ${limit(check)} with ctx.runQuery, then ${changes(check)} with ctx.runMutation: two transactions, so concurrent calls can all pass the check`;
  }
  if (c.pattern === "flow" && c.query) {
    return `a client reads public query ${c.query.name} (${c.query.file}:${c.query.line}), then calls public mutation ${c.act.name}, which ${changes(check)}: check and act are two requests`;
  }
  return check.kind === "claim"
    ? `mutation sets ${limit(check)} once, checked in the same transaction: expected OK, a guard that keeps it so`
    : check.kind === "count"
      ? `mutation counts ${check.rowTable} against ${limit(check)} in one transaction: expected OK, a guard that keeps it so`
      : `mutation checks and updates ${limit(check)} in one transaction: expected OK, a guard that keeps it so`;
}

/** Shares setup and read functions between scenarios that need the same ones, and renders them. */
function attach(project: Project, proposal: Proposal, scenario: ScenarioProposal): void {
  if (scenario.setup) {
    const wanted = scenario.setup.spec;
    const key = (s: SetupSpec) => JSON.stringify({ ...s, usedBy: [], name: "" });
    const same = proposal.setups.find((s) => key(s) === key(wanted));
    if (same) {
      same.usedBy.push(scenario.name);
      scenario.setup.spec = same;
    } else {
      if (proposal.setups.some((s) => s.name === wanted.name))
        wanted.name += `For${pascal(scenario.candidate.act.name)}`;
      wanted.usedBy.push(scenario.name);
      renderSetup(wanted, project.tables); // throws Unfillable before anything is kept
      proposal.setups.push(wanted);
    }
  }
  if (scenario.read) {
    const wanted = scenario.read;
    const key = (r: ReadSpec) => JSON.stringify({ ...r, usedBy: [], name: "" });
    const same = proposal.reads.find((r) => key(r) === key(wanted));
    if (same) {
      same.usedBy.push(scenario.name);
      scenario.read = same;
    } else {
      if (proposal.reads.some((r) => r.name === wanted.name))
        wanted.name += `By${pascal(wanted.kind === "count" ? wanted.refField : wanted.arg)}`;
      wanted.usedBy.push(scenario.name);
      proposal.reads.push(wanted);
    }
  }
}

/** Renders raceTesting.ts's functions once every scenario has attached to them (doc comments list users). */
export function renderFunctions(project: Project, proposal: Proposal): { setups: string[]; reads: string[] } {
  return {
    setups: proposal.setups.map((s) => renderSetup(s, project.tables)),
    reads: proposal.reads.map((r) => renderRead(r, project.tables)),
  };
}
