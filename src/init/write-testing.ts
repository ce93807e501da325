/**
 * Writes `convex/raceTesting.ts`: the internal setup and read functions the generated scenarios
 * call. Seed documents fill every required field of their table from the schema's validators.
 */
import { camel, singular, wrap } from "./names.js";
import { callArguments } from "./source.js";
import type { TableInfo } from "./project.js";
import { numericValidator, objectExpression, Unfillable, valueExpression, type ValidatorJson } from "./validators.js";

export interface SetupSpec {
  /** Exported name: "createSession". */
  name: string;
  table: string;
  /** The setup value's field holding the document's id: "sessionId". */
  key: string;
  /** A capacity-like field set from the setup's argument of the same name. */
  limit?: { field: string; validator: ValidatorJson };
  /** Fields clients find the document by (a coupon's code): fresh per round, returned. */
  lookups: { field: string; validator: ValidatorJson }[];
  /** A one-shot claim field and its unclaimed value (undefined: left absent). */
  claim?: { field: string; free: string | undefined };
  /** Other tables the clients name by id: one document per client, ids returned as `key`. */
  extras: { table: string; key: string; countArg: string }[];
  /** Scenario names, for the doc comment. */
  usedBy: string[];
}

export type ReadSpec =
  | {
      kind: "count";
      name: string;
      rowTable: string;
      refField: string;
      limitTable: string;
      arg: string;
      usedBy: string[];
    }
  | { kind: "get"; name: string; table: string; arg: string; usedBy: string[] };

const MAX_DEPTH = 3;

