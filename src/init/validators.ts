/**
 * Convex validators as the schema and functions export them (`validator.json`), and the TypeScript
 * expressions init writes for values that satisfy them.
 */

export type ValidatorJson =
  | { type: "string" | "number" | "bigint" | "boolean" | "null" | "any" | "bytes" }
  | { type: "id"; tableName: string }
  | { type: "literal"; value: unknown }
  | { type: "array"; value: ValidatorJson }
  | { type: "record"; keys: ValidatorJson; values: FieldSpec }
  | { type: "object"; value: ObjectFields }
  | { type: "union"; value: ValidatorJson[] }
  | { type: string; value?: unknown; tableName?: string };

export interface FieldSpec {
  fieldType: ValidatorJson;
  optional: boolean;
}

export type ObjectFields = Record<string, FieldSpec>;

/** The table an `id` validator names, if it is one. */
export function idTable(v: ValidatorJson): string | undefined {
  return v.type === "id" ? (v as { tableName: string }).tableName : undefined;
}

export function isNumeric(v: ValidatorJson): boolean {
  return v.type === "number" || v.type === "bigint";
}

/** String literal members of a validator (a literal or a union of literals). */
export function stringLiterals(v: ValidatorJson): string[] {
  if (v.type === "literal") return typeof v.value === "string" ? [v.value] : [];
  if (v.type === "union") return (v.value as ValidatorJson[]).flatMap(stringLiterals);
  return [];
}

export function hasNullMember(v: ValidatorJson): boolean {
  return v.type === "null" || (v.type === "union" && (v.value as ValidatorJson[]).some(hasNullMember));
}

/** The validator text `v.number()` / `v.int64()` for a numeric field, for generated `args`. */
export function numericValidator(v: ValidatorJson): string {
  return v.type === "bigint" ? "v.int64()" : "v.number()";
}

/** A numeric literal in the field's own type: `5` or `5n`. */
export function numberLiteral(v: ValidatorJson, n: number): string {
  return v.type === "bigint" ? `${n}n` : String(n);
}

/** Thrown when a required value cannot be written from its validator alone. */
export class Unfillable extends Error {}

export interface ValueHints {
  /** A field of this name gets this expression instead of a derived one. */
  overrides?: Record<string, string>;
  /** An `id` field needs a document of that table: returns the variable holding its id. */
  idOf: (table: string) => string;
  /** Template text appended to a string field (`-${tag}`), e.g. for keys that must not repeat across rounds. */
  suffix?: (field: string) => string | undefined;
}

/**
 * A TypeScript expression for a value of validator `v`, named `field` (the name picks a sensible
 * string: an email looks like one). Only required parts are filled.
 */
export function valueExpression(field: string, v: ValidatorJson, hints: ValueHints): string {
  const override = hints.overrides?.[field];
  if (override !== undefined) return override;
  switch (v.type) {
    case "string": {
      const suffix = hints.suffix?.(field) ?? "";
      if (/e-?mail/i.test(field)) return suffix ? `\`race-check${suffix}@example.com\`` : `"race-check@example.com"`;
      if (/url|link|href/i.test(field)) return `"https://example.com/race-check"`;
      return suffix ? `\`race-check${suffix}\`` : `"race-check"`;
    }
    case "number":
      return "0";
    case "bigint":
      return "0n";
    case "boolean":
      return "false";
    case "null":
    case "any":
      return "null";
    case "bytes":
      return "new ArrayBuffer(0)";
    case "literal":
      return literalExpression(v.value);
    case "id":
      return hints.idOf((v as { tableName: string }).tableName);
    case "array":
      return "[]";
    case "record":
      return "{}";
    case "object":
      return objectExpression(v.value as ObjectFields, { ...hints, overrides: undefined });
    case "union": {
      const members = v.value as ValidatorJson[];
      // The simplest member: a literal or null needs nothing else to exist.
      const simplest =
        members.find((m) => m.type === "literal") ??
        members.find((m) => m.type === "null") ??
        members.find((m) => m.type !== "id") ??
        members[0];
      if (!simplest) throw new Unfillable(`${field}: an empty union`);
      return valueExpression(field, simplest, { ...hints, overrides: undefined });
    }
    default:
      throw new Unfillable(`${field}: no value known for a ${v.type} validator`);
  }
}

/** `{ a: ..., b: ... }` with every required field of `fields`; shorthand where the expression is the name. */
export function objectExpression(fields: ObjectFields, hints: ValueHints): string {
  const parts: string[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.optional && hints.overrides?.[name] === undefined) continue;
    const value = valueExpression(name, spec.fieldType, hints);
    parts.push(value === name ? name : `${propertyName(name)}: ${value}`);
  }
  return parts.length === 0 ? "{}" : `{ ${parts.join(", ")} }`;
}

export function literalExpression(value: unknown): string {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return JSON.stringify(value);
  }
  if (value !== null && typeof value === "object" && "$integer" in value) {
    const bytes = Buffer.from(String((value as { $integer: string }).$integer), "base64");
    return `${bytes.readBigInt64LE(0)}n`;
  }
  throw new Unfillable(`no literal for ${JSON.stringify(value)}`);
}

export function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
