/** Names for generated code, derived from table and function names. */

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_\-.]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** "ledgerItems" → "ledgerItem", "categories" → "category", "classes" → "class". */
export function singular(name: string): string {
  if (/ies$/.test(name)) return name.slice(0, -3) + "y";
  if (/(ss|x|ch|sh)es$/.test(name)) return name.slice(0, -2);
  if (/[^s]s$/.test(name)) return name.slice(0, -1);
  return name;
}

export function camel(name: string): string {
  const [first = "doc", ...rest] = words(name);
  const joined = first + rest.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return /^[A-Za-z_$]/.test(joined) ? joined : `t${joined}`;
}

export function pascal(name: string): string {
  const c = camel(name);
  return c[0].toUpperCase() + c.slice(1);
}

/** "ledgerItems" → "Ledger items". */
export function human(name: string): string {
  const text = words(name).join(" ");
  return text[0].toUpperCase() + text.slice(1);
}

/** A generated `api` / `internal` reference: `api.ledgerItems.addToLedger`, `api["my-mod"].f`. */
export function reference(root: "api" | "internal", path: string): string {
  const [module, fn] = path.split(":");
  return [root, ...module.split("/"), fn]
    .map((part, i) => (i === 0 ? part : /^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`))
    .join("");
}

/** Text wrapped into lines of at most `width` characters, each starting with `prefix`. */
export function wrap(text: string, prefix: string, width = 110): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(prefix + line);
  return lines;
}
