/** Keeps the last lines a process wrote, for error reports; bounded so a chatty process costs nothing. */
export class LogTail {
  private lines: string[] = [];
  private partial = "";
  constructor(private readonly max = 200) {}

  push(chunk: Buffer | string): void {
    const text = this.partial + chunk.toString();
    const parts = text.split("\n");
    this.partial = parts.pop() ?? "";
    this.lines.push(...parts);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
  }

  tail(n = 50): string {
    const all = this.partial ? [...this.lines, this.partial] : this.lines;
    return all.slice(-n).join("\n");
  }
}
