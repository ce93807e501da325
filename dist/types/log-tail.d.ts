/** Keeps the last lines a process wrote, for error reports; bounded so a chatty process costs nothing. */
export declare class LogTail {
    private readonly max;
    private lines;
    private partial;
    constructor(max?: number);
    push(chunk: Buffer | string): void;
    tail(n?: number): string;
}
