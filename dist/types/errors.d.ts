/** Bad input from the user (flags, config, inputs): exit code 2, one clear line, nothing run. */
export declare class ConfigError extends Error {
    constructor(message: string);
}
export declare const EXIT: {
    readonly ok: 0;
    readonly race: 1;
    readonly usage: 2;
    readonly infrastructure: 3;
    readonly inconclusive: 4;
};
/** What went wrong, as text: an Error's message, anything else as it prints. */
export declare function errorMessage(e: unknown): string;
