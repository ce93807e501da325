/** fetch() with the two limits a download needs, and its failures told in words a user can act on. */
export interface FetchLimits {
    /** Until the response headers arrive: this bounds how long an offline machine waits. */
    connectMs: number;
    /** Longest pause between two chunks of the body; a slow but moving download is not cut off. */
    stallMs: number;
}
export declare class FetchFailure extends Error {
}
/** GETs `url` and returns the whole body; throws FetchFailure with a short reason. */
export declare function fetchBytes(url: string, limits: FetchLimits, signal?: AbortSignal): Promise<Uint8Array>;
/** GETs `url` as JSON within `timeoutMs`; throws FetchFailure with a short reason. */
export declare function fetchJson(url: string, timeoutMs: number, signal?: AbortSignal): Promise<unknown>;
