/** A running Convex deployment the engine can fire at. Every backend kind hands back this shape. */
export interface RunningBackend {
  /** Deployment URL, e.g. http://127.0.0.1:PORT. */
  url: string;
  /** Admin key: sent as `Authorization: Convex <key>`; a secret, never printed. */
  adminKey: string;
  /** Which kind of backend this is, for the report. */
  kind: BackendKind;
  /**
   * Arrival stamps (ms, high resolution, server clock) of requests since the last call, when the
   * backend can report them; undefined when it cannot. `armNext`: the next that many function
   * requests are one fire (the backend may hold their work until all have arrived).
   */
  drainArrivals?: (armNext?: number) => Promise<number[] | undefined>;
  /** Spawn-to-ready time of a backend we started, in ms. */
  startupMs?: number;
  /** False once a backend process we started has exited. */
  isAlive?: () => boolean;
  /** The last lines the backend process wrote, for error reports. */
  logTail?: (lines?: number) => string;
  /** The backend process's full log, kept after the run (local backend). */
  logFile?: string;
  /** Stops the backend and releases everything it holds. Safe to call twice. */
  stop: () => Promise<void>;
}

export type BackendKind = "embedded" | "local" | "url";

export interface BackendOptions {
  /** The Convex project root (the directory holding `convex/`). */
  projectDir: string;
  /** Where the functions live, relative to projectDir (from convex.json `functions`, default "convex"). */
  functionsDir?: string;
  url?: string;
  adminKey?: string;
  allowRemote?: boolean;
  startupTimeoutMs?: number;
  /** Local backend: a release tag of convex-local-backend, or "latest"; default a pinned tag. */
  convexBackendVersion?: string;
  /** Local backend: path to an existing convex-local-backend; nothing is downloaded. */
  convexBackendBinary?: string;
  /** Aborts start-up (download, launch, deploy); whatever was started is stopped. */
  signal?: AbortSignal;
  /** Embedded backend: simulated round trip of an action's ctx.runQuery/runMutation/runAction. */
  callLatencyMs?: number;
}

/** A failure of the backend or infrastructure (exit code 3), as opposed to a config error. */
export class BackendError extends Error {
  constructor(
    message: string,
    readonly logTail?: string,
  ) {
    super(message);
    this.name = "BackendError";
  }
}
