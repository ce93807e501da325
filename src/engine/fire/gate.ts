import http from "node:http";
import https from "node:https";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { ConfigError } from "../../errors.js";

/**
 * Last-byte synchronisation (Turbo Intruder's gate, over HTTP/1.1): every simulated user's first
 * request of a round is sent on its own warm keep-alive connection except for its final byte; when
 * every user has done so, the final bytes go out together, in one tight loop. The server sees all
 * requests complete within a fraction of a millisecond, whatever it cost to build and send them.
 */
export class FireGate {
  private waiting: Held[] = [];
  private remaining: number;
  private opened = false;
  private timer: NodeJS.Timeout;

  constructor(expected: number, maxWaitMs = 2000) {
    this.remaining = expected;
    // A user whose flow never sends (it threw first) must not hold the others back for long.
    this.timer = setTimeout(() => this.open(), maxWaitMs);
    this.timer.unref();
    if (expected === 0) this.open();
  }

  /** A user's request is ready but for its last byte: `held.send` sends it. */
  arrive(held: Held): void {
    if (this.opened) {
      held.send();
      held.settle();
      return;
    }
    this.waiting.push(held);
    this.remaining--;
    if (this.remaining <= 0) this.open();
  }

  /** A user finished (or failed) without sending through the gate. */
  leave(): void {
    if (this.opened) return;
    this.remaining--;
    if (this.remaining <= 0) this.open();
  }

  open(): void {
    if (this.opened) return;
    this.opened = true;
    clearTimeout(this.timer);
    // Only the raw writes in the tight loop; the bookkeeping that would space them out comes after.
    const waiting = this.waiting;
    this.waiting = [];
    for (let i = 0; i < waiting.length; i++) waiting[i].send();
    for (let i = 0; i < waiting.length; i++) waiting[i].settle();
  }
}

const WARM_FOR_MS = 1000;

/** A request held back by its last byte. */
export interface Held {
  /** Writes the last byte straight to the socket: nothing else, so the gate's loop stays tight. */
  send(): void;
  /** Tells the request it is complete (writes nothing more). */
  settle(): void;
}

/**
 * A fetch for one simulated user: its own keep-alive connection (one socket, warmed before the
 * round), and, while a gate is armed, its first request held back by its last byte.
 */
export class UserTransport {
  private agent = UserTransport.newAgent();
  /** For a deployment served over TLS (a cloud or preview deployment): its own warm connection. */
  private tlsAgent: https.Agent | undefined;
  private gate: FireGate | undefined;
  /** performance.now() when this user's gated request was released. */
  releasedAt?: number;

  /** The next request waits at `gate`; later requests of the same operation go straight out. */
  arm(gate: FireGate): void {
    this.gate = gate;
    this.releasedAt = undefined;
  }

  /** Tells the gate this user will not send after all (its operation ended first). */
  disarm(): void {
    if (this.gate) this.gate.leave();
    this.gate = undefined;
  }

  /** performance.now() when this user's last response ended: its socket was alive then. */
  private lastAnswer = -Infinity;