/** One internalMutation; throws Unfillable when a required field has no value init can write. */
export function renderSetup(spec: SetupSpec, tables: Map<string, TableInfo>): string {
  const seeder = new Seeder(tables, [spec.key, ...spec.lookups.map((l) => l.field), spec.limit?.field ?? ""]);
  const argNames = [...(spec.limit ? [spec.limit.field] : []), ...spec.extras.map((e) => e.countArg)];
  const argValidators = [
    ...(spec.limit ? [`${spec.limit.field}: ${numericValidator(spec.limit.validator)}`] : []),
    ...spec.extras.map((e) => `${e.countArg}: v.number()`),
  ];
  for (const l of spec.lookups) {
    seeder.lines.push(`const ${l.field} = ${freshValue(l.field, l.validator)};`);
  }
  const overrides: Record<string, string> = {};
  if (spec.limit) overrides[spec.limit.field] = spec.limit.field;
  for (const l of spec.lookups) overrides[l.field] = l.field;
  if (spec.claim?.free !== undefined) overrides[spec.claim.field] = spec.claim.free;
  const doc = seeder.document(spec.table, overrides, []);
  seeder.lines.push(...insert(`const ${spec.key} = `, spec.table, doc, ";", 4));
  // Per-client documents that point at the seeded table point at the seeded document.
  seeder.known(spec.table, spec.key);
  for (const extra of spec.extras) {
    const each = seeder.document(extra.table, {}, [], true);
    seeder.lines.push(
      `// One ${extra.table} document per client, so that no two clients act as the same one.`,
      `const ${extra.key}: Id<${JSON.stringify(extra.table)}>[] = [];`,
      `for (let i = 0; i < ${extra.countArg}; i++) {`,
      ...insert(`  ${extra.key}.push(`, extra.table, each, ");", 4),
      `}`,
    );
  }
  const returned = [spec.key, ...(spec.limit ? [spec.limit.field] : []), ...spec.lookups.map((l) => l.field)];
  returned.push(...spec.extras.map((e) => e.key));
  const body = seeder.lines;
  if (body.some((l) => l.includes("${tag}"))) {
    body.unshift(
      "// A fresh suffix per round keeps rounds independent without clearing tables.",
      "const tag = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;",
    );
  }
  const what = [
    `one ${spec.table} document`,
    spec.limit ? `with ${spec.limit.field} from the argument` : "",
    spec.claim ? `not yet claimed (${spec.claim.field})` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return [
    ...docComment(`Setup of ${quoteList(spec.usedBy)}: ${what}.`),
    `export const ${spec.name} = internalMutation({`,
    `  args: { ${argValidators.join(", ")} },`.replace("{  }", "{}"),
    `  handler: async (ctx${argNames.length ? `, { ${argNames.join(", ")} }` : ""}) => {`,
    ...body.map((l) => `    ${l}`),
    `    return { ${returned.join(", ")} };`,
    `  },`,
    `});`,
  ].join("\n");
}

export function renderRead(spec: ReadSpec, tables: Map<string, TableInfo>): string {
  if (spec.kind === "get") {
    return [
      ...docComment(`Read back by the draft ${quoteList(spec.usedBy)}: one ${spec.table} document.`),
      `export const ${spec.name} = internalQuery({`,
      `  args: { ${spec.arg}: v.id(${JSON.stringify(spec.table)}) },`,
      `  handler: (ctx, { ${spec.arg} }) => ctx.db.get(${spec.arg}),`,
      `});`,
    ].join("\n");
  }
  const index = tables.get(spec.rowTable)?.indexes.find((i) => i.fields[0] === spec.refField);
  const narrow = index
    ? `.withIndex(${JSON.stringify(index.name)}, (q) => q.eq(${JSON.stringify(spec.refField)}, ${spec.arg}))`
    : `.filter((q) => q.eq(q.field(${JSON.stringify(spec.refField)}), ${spec.arg}))`;
  return [
    ...docComment(
      `Read by the invariant of ${quoteList(spec.usedBy)}: how many ${spec.rowTable} rows point at one ${spec.limitTable} document.`,
    ),
    `export const ${spec.name} = internalQuery({`,
    `  args: { ${spec.arg}: v.id(${JSON.stringify(spec.limitTable)}) },`,
    `  handler: async (ctx, { ${spec.arg} }) => {`,
    `    const rows = await ctx.db`,
    `      .query(${JSON.stringify(spec.rowTable)})`,
    `      ${narrow}`,
    `      .collect();`,
    `    return rows.length;`,
    `  },`,
    `});`,
  ].join("\n");
}

export function renderTestingModule(setups: string[], reads: string[]): string {
  const code = [...setups, ...reads].join("\n\n");
  const server = ["internalMutation", "internalQuery"].filter((b) => code.includes(`${b}(`));
  const imports = [
    ...(/\bv\./.test(code) ? [`import { v } from "convex/values";`] : []),
    `import { ${server.join(", ")} } from "./_generated/server";`,
    ...(/\bId</.test(code) ? [`import type { Id } from "./_generated/dataModel";`] : []),
  ];
  return [
    "// Test-support functions for race-check, written by `race-check init`. Internal: only an admin key",
    "// can call them, so they can never be reached from a browser in production.",
    ...imports,
    "",
    code,
    "",
  ].join("\n");
}

/** An expression for a lookup value no earlier round used. */
function freshValue(field: string, v: ValidatorJson): string {
  if (v.type === "number") return "Math.floor(Math.random() * 2 ** 31)";
  if (v.type === "bigint") return "BigInt(Math.floor(Math.random() * 2 ** 31))";
  if (v.type === "string") return valueExpression(field, v, { idOf: () => "", suffix: () => "-${tag}" });
  throw new Unfillable(`${field}: cannot make a fresh ${v.type}`);
}

/**
 * `<head>await ctx.db.insert("table", {...})<tail>`, one field per line when the statement would be
 * wider than 120 characters at `indent` spaces.
 */
function insert(head: string, table: string, doc: string, tail: string, indent: number): string[] {
  const single = `${head}await ctx.db.insert(${JSON.stringify(table)}, ${doc})${tail}`;
  if (indent + single.length <= 120 || !doc.startsWith("{")) return [single];
  const lead = /^\s*/.exec(head)?.[0] ?? "";
  return [
    `${head}await ctx.db.insert(${JSON.stringify(table)}, {`,
    ...callArguments(doc, 0).map((field) => `${lead}  ${field},`),
    `${lead}})${tail}`,
  ];
}

function docComment(text: string): string[] {
  const single = `/** ${text} */`;
  return single.length <= 120 ? [single] : ["/**", ...wrap(text, " * ", 100), " */"];
}

function quoteList(names: string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 2 ? quoted.join(" and ") : `${quoted[0]} and ${quoted.length - 1} more`;
}

/** Writes the statements that insert a document and the documents its required ids point at. */
class Seeder {
  lines: string[] = [];
  private names: Set<string>;
  private ids = new Map<string, string>();

  constructor(
    private tables: Map<string, TableInfo>,
    reserved: string[],
  ) {
    this.names = new Set(["ctx", "tag", "i", ...reserved]);
  }

  /** The object literal of one document; `each`: inside a per-client loop, strings carry the loop index. */
  document(table: string, overrides: Record<string, string>, stack: string[], each = false): string {
    const info = this.tables.get(table);
    if (!info) throw new Unfillable(`table "${table}" is not in the schema`);
    const indexed = new Set(info.indexes.map((i) => i.fields[0]));
    return objectExpression(info.fields, {
      overrides,
      idOf: (t) => this.prerequisite(t, [...stack, table]),
      suffix: (f) => (indexed.has(f) ? (each ? "-${tag}-${i}" : "-${tag}") : each ? "-${i}" : undefined),
    });
  }

  known(table: string, name: string): void {
    this.ids.set(table, name);
  }

  private prerequisite(table: string, stack: string[]): string {
    const known = this.ids.get(table);
    if (known) return known;
    if (stack.includes(table) || stack.length > MAX_DEPTH) {
      throw new Unfillable(`${stack.join(" → ")} → ${table}: required ids form a cycle or a chain too deep to seed`);
    }
    const doc = this.document(table, {}, stack);
    const name = this.fresh(`${camel(singular(table))}Id`);
    this.lines.push(...insert(`const ${name} = `, table, doc, ";", 4));
    this.ids.set(table, name);
    return name;
  }

  private fresh(base: string): string {
    let name = base;
    for (let n = 2; this.names.has(name); n++) name = `${base}${n}`;
    this.names.add(name);
    return name;
  }
}
