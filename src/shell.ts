/** An argument as a POSIX shell reads it back unchanged: bare when that is safe, else double-quoted. */
export function shellQuote(arg: string): string {
  return /^[\w./:=-]+$/.test(arg) ? arg : `"${arg.replace(/(["\\$`])/g, "\\$1")}"`;
}