  /** Opens (or checks) this user's connection so the round's fire does not pay for a handshake. */
  async warm(url: string, timeoutMs = 30_000): Promise<void> {
    // A socket that answered within the last second is still open: servers keep idle keep-alive
    // connections for seconds. Skipping the check there saves a round trip per user and round.
    if (performance.now() - this.lastAnswer < WARM_FOR_MS && this.hasIdleSocket()) return;
    try {
      // A deployment that accepts the connection and never answers must not hold the trial.
      const res = await this.fetch(`${url}/version`, { method: "GET", signal: AbortSignal.timeout(timeoutMs) });
      await res.arrayBuffer();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EMFILE" || code === "ENFILE") {
        throw new Error(
          `out of file descriptors opening a connection per user (${code}; ulimit -n is ${openFileLimit() ?? "unknown"}): raise the limit or use fewer clients`,
          { cause: e },
        );
      }
      throw e;
    }
  }

  private hasIdleSocket(): boolean {
    return Object.values(this.agent.freeSockets).some((sockets) => sockets?.some((s) => !s.destroyed));
  }

  close(): void {
    this.agent.destroy();
    this.tlsAgent?.destroy();
  }

  /**
   * Drops this user's connection and starts a fresh one: after an operation timed out, its request
   * still occupies the user's only socket and would block every later request.
   */
  reset(): void {
    this.close();
    this.agent = UserTransport.newAgent();
    this.tlsAgent = undefined;
  }

  private static newAgent(): http.Agent {
    return new http.Agent({ keepAlive: true, maxSockets: 1, keepAliveMsecs: 30_000 });
  }

  /** This user's fetch: the next request waits at the armed gate, if any. */
  readonly fetch: typeof fetch = (input, init) => this.send(input, init, true);

  /** For a request of an operation that already ended (it timed out): never takes the gate. */
  readonly fetchUngated: typeof fetch = (input, init) => this.send(input, init, false);

  private send(input: Parameters<typeof fetch>[0], init: RequestInit | undefined, mayGate: boolean): Promise<Response> {
    const gate = mayGate ? this.gate : undefined;
    if (mayGate) this.gate = undefined;
    return new Promise<Response>((resolve, reject) => {
      const url = new URL(String(input));
      const body =
        init?.body === undefined || init.body === null ? undefined : Buffer.from(init.body as string | Uint8Array);
      const headers: Record<string, string> = {
        ...(init?.headers as Record<string, string> | undefined),
      };
      if (body) headers["content-length"] = String(body.length);
      const tls = url.protocol === "https:";
      if (tls) this.tlsAgent ??= new https.Agent({ keepAlive: true, maxSockets: 1, keepAliveMsecs: 30_000 });
      const req = (tls ? https : http).request(
        url,
        {
          method: init?.method ?? "GET",
          headers,
          agent: tls ? this.tlsAgent : this.agent,
          signal: init?.signal ?? undefined,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            this.lastAnswer = performance.now();
            const responseHeaders = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") responseHeaders.set(k, v);
            resolve(
              new Response(Buffer.concat(chunks), {
                status: res.statusCode ?? 500,
                headers: responseHeaders,
              }),
            );
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.setNoDelay(true);
      if (!gate || !body || body.length < 2) {
        if (gate) {
          gate.leave();
          this.releasedAt = performance.now();
        }
        req.end(body);
        return;
      }
      // Arrive only once everything but the last byte is on the wire. The last byte then goes to
      // the socket directly: through req.end it would cost several microseconds of http
      // bookkeeping per user inside the gate's loop. With a content-length body, req.end()
      // afterwards writes nothing (strictContentLength is off).
      const last = body.subarray(body.length - 1);
      req.write(body.subarray(0, body.length - 1), () => {
        const socket = req.socket;
        if (!socket || socket.destroyed) {
          gate.leave();
          this.releasedAt = performance.now();
          req.end(last);
          return;
        }
        gate.arrive({
          send: () => {
            socket.write(last);
            this.releasedAt = performance.now();
          },
          settle: () => req.end(),
        });
      });
    });
  }
}

/** File descriptors a run needs beside its users' sockets: stdio, pipes, the admin's connections. */
const FD_MARGIN = 64;

/** The soft limit on open files of this process (`ulimit -n`), when it can be found out. */
export function openFileLimit(): number | undefined {
  let text: string | undefined;
  try {
    text = /^Max open files\s+(\S+)/m.exec(readFileSync("/proc/self/limits", "utf8"))?.[1];
  } catch {
    // Not Linux: a child shell inherits our limits and reports them.
    const out = spawnSync("sh", ["-c", "ulimit -n"], { encoding: "utf8" });
    text = out.status === 0 ? out.stdout.trim() : undefined;
  }
  const n = Number(text);
  return text === undefined || text === "unlimited" || !Number.isFinite(n) ? undefined : n;
}

/**
 * Every user holds a socket open, and the embedded backend (which inherits our limit) one more per
 * user: more clients than the limit allows would fail mid-round with EMFILE, which looks like a
 * dead backend. Refuse up front, naming the limit and the fix.
 */
export function checkOpenFileLimit(clients: number, limit = openFileLimit()): void {
  if (limit === undefined || clients + FD_MARGIN <= limit) return;
  throw new ConfigError(
    `${clients} clients need about ${clients + FD_MARGIN} open files, but this process may open only ${limit} (ulimit -n): raise it (e.g. \`ulimit -n ${Math.max(4096, 2 ** Math.ceil(Math.log2(clients + FD_MARGIN)))}\`) or use fewer clients`,
  );
}
