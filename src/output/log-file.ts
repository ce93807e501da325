/**
 * The functions' full log, written beside the report: the report itself keeps a count and the
 * first lines per scenario, the terminal none. Held in memory up to a bound, then counted.
 */
import type { RunResult } from "../engine/result.js";
import { writeOutputFile } from "./report-file.js";

const MAX_LINES = 200_000;

export class LogCollector {
  private readonly byScenario = new Map<string, string[]>();
  private total = 0;
  private dropped = 0;

  readonly onLogs = (scenario: string, lines: string[]): void => {
    const room = Math.max(0, MAX_LINES - this.total);
    const kept = lines.slice(0, room);
    this.dropped += lines.length - kept.length;
    this.total += kept.length;
    const list = this.byScenario.get(scenario) ?? [];
    list.push(...kept);
    this.byScenario.set(scenario, list);
  };

  /** `report.json` → `report.log`; written (through the output boundary) only when there is a log. */
  static pathBeside(reportFile: string): string {
    return `${reportFile.replace(/\.(json|md|markdown)$/i, "")}.log`;
  }

  async writeBeside(reportFile: string, result: RunResult): Promise<string | undefined> {
    if (this.total === 0) return undefined;
    const file = LogCollector.pathBeside(reportFile);
    const parts: string[] = [];
    for (const [scenario, lines] of this.byScenario) parts.push(`## ${scenario}`, ...lines, "");
    if (this.dropped > 0) parts.push(`(${this.dropped} more lines not kept)`);
    await writeOutputFile(file, `${parts.join("\n")}\n`);
    for (const s of [...result.scenarios, ...(result.explore?.scenarios ?? [])]) {
      if (s.logs && this.byScenario.has(s.name)) s.logs.file = file;
    }
    return file;
  }
}
