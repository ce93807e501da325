/**
 * The patterns `race-check init` looks for, over a read project:
 * - a public action that reads (ctx.runQuery / ctx.runAction) and then writes (ctx.runMutation):
 *   check and act in two transactions, the classic race;
 * - a public mutation that checks a capacity-like field, or a one-shot claim field, in its own
 *   transaction: safe on Convex, and worth a scenario that keeps it so;
 * - a client flow: a public query named like `spotsLeft` / `isAvailable` whose answer a client
 *   acts on with a public mutation writing the same data;
 * - HTTP routes (webhooks can be delivered twice).
 */
import type { FunctionInfo, Project, TableInfo } from "./project.js";
import { callArguments, matchClose, objectKeys, objectValue } from "./source.js";
import { hasNullMember, idTable, isNumeric, stringLiterals, type ObjectFields } from "./validators.js";

export interface Write {
  table: string;
  op: "insert" | "patch";
  /** Fields the written object sets. */
  fields: string[];
  /** The object literal's text ("" when it is not a literal). */
  object: string;
}

export type Check =
  /** Rows of `rowTable` referencing one `limitTable` document must not exceed its `limitField`. */
  | { kind: "count"; limitTable: string; limitField: string; rowTable: string; refField: string }
  /** Calls that change a `limitTable` document may succeed at most `limitField` times. */
  | { kind: "consume"; limitTable: string; limitField: string }
  /** One document's `field` is set once: one claim may succeed. `free` is its unclaimed value (undefined: absent). */
  | { kind: "claim"; table: string; field: string; free: string | undefined };

export interface Candidate {
  pattern: "action" | "mutation" | "flow";
  /** What the simulated clients call (for a flow, its mutation). */
  act: FunctionInfo;
  /** A flow's query. */
  query?: FunctionInfo;
  /** How a race would show; undefined: a check-then-act with nothing init knows how to check. */
  check?: Check;
  writes: Write[];
}

const CAPACITY =
  /^(capacity|limit|stock|quantity|remaining|available|inventory|seats|spots|slots|places|tickets)$|^max(?=[A-Z_])|(Capacity|Limit|Stock|Quantity|Remaining|Available|Inventory|Left|Seats|Spots|Slots|Places)$/;
const CLAIM =
  /^(status|state|claimed|claimedBy|claimedAt|claimant|claimer|owner|ownerId|redeemed|redeemedBy|redeemedAt|used|usedBy|usedAt|assignee|assigneeId|assignedTo|winner|winnerId|taken|takenBy|booked|bookedBy|reserved|reservedBy|sold|soldTo|available|isAvailable|locked|lockedBy|holder|holderId)$/;
const FLOW_QUERY =
  /(Left|Remaining|Available|Availability|Capacity|Count)$|^(spots|seats|slots|places|tickets|remaining|available|availability|capacity|count)|^(is|has|can)[A-Z]/;
