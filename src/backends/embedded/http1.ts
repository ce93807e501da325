/**
 * A minimal HTTP/1.1 server for the embedded backend: just what ConvexHttpClient, fetch and
 * race-check send (requests with a content-length body or none, keep-alive, pipelining), with the
 * arrival of every request stamped the moment its last byte is read from the socket.
 *
 * Why not node:http: its parser reports a request's end through stream events, after more
 * JavaScript per request than a stamp needs. When fifty last bytes land together, that cost, paid
 * one socket after another, is the spread the server measures (50 raw-socket clients: 1.0–1.4 ms
 * p50 stamping node:http's 'end', 0.8–0.9 ms with this front's first version, on a loaded 2-core
 * VM). Here the stamp is the first thing the socket's read callback does.
 */
import net from "node:net";
import { STATUS_CODES } from "node:http";

export interface Http1Request {
  method: string;
  url: string;
  /** Lower-cased names; a repeated header keeps its last value. */
  headers: Record<string, string>;
  body: Buffer;
  /** performance.now() when the request's last byte was read. */
  arrivedAt: number;
}

export interface Http1Response {
  writeHead(status: number, headers: Record<string, string | number>): void;
  end(body?: string | Buffer): void;
}

export type Http1Handler = (req: Http1Request, res: Http1Response) => void;

/** Headers larger than node:http's default limit are refused like node:http refuses them. */
const MAX_HEAD = 16 * 1024;
/** Function arguments are capped far below this on the real backend. */
const MAX_BODY = 64 * 1024 * 1024;
const CRLFCRLF = Buffer.from("\r\n\r\n");
const IDLE_MS = 60_000;
const SWEEP_MS = 5_000;

export function createHttp1Server(handler: Http1Handler): net.Server {
  // Idle connections are swept every few seconds rather than each given a socket timeout: a
  // timeout is re-armed on every read, a cost paid between two stamps of a fire.
  const connections = new Set<Connection>();
  const sweep = setInterval(() => {
    const now = performance.now();
    for (const c of connections) if (c.idleSince() < now - IDLE_MS) c.socket.destroy();
  }, SWEEP_MS).unref();
  // Half-open so a client that shuts its side after sending still gets its answers. Paused on
  // connect so that the reading mode below is chosen before the first read.
  const server = net.createServer(
    { noDelay: true, keepAlive: true, allowHalfOpen: true, pauseOnConnect: true },
    (socket) => {
      const c = serveConnection(socket, handler);
      connections.add(c);
      socket.once("close", () => connections.delete(c));
    },
  );
  server.once("close", () => clearInterval(sweep));
  return server;
}

interface Connection {
  socket: net.Socket;
  /** When the connection last had nothing to do; Infinity while a request awaits its answer. */
  idleSince(): number;
}

/**
 * Reads a socket into one shared buffer and hands each read to `onChunk` directly, the way
 * `net.connect({ onread })` does, instead of through the stream's 'data' events. Measured on a
 * 2-core VM with 50 sockets whose last bytes were all queued: 6–9 µs per socket this way against
 * 13–14 µs through the stream machinery, and that per-socket cost, paid one socket after another,
 * is most of a fire's measured spread. Node offers `onread` only for client sockets, so this sets
 * the same two fields on an accepted one; where they are missing (another Node version), it falls
 * back to 'data' events, which behave the same, only slower.
 */
const [kBuffer, kBufferCb] = (() => {
  const symbols = Object.getOwnPropertySymbols(new net.Socket());
  return [symbols.find((x) => x.description === "kBuffer"), symbols.find((x) => x.description === "kBufferCb")];
})();
const shared = Buffer.allocUnsafe(64 * 1024);

/** `onChunk` gets a view of the shared buffer, valid only until it returns: it copies what it keeps. */
function readInto(socket: net.Socket, onChunk: (chunk: Buffer, at: number) => void): void {
  const target = socket as unknown as Record<symbol, unknown> & { _handle?: { useUserBuffer?: (b: Buffer) => void } };
  if (kBuffer && kBufferCb && typeof target._handle?.useUserBuffer === "function") {
    target[kBuffer] = shared;
    target[kBufferCb] = (n: number, buf: Buffer) => {
      const at = performance.now();
      onChunk(buf.subarray(0, n), at);
    };
    target._handle.useUserBuffer(shared);
  } else {
    socket.on("data", (chunk: Buffer) => onChunk(chunk, performance.now()));
  }
  socket.resume();
}

interface Head {
  method: string;
  url: string;
  headers: Record<string, string>;
  bodyStart: number;
  length: number;
  close: boolean;
}

