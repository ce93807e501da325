/** GitHub rejects a comment or issue body over 65,536 characters (HTTP 422). */
export const COMMENT_LIMIT = 65_536;
/** A step's job summary may hold at most 1 MiB. */
export const SUMMARY_LIMIT = 1024 * 1024;

export const TRUNCATION_NOTE =
  "> [!WARNING]\n> This report was truncated to fit GitHub's size limit. The full report is in the job summary and in the JSON report artifact.";

/**
 * Cuts a Markdown body at a line boundary so that it, with a visible note, stays under `limit`.
 * Measured in UTF-8 bytes, which is never less than GitHub's character count, so the result fits
 * whatever GitHub counts. Code fences and <details> left open by the cut are closed so the rest of
 * the page still renders.
 */
export function fitBody(body: string, limit: number): string {
  if (Buffer.byteLength(body) < limit) return body;
  const budget = limit - Buffer.byteLength(TRUNCATION_NOTE) - 64;
  const kept: string[] = [];
  let size = 0;
  let inFence = false;
  let openDetails = 0;
  for (const line of body.split("\n")) {
    const bytes = Buffer.byteLength(line) + 1;
    if (size + bytes > budget) break;
    kept.push(line);
    size += bytes;
    if (/^\s*```/.test(line)) inFence = !inFence;
    openDetails += (line.match(/<details>/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
  }
  if (inFence) kept.push("```");
  for (; openDetails > 0; openDetails--) kept.push("", "</details>");
  return `${kept.join("\n")}\n\n${TRUNCATION_NOTE}`;
}
