/** An argument as a POSIX shell reads it back unchanged: bare when that is safe, else double-quoted. */
export declare function shellQuote(arg: string): string;
