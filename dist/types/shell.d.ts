/** Command lines the report prints, so that a user can paste them into a shell and run them. */
/**
 * One shell word: bare when it is plainly safe, else double-quoted ("$", "`", "\" and quotes
 * escaped), or single-quoted when it holds a "!" that an interactive shell would expand.
 */
export declare function shellQuote(arg: string): string;
/**
 * A flag and its value as the CLI's parser reads them back: a value that starts with "-" (a
 * scenario named "-- coupon race") would be taken for a flag, so it is joined with "=".
 */
export declare function flag(name: string, value: string): string[];