function serveConnection(socket: net.Socket, handler: Http1Handler): Connection {
  let buffered: Buffer | undefined;
  let head: Head | undefined;
  // Responses leave in request order even when a later request finishes first (pipelining).
  const pending: { done: boolean; data?: Buffer; close: boolean }[] = [];
  let closing = false;

  let lastActive = performance.now();
  socket.on("error", () => socket.destroy());
  socket.on("end", () => {
    closing = true;
    if (pending.length === 0) socket.end();
  });
  readInto(socket, (chunk, arrivedAt) => {
    lastActive = arrivedAt;
    if (closing) return;
    buffered = buffered === undefined ? Buffer.from(chunk) : Buffer.concat([buffered, chunk]);
    for (;;) {
      if (head === undefined) {
        const end = buffered.indexOf(CRLFCRLF);
        if (end < 0) {
          if (buffered.length > MAX_HEAD) refuse(431, "Request Header Fields Too Large");
          return;
        }
        const parsed = parseHead(buffered.subarray(0, end).toString("latin1"), end + 4);
        if (typeof parsed === "string") return refuse(400, parsed);
        if (parsed.headers["transfer-encoding"] !== undefined) {
          return refuse(411, "Chunked request bodies are not supported: send a content-length");
        }
        if (parsed.length > MAX_BODY) return refuse(413, "Request body too large");
        head = parsed;
        if (head.headers.expect?.toLowerCase() === "100-continue") socket.write("HTTP/1.1 100 Continue\r\n\r\n");
      }
      const total = head.bodyStart + head.length;
      if (buffered.length < total) return;
      const h = head;
      const body = buffered.subarray(h.bodyStart, total);
      buffered = buffered.length === total ? undefined : buffered.subarray(total);
      head = undefined;
      const slot: (typeof pending)[number] = { done: false, close: h.close };
      pending.push(slot);
      if (h.close) closing = true;
      handler(
        { method: h.method, url: h.url, headers: h.headers, body, arrivedAt },
        response(h.method === "HEAD", h.close, (data) => {
          slot.data = data;
          slot.done = true;
          flush();
        }),
      );
      if (buffered === undefined || closing) return;
    }
  });

  function flush(): void {
    lastActive = performance.now();
    while (pending.length > 0 && pending[0].done) {
      const slot = pending.shift()!;
      if (socket.destroyed) return;
      socket.write(slot.data!);
      if (slot.close) {
        socket.end();
        return;
      }
    }
    if (closing && pending.length === 0 && !socket.writableEnded) socket.end();
  }

  function refuse(status: number, message: string): void {
    closing = true;
    const slot = { done: false, close: true } as (typeof pending)[number];
    pending.push(slot);
    const res = response(false, true, (data) => {
      slot.data = data;
      slot.done = true;
      flush();
    });
    const body = JSON.stringify({ code: STATUS_CODES[status]?.replace(/\W/g, "") ?? "BadRequest", message });
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  }

  // A connection waiting for a slow function's answer is not idle, however long that takes.
  return { socket, idleSince: () => (pending.length > 0 ? Infinity : lastActive) };
}

function parseHead(text: string, bodyStart: number): Head | string {
  const lines = text.split("\r\n");
  const requestLine = /^([A-Z]+) (\S+) HTTP\/1\.([01])$/.exec(lines[0]);
  if (!requestLine) return "Malformed request line";
  const headers: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const colon = lines[i].indexOf(":");
    if (colon <= 0) return "Malformed header line";
    headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
  }
  const lengthHeader = headers["content-length"];
  if (lengthHeader !== undefined && !/^\d+$/.test(lengthHeader)) return "Invalid content-length";
  const connection = headers.connection?.toLowerCase() ?? "";
  const http10 = requestLine[3] === "0";
  return {
    method: requestLine[1],
    url: requestLine[2],
    headers,
    bodyStart,
    length: lengthHeader === undefined ? 0 : Number(lengthHeader),
    close: connection.includes("close") || (http10 && !connection.includes("keep-alive")),
  };
}

function response(head: boolean, close: boolean, done: (data: Buffer) => void): Http1Response {
  let status = 200;
  let headers: Record<string, string | number> = {};
  let ended = false;
  return {
    writeHead(s, h) {
      status = s;
      headers = h;
    },
    end(body) {
      if (ended) return;
      ended = true;
      const payload = body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(body);
      let text = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Unknown"}\r\n`;
      let hasLength = false;
      for (const [k, v] of Object.entries(headers)) {
        if (k.toLowerCase() === "content-length") hasLength = true;
        text += `${k}: ${v}\r\n`;
      }
      if (!hasLength) text += `content-length: ${payload.length}\r\n`;
      text += close ? "connection: close\r\n" : `connection: keep-alive\r\nkeep-alive: timeout=${IDLE_MS / 1000}\r\n`;
      text += `date: ${new Date().toUTCString()}\r\n\r\n`;
      done(head ? Buffer.from(text, "latin1") : Buffer.concat([Buffer.from(text, "latin1"), payload]));
    },
  };
}
