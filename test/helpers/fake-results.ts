// A loopback stand-in for the runner's artifact service (Twirp JSON) and the blob storage it hands
// out signed URLs for, so that @actions/artifact's real upload, list and download paths run in a test.
import http from "node:http";
import type { AddressInfo } from "node:net";

const SERVICE = "/twirp/github.actions.results.api.v1.ArtifactService/";

export interface UploadedArtifact {
  name: string;
  /** The zip the client uploaded (all blocks, in arrival order). */
  bytes: Buffer;
  finalized: boolean;
}

export class FakeResults {
  readonly artifacts: UploadedArtifact[] = [];
  /** Names of the artifacts whose blob was downloaded, in order. */
  readonly downloads: string[] = [];
  private server?: http.Server;
  url = "";

  /** A runtime token as the runner issues it: a JWT whose `scp` names the run's backend IDs. */
  static runtimeToken(): string {
    const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return `${part({ alg: "none", typ: "JWT" })}.${part({ scp: "Actions.GenericRead Actions.Results:run-1:job-1" })}.sig`;
  }

  /** An artifact another job of the run uploaded: `zip` is what its blob holds. */
  addArtifact(name: string, zip: Uint8Array): void {
    this.artifacts.push({ name, bytes: Buffer.from(zip), finalized: true });
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks);
        const url = new URL(req.url ?? "/", this.url);
        const json = (status: number, payload: unknown) => {
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(payload));
        };
        if (req.method === "POST" && url.pathname === `${SERVICE}CreateArtifact`) {
          const { name } = JSON.parse(body.toString()) as { name: string };
          this.artifacts.push({ name, bytes: Buffer.alloc(0), finalized: false });
          const index = this.artifacts.length - 1;
          return json(200, { ok: true, signedUploadUrl: `${this.url}/blob/${index}?sig=upload-signature` });
        }
        if (req.method === "POST" && url.pathname === `${SERVICE}FinalizeArtifact`) {
          const { name } = JSON.parse(body.toString()) as { name: string };
          const artifact = this.artifacts.find((a) => a.name === name);
          if (artifact) artifact.finalized = true;
          return json(200, { ok: true, artifactId: "77" });
        }
        if (req.method === "POST" && url.pathname === `${SERVICE}ListArtifacts`) {
          // Int64 filters travel as strings in the JSON form of the protobuf.
          const filter = JSON.parse(body.toString() || "{}") as { name_filter?: string; id_filter?: string };
          const listed = this.artifacts
            .map((a, i) => ({ a, id: String(i + 1) }))
            .filter(({ a, id }) => a.finalized && (filter.id_filter === undefined || filter.id_filter === id))
            .filter(({ a }) => filter.name_filter === undefined || filter.name_filter === a.name);
          return json(200, {
            artifacts: listed.map(({ a, id }) => ({
              workflow_run_backend_id: "run-1",
              workflow_job_run_backend_id: "job-1",
              database_id: id,
              name: a.name,
              size: String(a.bytes.length),
              created_at: new Date(0).toISOString(),
            })),
          });
        }
        if (req.method === "POST" && url.pathname === `${SERVICE}GetSignedArtifactURL`) {
          const { name } = JSON.parse(body.toString()) as { name: string };
          const index = this.artifacts.findIndex((a) => a.name === name && a.finalized);
          if (index < 0) return json(404, { code: "not_found", msg: "artifact not found" });
          return json(200, { signed_url: `${this.url}/blob/${index}?sig=download-signature` });
        }
        const blob = /^\/blob\/(\d+)$/.exec(url.pathname);
        if (req.method === "GET" && blob) {
          const artifact = this.artifacts[Number(blob[1])];
          this.downloads.push(artifact.name);
          res.writeHead(200, { "content-type": "application/zip", "content-length": artifact.bytes.length });
          return res.end(artifact.bytes);
        }
        if (req.method === "PUT" && blob) {
          const artifact = this.artifacts[Number(blob[1])];
          // Block uploads carry the bytes; the block list that commits them is XML.
          if (url.searchParams.get("comp") !== "blocklist") artifact.bytes = Buffer.concat([artifact.bytes, body]);
          res.writeHead(201, {
            etag: '"0x1"',
            "last-modified": new Date().toUTCString(),
            "x-ms-request-id": "fake",
            "x-ms-version": "2025-01-05",
            "x-ms-request-server-encrypted": "true",
          });
          return res.end();
        }
        json(404, { msg: "not found" });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
