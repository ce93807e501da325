/**
 * Escaping of user text (scenario names, function error messages, returned values, invariant
 * messages) for every place it lands: Markdown tables and headings, HTML (<details>), Mermaid
 * charts, code blocks and the GitHub Actions log, where a line starting with "::" is a command.
 */
/** At most `max` characters, never cutting a surrogate pair (an emoji) in half; "…" marks a cut. */
export declare function truncate(text: string, max: number): string;
/** Newlines, tabs and other control characters become spaces: the text stays on its line. */
export declare function oneLine(text: string): string;
/** Text as HTML character data: no tag (a <details>, a closing </details>) can come from it. */
export declare function escapeHtml(text: string): string;
/**
 * User text inside a Markdown line (a heading, bold text, a paragraph): one line, no HTML, and the
 * characters that would start emphasis, code, links, images or a heading escaped.
 */
export declare function mdInline(text: string, max?: number): string;
/** User text in a Markdown table cell: as inline, and a "|" cannot end the cell. */
export declare function mdCell(text: string, max?: number): string;
/**
 * A Mermaid quoted string (a title, an axis label): one line, and no quote, backtick or
 * angle bracket that could end the string or, with a code fence, the block around it.
 */
export declare function mermaidText(text: string, max?: number): string;
/**
 * A fenced code block whose fence is longer than any run of backticks inside it, so no line of
 * the content (a function's error text with "```") can close it early (CommonMark's rule).
 */
export declare function codeBlock(lang: string, lines: string[]): string[];
/**
 * Text for the Actions log (core.info, stdout on a runner): a line that starts with "::" (after
 * spaces) is a workflow command, and "##[" anywhere is the old form of one. A zero-width space
 * after the first colon (or the "##") keeps the text as it reads and makes it inert.
 */
export declare function neutraliseCommands(text: string): string;
export { flag, shellQuote } from "../shell.js";
