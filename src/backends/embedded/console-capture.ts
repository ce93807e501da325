/**
 * The functions' console output, kept instead of printed: an app that logs on every call would
 * bury the terminal (60,000 lines in one explore), and errors of scheduled functions, which no
 * caller sees, must reach the report. Lines are taken in batches; past a cap only counted.
 */
import type { LogBatch } from "../types.js";

const LEVELS = ["log", "info", "warn", "error", "debug"] as const;
type Level = (typeof LEVELS)[number];

/** Lines held between two takes; the rest are counted, not kept. */
const KEEP = 5_000;

export class ConsoleCapture {
  private lines: string[] = [];
  private dropped = 0;
  private readonly saved = new Map<Level, (...args: unknown[]) => void>();

  /**
   * Replaces console.log/info/warn/error/debug until `restore`. `tee`: still write them where they
   * went (the embedded backend's output is only its log tail, which shows what preceded a crash).
   */
  install(opts: { tee?: boolean } = {}): this {
    for (const level of LEVELS) {
      const original = console[level];
      this.saved.set(level, original);
      console[level] = (...args: unknown[]) => {
        this.push(level, args);
        if (opts.tee) original.apply(console, args);
      };
    }
    return this;
  }

  restore(): void {
    for (const [level, fn] of this.saved) console[level] = fn;
    this.saved.clear();
  }

  take(): LogBatch {
    const batch = {
      lines: this.lines,
      dropped: this.dropped,
      scheduledErrors: this.lines.filter((line) => SCHEDULED_ERROR.test(line)).length,
    };
    this.lines = [];
    this.dropped = 0;
    return batch;
  }

  private push(level: Level, args: unknown[]): void {
    if (this.lines.length >= KEEP) {
      this.dropped++;
      return;
    }
    const text = args.map(format).join(" ");
    this.lines.push(`[${level.toUpperCase()}] ${text}`);
  }
}

function format(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

/** convex-test's line for a scheduled function that threw (index.js: runScheduledFunction). */
const SCHEDULED_ERROR = /^\[ERROR\] Error when running scheduled function /;
