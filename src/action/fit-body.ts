/** GitHub rejects a comment or issue body over 65,536 characters (HTTP 422). */
export const COMMENT_LIMIT = 65_536;
/** A step's job summary may hold at most 1 MiB. */
export const SUMMARY_LIMIT = 1024 * 1024;

export const TRUNCATION_NOTE =
  "> [!WARNING]\n> This report was truncated to fit GitHub's size limit. The full report is in the job summary and in the JSON report artifact.";

/** Room kept for the closing fence and tags, the blank lines around the note, and a cut line's "…". */
const CLOSING_ROOM = 256;

/**
 * Cuts a Markdown body so that it, with a visible note, stays under `limit`. The body is the
 * final text (user text already escaped, so every tag in it is ours). Measured in UTF-8 bytes,
 * never less than GitHub's character count, so the result fits whatever GitHub counts. Whole
 * lines are kept while they fit; the line that does not is cut on a character boundary (never
 * inside an emoji's surrogate pair; a line with a tag is kept whole or not at all). A code fence
 * or <details> left open by the cut is closed, and only those.
 */
export function fitBody(body: string, limit: number): string {
  if (Buffer.byteLength(body) < limit) return body;
  const budget = limit - Buffer.byteLength(TRUNCATION_NOTE) - CLOSING_ROOM;
  const kept: string[] = [];
  let size = 0;
  let fence: string | undefined;
  const open: string[] = [];
  for (const line of body.split("\n")) {
    const bytes = Buffer.byteLength(line) + 1;
    if (size + bytes > budget) {
      const part = cutLine(line, budget - size - 1, fence !== undefined);
      if (part) kept.push(part);
      break;
    }
    kept.push(line);
    size += bytes;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (
      fence !== undefined &&
      marker &&
      marker[0] === fence[0] &&
      marker.length >= fence.length &&
      line.trim() === marker
    ) {
      fence = undefined;
    } else if (fence === undefined) {
      for (const tag of line.match(/<\/?details\b[^>]*>/g) ?? []) {
        if (tag.startsWith("</")) open.pop();
        else open.push("</details>");
      }
    }
  }
  const closing: string[] = [];
  if (fence !== undefined) closing.push(fence);
  for (const tag of open.reverse()) closing.push("", tag);
  return `${[...kept, ...closing].join("\n")}\n\n${TRUNCATION_NOTE}`;
}

/**
 * The start of `line` in at most `room` bytes, ending on a whole character and outside any tag,
 * with "…" to show it was cut; undefined when too little of it would be left to be worth keeping.
 */
function cutLine(line: string, room: number, inFence: boolean): string | undefined {
  const ellipsis = "…";
  let bytes = Buffer.byteLength(ellipsis);
  let end = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > room) break;
    bytes += size;
    end += ch.length;
  }
  let part = line.slice(0, end);
  if (!inFence) {
    // Our own lines with tags are short and whole or nothing: a cut one would leave a tag open.
    if (part.includes("<")) return undefined;
    // An entity cut in half ("&am") would show as text: end before it.
    part = part.replace(/&[#\w]*$/, "");
  }
  return part.length >= 16 ? `${part}${ellipsis}` : undefined;
}
