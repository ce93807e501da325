export declare const REDACTED = "***";
/**
 * Registers a secret for redaction; undefined, empty and very short values are ignored. Each line
 * of a value with several goes too: an error that quotes a header or a command line cut at the
 * newline (`Headers.append: "token ghs_first…`) shows one line of it, never the whole.
 */
export declare function registerSecret(value: string | undefined): void;
/** The lines of a value that has several, each trimmed. */
export declare function secretLines(value: string): string[];
/** `text` with every registered secret, in every form, replaced by "***". */
export declare function redact(text: string): string;
/**
 * A result (run, explore, report envelope) with every string in it redacted, keys included. Used
 * before rendering: Markdown escaping ("|" → "\\|") and cutting long cells would otherwise turn a
 * secret into text that no longer matches it.
 */
export declare function redactDeep<T>(value: T): T;
/** For tests: forget every secret. */
export declare function clearSecrets(): void;
/**
 * A key or token goes into an HTTP header: a newline or another control character in it would
 * fail deep inside fetch with an error that prints the value. Refused up front, without echoing it.
 * Surrounding whitespace (a trailing newline from a secrets file) is trimmed.
 */
export declare function checkSecretValue(value: string | undefined, what: string): string | undefined;
