/** fetch() with the two limits a download needs, and its failures told in words a user can act on. */

export interface FetchLimits {
  /** Until the response headers arrive: this bounds how long an offline machine waits. */
  connectMs: number;
  /** Longest pause between two chunks of the body; a slow but moving download is not cut off. */
  stallMs: number;
}

export class FetchFailure extends Error {}

/** GETs `url` and returns the whole body; throws FetchFailure with a short reason. */
export async function fetchBytes(url: string, limits: FetchLimits, signal?: AbortSignal): Promise<Uint8Array> {
  const controller = new AbortController();
  let why = "aborted";
  const abort = (reason: string) => {
    why = reason;
    controller.abort();
  };
  const onOuterAbort = () => abort("aborted");
  signal?.addEventListener("abort", onOuterAbort, { once: true });
  if (signal?.aborted) abort("aborted");
  let timer = setTimeout(() => abort(`no answer within ${limits.connectMs / 1000} s`), limits.connectMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: controller.signal });
    } catch (e) {
      throw new FetchFailure(controller.signal.aborted ? why : describeFetchError(e));
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchFailure(`HTTP ${res.status}${res.status === 404 ? " (no such release or asset)" : ""}`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stalled = () => abort(`download stalled for ${limits.stallMs / 1000} s`);
    clearTimeout(timer);
    timer = setTimeout(stalled, limits.stallMs);
    try {
      for await (const chunk of res.body) {
        clearTimeout(timer);
        timer = setTimeout(stalled, limits.stallMs);
        chunks.push(chunk);
        size += chunk.byteLength;
      }
    } catch (e) {
      throw new FetchFailure(controller.signal.aborted ? why : describeFetchError(e));
    }
    return concat(chunks, size);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onOuterAbort);
  }
}

/** GETs `url` as JSON within `timeoutMs`; throws FetchFailure with a short reason. */
export async function fetchJson(url: string, timeoutMs: number, signal?: AbortSignal): Promise<unknown> {
  const text = new TextDecoder().decode(await fetchBytes(url, { connectMs: timeoutMs, stallMs: timeoutMs }, signal));
  try {
    return JSON.parse(text);
  } catch {
    throw new FetchFailure("answer is not JSON");
  }
}

const CODES: Record<string, string> = {
  ENOTFOUND: "host not found, no network or DNS? (ENOTFOUND)",
  EAI_AGAIN: "DNS lookup failed, no network? (EAI_AGAIN)",
  ECONNREFUSED: "connection refused (ECONNREFUSED)",
  ECONNRESET: "connection reset (ECONNRESET)",
  ENETUNREACH: "network unreachable (ENETUNREACH)",
  ETIMEDOUT: "connection timed out (ETIMEDOUT)",
};

/** fetch() hides the reason (DNS, refused, reset) in `cause`; that reason is what the user needs. */
function describeFetchError(e: unknown): string {
  const err = e as { message?: string; cause?: { code?: string; message?: string } };
  const code = err?.cause?.code;
  if (code) return CODES[code] ?? code;
  return err?.cause?.message ?? err?.message ?? String(e);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