const COUNT_READ = /\.collect\s*\(|\.take\s*\(|\.length\b|\bcount\b|\.paginate\s*\(/;

export interface Analysis {
  candidates: Candidate[];
}

export function analyze(project: Project): Analysis {
  const fns = [...project.functions.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const candidates: Candidate[] = [];
  for (const fn of fns) {
    if (fn.visibility !== "public") continue;
    if (fn.kind === "action") {
      const calls = backendCalls(fn.text);
      const firstRead = calls.findIndex((c) => c.kind !== "runMutation");
      const lastWrite = calls.map((c) => c.kind).lastIndexOf("runMutation");
      if (firstRead === -1 || lastWrite < firstRead) continue;
      const writes = actionWrites(fn, project, 0);
      const context = [fn.text, ...readTexts(fn, project, 0)].join("\n");
      candidates.push({
        pattern: "action",
        act: fn,
        writes,
        check: classify(project, fn.args, writes, context, "compare", fn.text),
      });
    } else if (fn.kind === "mutation") {
      const writes = inlineWrites(fn, project.tables);
      const check = classify(project, fn.args, writes, withoutWrites(fn.text), "compare", fn.text, true);
      if (check) candidates.push({ pattern: "mutation", act: fn, writes, check });
    }
  }
  candidates.push(...flows(project, fns, candidates));
  return { candidates };
}

/** Client flows: a "how many are left" query, then a mutation that trusts its answer. */
function flows(project: Project, fns: FunctionInfo[], found: Candidate[]): Candidate[] {
  const guarded = new Set(found.filter((c) => c.pattern === "mutation").map((c) => c.act.path));
  const out: Candidate[] = [];
  for (const query of fns) {
    if (query.kind !== "query" || query.visibility !== "public" || !FLOW_QUERY.test(query.name) || !query.args)
      continue;
    const needed = Object.entries(query.args).filter(([, spec]) => !spec.optional);
    const mutations = fns
      .filter((m) => m.kind === "mutation" && m.visibility === "public" && m.args && !guarded.has(m.path))
      .filter((m) =>
        needed.every(([name, spec]) => JSON.stringify(m.args?.[name]?.fieldType) === JSON.stringify(spec.fieldType)),
      )
      // A mutation beside the query first: it is most likely the one a page calls next.
      .sort((a, b) => Number(b.module === query.module) - Number(a.module === query.module));
    const pairs = mutations.flatMap((mutation) => {
      const writes = inlineWrites(mutation, project.tables);
      const check = classify(project, mutation.args, writes, query.text, "mention", mutation.text);
      return check ? [{ pattern: "flow" as const, act: mutation, query, writes, check }] : [];
    });
    // Rows inserted against a limit are the plainest reading of "spots left, then take one".
    const rank = { count: 0, claim: 1, consume: 2 };
    const best = pairs.sort((a, b) => rank[a.check.kind] - rank[b.check.kind])[0];
    if (best) out.push(best);
  }
  return out;
}

/**
 * What a race between concurrent callers would break. `mentions`: "compare" wants the limit (or
 * claim field) in a comparison in the checking code; "mention" (a flow's query, whose caller does
 * the comparing) only wants it read.
 */
function classify(
  project: Project,
  args: ObjectFields | undefined,
  writes: Write[],
  checkText: string,
  mentions: "compare" | "mention",
  callerText: string,
  needsCountRead = false,
): Check | undefined {
  if (!args) return undefined;
  const seen = (name: string) => (mentions === "compare" ? compared(name, checkText) : mentioned(name, checkText));
  for (const w of writes.filter((w) => w.op === "insert")) {
    const rows = project.tables.get(w.table);
    if (!rows || (needsCountRead && !COUNT_READ.test(checkText))) continue;
    for (const [refField, spec] of Object.entries(rows.fields)) {
      const limitTable = idTable(spec.fieldType);
      const limits = limitTable ? capacityFields(project.tables.get(limitTable)) : [];
      const limitField = limits.find(seen);
      if (limitTable && limitField && targets(args, project.tables.get(limitTable))) {
        return { kind: "count", limitTable, limitField, rowTable: w.table, refField };
      }
    }
  }
  for (const w of writes.filter((w) => w.op === "patch")) {
    const table = project.tables.get(w.table);
    if (!table || !targets(args, table)) continue;
    const limitField = capacityFields(table).find((f) => seen(f) && consumes(w, f, callerText));
    if (limitField) return { kind: "consume", limitTable: w.table, limitField };
  }
  for (const w of writes.filter((w) => w.op === "patch")) {
    const table = project.tables.get(w.table);
    if (!table || !targets(args, table)) continue;
    for (const field of w.fields) {
      const spec = table.fields[field];
      if (!spec || !CLAIM.test(field) || !new RegExp(`\\.${field}\\b`).test(checkText)) continue;
      const free = freeValue(field, spec.fieldType, spec.optional, w, checkText);
      if (free !== null) return { kind: "claim", table: w.table, field, free };
    }
  }
  return undefined;
}

/**
 * The value of a claim field before anyone claimed: absent when optional, a literal the code
 * compares against (`status !== "available"`) and never writes, null, false or empty. null when
 * none fits (then it is no one-shot claim init can seed).
 */
function freeValue(
  field: string,
  v: TableInfo["fields"][string]["fieldType"],
  optional: boolean,
  write: Write,
  text: string,
): string | undefined | null {
  if (optional) return undefined;
  const written = /^["'`]([^"'`]*)["'`]$/.exec(objectValue(write.object, field) ?? "")?.[1];
  const literals = stringLiterals(v).filter((l) => l !== written);
  if (literals.length > 0) {
    const quoted = (l: string) => `["'\`]${l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'\`]`;
    const negated = literals.find((l) => new RegExp(`!==?\\s*${quoted(l)}|${quoted(l)}\\s*!==?`).test(text));
    return JSON.stringify(negated ?? literals[0]);
  }
  if (hasNullMember(v)) return "null";
  if (v.type === "boolean") return /available|free|open/i.test(field) ? "true" : "false";
  if (v.type === "string") return '""';
  if (v.type === "number") return "0";
  return null;
}

/**
 * Whether a write uses up what `field` limits: it lowers the field itself (`stock: p.stock - 1`,
 * possibly computed by the caller and passed in), or it leaves the limit alone and changes a
 * counter beside it (`enrolled: s.enrolled + 1` under `capacity`). Raising the limit (a restock) is no use of it.
 */
function consumes(write: Write, field: string, callerText: string): boolean {
  if (!write.fields.includes(field)) return write.fields.length > 0;
  const value = objectValue(write.object, field) ?? field;
  if (/-(?!=)/.test(value.replace(/=>/g, ""))) return true;
  if (!/^[\w$.]+$/.test(value)) return false;
  return new RegExp(`\\b${field}\\s*:[^,;}\\n]*-\\s*[\\w(]`).test(callerText);
}

function capacityFields(table: TableInfo | undefined): string[] {
  if (!table) return [];
  return Object.entries(table.fields)
    .filter(
      ([name, spec]) => CAPACITY.test(name) && isNumeric(spec.fieldType) && !spec.optional && isVariableName(name),
    )
    .map(([name]) => name);
}

/** Whether a caller's arguments pick one document of `table`: its id, or a field that finds it. */
export function targets(args: ObjectFields, table: TableInfo | undefined): boolean {
  if (!table) return false;
  return (
    Object.values(args).some((a) => idTable(a.fieldType) === table.name && !a.optional) ||
    lookupFields(args, table).length > 0
  );
}

/** Arguments named like a field that finds a document of `table` (an indexed key, a code). */
export function lookupFields(args: ObjectFields, table: TableInfo): string[] {
  return Object.entries(args)
    .filter(([name, a]) => {
      const field = table.fields[name];
      if (!field || field.optional || a.optional || CLAIM.test(name) || !isVariableName(name)) return false;
      if (JSON.stringify(field.fieldType) !== JSON.stringify(a.fieldType)) return false;
      if (!["string", "number", "bigint"].includes(field.fieldType.type)) return false;
      return table.indexes.some((i) => i.fields[0] === name) || /code|slug|key|token|handle|sku/i.test(name);
    })
    .map(([name]) => name);
}

const RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(
    " ",
  ),
);

/** Generated setup code declares these fields as variables (`const code = ...`, `{ capacity }`) beside its own. */
function isVariableName(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name) && !["ctx", "tag", "i"].includes(name);
}

function mentioned(name: string, text: string): boolean {
  return new RegExp(`\\b${name}\\b`).test(text);
}

/** `name` on either side of a comparison, or tested on its own (`if (!doc.claimedBy)`). */
function compared(name: string, text: string): boolean {
  const ref = `(?:[\\w$]+(?:\\?)?\\.)*${name}\\b`;
  return new RegExp(
    `(?:[<>]=?|[!=]==?)\\s*(?:\\(\\s*)?${ref}|\\b${name}\\s*\\)?\\s*(?:[<>]=?|[!=]==?)|if\\s*\\(\\s*!?\\s*${ref}\\s*\\)`,
  ).test(text);
}

/** The text with database write calls left out, so `{ stock: x - 1 }` is no check of `stock`. */
function withoutWrites(text: string): string {
  let out = text;
  for (const m of [...text.matchAll(/\.db\s*\.\s*(insert|patch|replace)\s*\(/g)].reverse()) {
    const open = m.index + m[0].length - 1;
    const close = matchClose(text, open) + 1;
    out = out.slice(0, open) + " ".repeat(close - open) + out.slice(close);
  }
  return out;
}

interface BackendCall {
  kind: "runQuery" | "runMutation" | "runAction";
  /** "module:function" when the reference is a generated `api.x.y` / `internal.x.y`. */
  target?: string;
}

function backendCalls(text: string): BackendCall[] {
  return [...text.matchAll(/\.(runQuery|runMutation|runAction)\s*\(\s*((?:api|internal)(?:\s*\.\s*[\w$]+)+)?/g)].map(
    (m) => ({ kind: m[1] as BackendCall["kind"], target: m[2] ? referencePath(m[2]) : undefined }),
  );
}

/** `internal.admin.users.create` → "admin/users:create". */
function referencePath(expr: string): string {
  const parts = expr.replace(/\s+/g, "").split(".").slice(1);
  const name = parts.pop();
  return `${parts.join("/")}:${name}`;
}

/** What an action writes through ctx.runMutation (and the actions it runs). */
function actionWrites(fn: FunctionInfo, project: Project, depth: number): Write[] {
  if (depth > 3) return [];
  const writes: Write[] = [];
  for (const call of backendCalls(fn.text)) {
    const target = call.target ? project.functions.get(call.target) : undefined;
    if (!target) continue;
    if (call.kind === "runMutation") writes.push(...inlineWrites(target, project.tables));
    if (call.kind === "runAction") writes.push(...actionWrites(target, project, depth + 1));
  }
  return writes;
}

/** The text of what an action reads through: its runQuery targets and the actions it runs. */
function readTexts(fn: FunctionInfo, project: Project, depth: number): string[] {
  if (depth > 3) return [];
  const texts: string[] = [];
  for (const call of backendCalls(fn.text)) {
    const target = call.target ? project.functions.get(call.target) : undefined;
    if (!target) continue;
    if (call.kind === "runQuery") texts.push(target.text);
    if (call.kind === "runAction") texts.push(target.text, ...readTexts(target, project, depth + 1));
  }
  return texts;
}

/** `ctx.db.insert / patch / replace` calls of a query or mutation, with the table each writes. */
export function inlineWrites(fn: FunctionInfo, tables: Map<string, TableInfo>): Write[] {
  const writes: Write[] = [];
  for (const m of fn.text.matchAll(/\.db\s*\.\s*(insert|patch|replace)\s*\(/g)) {
    const args = callArguments(fn.text, m.index + m[0].length - 1);
    const literalTable = /^["'`]([\w$]+)["'`]$/.exec(args[0] ?? "")?.[1];
    if (m[1] === "insert") {
      if (!literalTable || args.length < 2) continue;
      writes.push({ table: literalTable, op: "insert", fields: fieldsSet(args[1], fn.args), object: args[1] });
      continue;
    }
    // patch(id, value), or patch("table", id, value) in newer Convex.
    const [idExpr, object] = literalTable ? [args[1], args[2]] : [args[0], args[1]];
    const table = literalTable ?? tableOfId(idExpr ?? "", fn, tables);
    if (table && object !== undefined) {
      writes.push({ table, op: "patch", fields: fieldsSet(object, fn.args), object });
    }
  }
  return writes;
}

/** Fields an object expression sets: its keys, or the function's arguments for `args` / `{ ...args }`. */
function fieldsSet(object: string, args: ObjectFields | undefined): string[] {
  const keys = object.trim().startsWith("{") ? objectKeys(object) : [`...${object.trim()}`];
  return keys.flatMap((k) => (k.startsWith("...") ? Object.keys(args ?? {}) : [k]));
}

/** The table of the document an id expression names, from the function's argument validators and reads. */
function tableOfId(expr: string, fn: FunctionInfo, tables: Map<string, TableInfo>): string | undefined {
  const root = /^(?:args\s*\.\s*)?([A-Za-z_$][\w$]*)/.exec(expr.trim())?.[1];
  if (!root) return undefined;
  const arg = fn.args?.[root];
  if (arg && idTable(arg.fieldType)) return idTable(arg.fieldType);
  // `const coupon = await ctx.db.query("coupons")...` then `patch(coupon._id, ...)`
  const assigned = new RegExp(
    `\\b(?:const|let|var)\\s+${root}\\s*=\\s*(?:await\\s+)?[\\w$.]*db\\s*\\.\\s*query\\s*\\(\\s*["'\`]([\\w$]+)`,
  ).exec(fn.text);
  if (assigned && tables.has(assigned[1])) return assigned[1];
  const got = new RegExp(
    `\\b(?:const|let|var)\\s+${root}\\s*=\\s*(?:await\\s+)?[\\w$.]*db\\s*\\.\\s*get\\s*\\(\\s*(?:args\\s*\\.\\s*)?([\\w$]+)`,
  ).exec(fn.text);
  const gotArg = got ? fn.args?.[got[1]] : undefined;
  if (gotArg && idTable(gotArg.fieldType)) return idTable(gotArg.fieldType);
  // One table read in the whole function: that is the one.
  const read = new Set([...fn.text.matchAll(/db\s*\.\s*query\s*\(\s*["'`]([\w$]+)/g)].map((r) => r[1]));
  return read.size === 1 ? [...read][0] : undefined;
}
