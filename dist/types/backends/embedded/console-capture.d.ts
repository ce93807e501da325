export interface LogBatch {
    lines: string[];
    /** Lines logged but not kept (past the cap). */
    dropped: number;
}
export declare class ConsoleCapture {
    private lines;
    private dropped;
    private readonly saved;
    /**
     * Replaces console.log/info/warn/error/debug until `restore`. `tee`: still write them where they
     * went (the embedded backend's output is only its log tail, which shows what preceded a crash).
     */
    install(opts?: {
        tee?: boolean;
    }): this;
    restore(): void;
    take(): LogBatch;
    private push;
}
/** convex-test's line for a scheduled function that threw (index.js: runScheduledFunction). */
export declare const SCHEDULED_ERROR: RegExp;
