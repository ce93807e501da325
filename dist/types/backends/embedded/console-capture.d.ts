/**
 * The functions' console output, kept instead of printed: an app that logs on every call would
 * bury the terminal (60,000 lines in one explore), and errors of scheduled functions, which no
 * caller sees, must reach the report. Lines are taken in batches; past a cap only counted.
 */
import type { LogBatch } from "../types.js";
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
