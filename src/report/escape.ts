/**
 * Escaping of user text (scenario names, function error messages, returned values, invariant
 * messages) for every place it lands: Markdown tables and headings, HTML (<details>), Mermaid
 * charts, code blocks and the GitHub Actions log, where a line starting with "::" is a command.
 */

/** At most `max` characters, never cutting a surrogate pair (an emoji) in half; "…" marks a cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Newlines, tabs and other control characters become spaces: the text stays on its line. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n|[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
}

/** Text as HTML character data: no tag (a <details>, a closing </details>) can come from it. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * User text inside a Markdown line (a heading, bold text, a paragraph): one line, no HTML, and the
 * characters that would start emphasis, code, links, images or a heading escaped.
 */
export function mdInline(text: string, max = 300): string {
  return escapeHtml(truncate(oneLine(text), max)).replace(/[\\`*_[\]#|~]/g, "\\$&");
}

/** User text in a Markdown table cell: as inline, and a "|" cannot end the cell. */
export function mdCell(text: string, max = 300): string {
  return mdInline(text, max);
}

/**
 * A Mermaid quoted string (a title, an axis label): one line, and no quote, backtick or
 * angle bracket that could end the string or, with a code fence, the block around it.
 */
export function mermaidText(text: string, max = 120): string {
  return truncate(oneLine(text), max).replace(/["`]/g, "'").replace(/[<>]/g, " ");
}

/**
 * A fenced code block whose fence is longer than any run of backticks inside it, so no line of
 * the content (a function's error text with "```") can close it early (CommonMark's rule).
 */
export function codeBlock(lang: string, lines: string[]): string[] {
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}${lang}`, ...lines, fence];
}

/**
 * Text for the Actions log (core.info, stdout on a runner): a line that starts with "::" (after
 * spaces) is a workflow command, and "##[" anywhere is the old form of one. A zero-width space
 * after the first colon (or the "##") keeps the text as it reads and makes it inert.
 */
export function neutraliseCommands(text: string): string {
  return text.replace(/^([^\S\r\n]*):(?=:)/gm, "$1:\u200b").replace(/##\[/g, "##\u200b[");
}

export { flag, shellQuote } from "../shell.js";
