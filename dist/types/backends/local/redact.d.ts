/** Replaces every secret in `text`; used on everything that leaves the launcher as text. */
export declare function redact(text: string, secrets: readonly (string | undefined)[]): string;
