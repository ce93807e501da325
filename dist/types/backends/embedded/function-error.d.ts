export interface ErrorReply {
    errorMessage: string;
    errorData?: unknown;
}
export declare function errorReply(e: unknown): ErrorReply;
/** The error a client sees for that reply. */
export declare function clientError(e: unknown): Error;
