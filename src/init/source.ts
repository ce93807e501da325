/**
 * Just enough of a TypeScript reader for `race-check init`: it finds the extent of exported
 * definitions and calls in a module's text. A user's project has no TypeScript compiler we can
 * count on (only convex and its esbuild, which gives no syntax tree), and the patterns init looks
 * for are call shapes, not types.
 */

/** The source with comments blanked (same length, newlines kept), so patterns never match commented-out code. */
export function maskComments(text: string): string {
  const out = text.split("");
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  while (i < text.length) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'" || c === "`") {
      i = skipString(text, i);
    } else {
      i++;
    }
  }
  return out.join("");
}

/** Index just past the string literal (or template literal) that starts at `start`. */
function skipString(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") i += 2;
    else if (c === quote) return i + 1;
    else if (quote === "`" && c === "$" && text[i + 1] === "{") i = matchClose(text, i + 1) + 1;
    else if (c === "\n" && quote !== "`") return i;
    else i++;
  }
  return i;
}

const CLOSE: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** Index of the bracket closing the one at `open` (strings skipped); the text's end when unbalanced. */
export function matchClose(text: string, open: number): number {
  const stack: string[] = [CLOSE[text[open]]];
  let i = open + 1;
  while (i < text.length && stack.length > 0) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      i = skipString(text, i);
      continue;
    }
    if (c in CLOSE) stack.push(CLOSE[c]);
    else if (c === stack[stack.length - 1]) stack.pop();
    i++;
  }
  return i - 1;
}

/** The top-level arguments of the call whose `(` is at `open`, trimmed. */
export function callArguments(text: string, open: number): string[] {
  const close = matchClose(text, open);
  const args: string[] = [];
  let from = open + 1;
  let i = from;
  while (i < close) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      i = skipString(text, i);
      continue;
    }
    if (c in CLOSE) {
      i = matchClose(text, i) + 1;
      continue;
    }
    if (c === ",") {
      args.push(text.slice(from, i).trim());
      from = i + 1;
    }
    i++;
  }
  const last = text.slice(from, close).trim();
  if (last !== "") args.push(last);
  return args;
}

/** The keys an object literal sets (`{ a: 1, b, ...rest }` → a, b; spreads as `...rest`). */
export function objectKeys(literal: string): string[] {
  const text = literal.trim();
  if (!text.startsWith("{")) return [];
  const keys: string[] = [];
  for (const part of callArguments(text, 0)) {
    const spread = /^\.\.\.\s*([\w$.]+)/.exec(part);
    if (spread) keys.push(`...${spread[1]}`);
    const key = /^(?:["']?)([A-Za-z_$][\w$]*)(?:["']?)\s*(?::|$|\()/.exec(part);
    if (key && !spread) keys.push(key[1]);
  }
  return keys;
}

/** The value text of `key` in an object literal, if set there. */
export function objectValue(literal: string, key: string): string | undefined {
  const text = literal.trim();
  if (!text.startsWith("{")) return undefined;
  for (const part of callArguments(text, 0)) {
    const m = /^(?:["']?)([A-Za-z_$][\w$]*)(?:["']?)\s*:\s*([^]*)$/.exec(part);
    if (m && m[1] === key) return m[2].trim();
  }
  return undefined;
}

export interface Definition {
  name: string;
  /** 1-based line of the `export` (or `function`) keyword. */
  line: number;
  /** The definition's text, from its name to its end. */
  text: string;
}

/** `export const name = ...` definitions; a definition ends at the end of its outermost call. */
export function exportedConstants(code: string): Definition[] {
  const found: Definition[] = [];
  for (const m of code.matchAll(/\bexport\s+const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/g)) {
    const start = m.index + m[0].length;
    const open = code.slice(start).search(/[({;]/);
    const end = open === -1 || code[start + open] === ";" ? start + Math.max(open, 0) : matchClose(code, start + open);
    found.push({ name: m[1], line: lineOf(code, m.index), text: code.slice(m.index, end + 1) });
  }
  return found;
}

/** Top-level helpers: `function f(...) {...}` and `const f = (...) => ...` (exported or not). */
export function helperFunctions(code: string): Map<string, string> {
  const helpers = new Map<string, string>();
  for (const m of code.matchAll(/(?:^|\n)(?:export\s+)?(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*[(<]/g)) {
    const brace = code.indexOf("{", code.indexOf(")", m.index + m[0].length));
    if (brace !== -1) helpers.set(m[1], code.slice(m.index, matchClose(code, brace) + 1));
  }
  for (const m of code.matchAll(/(?:^|\n)(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?\(/g)) {
    const paren = m.index + m[0].length - 1;
    const arrow = code.slice(matchClose(code, paren) + 1).match(/^\s*(?::[^=]*)?=>\s*/);
    if (!arrow) continue;
    const bodyStart = matchClose(code, paren) + 1 + arrow[0].length;
    const end = code[bodyStart] === "{" ? matchClose(code, bodyStart) : code.indexOf("\n", bodyStart);
    helpers.set(m[1], code.slice(m.index, end === -1 ? code.length : end + 1));
  }
  return helpers;
}

/** A definition's text followed by the text of every same-module helper it calls, transitively. */
export function withHelpers(text: string, helpers: Map<string, string>, self?: string): string {
  const seen = new Set<string>(self ? [self] : []);
  const parts = [text];
  for (let i = 0; i < parts.length; i++) {
    for (const m of parts[i].matchAll(/\b([A-Za-z_$][\w$]*)\s*\(/g)) {
      const body = helpers.get(m[1]);
      if (body && !seen.has(m[1])) {
        seen.add(m[1]);
        parts.push(body);
      }
    }
  }
  return parts.join("\n");
}

export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
