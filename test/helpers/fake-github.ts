// A loopback stand-in for the parts of the GitHub REST and GraphQL APIs the action uses: real HTTP,
// real pagination (Link headers), GitHub's status codes, Actions runs and their artifacts (a
// redirect to blob storage for the zip, as GitHub answers), and a log of every request it answered.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeUser {
  login: string;
  type: "User" | "Bot";
}
export interface FakeComment {
  id: number;
  node_id: string;
  issue: number;
  body: string;
  user: FakeUser;
  html_url: string;
  /** Set by GraphQL minimizeComment. */
  minimized?: { classifier: string };
}
export interface FakeArtifact {
  id: number;
  name: string;
  /** The zip GitHub would serve. */
  zip: Buffer;
  expired?: boolean;
}
export interface FakeRun {
  id: number;
  /** Workflow file name ("race-check.yml"). */
  workflow: string;
  workflow_id: number;
  head_branch: string;
  head_sha: string;
  event: string;
  /** "in_progress": not finished, no conclusion yet (GitHub answers null). */
  status: "completed" | "in_progress";
  conclusion: "success" | "failure" | "cancelled";
  html_url: string;
  artifacts: FakeArtifact[];
}
export interface FakePull {
  number: number;
  head: { sha: string };
  base: { ref: string };
}
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason?: string;
  user: FakeUser;
  html_url: string;
  pull_request?: Record<string, never>;
}
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body?: Record<string, unknown>;
  status: number;
  authorization?: string;
  /** performance.now() when it arrived. */
  at: number;
}

export const ACTIONS_BOT: FakeUser = { login: "github-actions[bot]", type: "Bot" };

export interface FakeGitHubOptions {
  /** Comments and issues the token writes are by this user. */
  tokenUser?: FakeUser;
  /** GET /user answers (a personal token) instead of 403 (the workflow's GITHUB_TOKEN). */
  userEndpoint?: boolean;
  /** Writes answer 403 "Resource not accessible by integration", as a fork PR's token gets. */
  readOnly?: boolean;
  /** The next N requests answer 502. */
  failNext?: number;
  /** Every request answers 503. */
  down?: boolean;
  defaultPerPage?: number;
  /** Accept every request and never answer it (a GitHub that hangs). */
  hang?: boolean;
  /** Every list page links to itself as rel="next": a pagination loop. */
  linkLoop?: boolean;
  /** The next `count` requests answer `status` (429 or 403) with this Retry-After, in seconds. */
  rateLimit?: { count: number; status: 403 | 429; retryAfter: number };
}

export class FakeGitHub {
  readonly comments: FakeComment[] = [];
  readonly issues: FakeIssue[] = [];
  /** Workflow runs, newest last (as added). */
  readonly runs: FakeRun[] = [];
  readonly pulls: FakePull[] = [];
  readonly requests: RecordedRequest[] = [];
  private nextId = 1000;
  private server?: http.Server;
  url = "";
  /** Called as each request arrives, before it is answered: lets a test look at the world then. */
  onRequest?: (request: RecordedRequest) => void;

  constructor(
    readonly owner: string,
    readonly repo: string,
    public options: FakeGitHubOptions = {},
  ) {}

  get tokenUser(): FakeUser {
    return this.options.tokenUser ?? ACTIONS_BOT;
  }

  addComment(issue: number, user: FakeUser, body: string): FakeComment {
    const id = this.nextId++;
    const comment: FakeComment = {
      id,
      node_id: `IC_${id}`,
      issue,
      body,
      user,
      html_url: `https://example.test/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${id}`,
    };
    this.comments.push(comment);
    return comment;
  }

  addIssue(user: FakeUser, title: string, body: string, extra: Partial<FakeIssue> = {}): FakeIssue {
    const number = this.issues.length + 1;
    const issue: FakeIssue = {
      number,
      title,
      body,
      state: "open",
      user,
      html_url: `https://example.test/${this.owner}/${this.repo}/issues/${number}`,
      ...extra,
    };
    this.issues.push(issue);
    return issue;
  }

  /** A finished workflow run with these artifacts (name → zip). */
  addRun(run: Partial<FakeRun> & { head_sha: string }, artifacts: Record<string, Buffer> = {}): FakeRun {
    const id = this.nextId++;
    const added: FakeRun = {
      id,
      workflow: "race-check.yml",
      workflow_id: 77,
      head_branch: "main",
      event: "push",
      status: "completed",
      conclusion: "success",
      html_url: `https://example.test/${this.owner}/${this.repo}/actions/runs/${id}`,
      ...run,
      artifacts: Object.entries(artifacts).map(([name, zip]) => ({ id: this.nextId++, name, zip })),
    };
    this.runs.push(added);
    return added;
  }

  addPull(number: number, headSha: string, baseRef = "main"): FakePull {
    const pull = { number, head: { sha: headSha }, base: { ref: baseRef } };
    this.pulls.push(pull);
    return pull;
  }

  /** Requests that changed something (POST/PATCH/PUT/DELETE), GraphQL excepted. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== "GET" && r.path !== "/graphql");
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const text = Buffer.concat(chunks).toString();
        const url = new URL(req.url ?? "/", this.url);
        const record: RecordedRequest = {
          method: req.method ?? "GET",
          path: url.pathname,
          query: url.searchParams,
          body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
          status: 0,
          authorization: req.headers.authorization,
          at: performance.now(),
        };
        this.requests.push(record);
        this.onRequest?.(record);
        if (this.options.hang) return;
        // Artifact zips: GitHub redirects to blob storage, which serves bytes, not JSON.
        const blob = /^\/blob\/(\d+)\.zip$/.exec(url.pathname);
        if (blob && record.method === "GET") {
          const artifact = this.runs.flatMap((r) => r.artifacts).find((a) => a.id === Number(blob[1]));
          record.status = artifact ? 200 : 404;
          res.writeHead(record.status, { "content-type": "application/zip" });
          return res.end(artifact?.zip ?? "");
        }
        const [status, payload, headers] = this.answer(record);
        record.status = status;
        res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
        res.end(payload === undefined ? "" : JSON.stringify(payload));
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

  private answer(r: RecordedRequest): [number, unknown, Record<string, string>?] {
    if (this.options.down) return [503, { message: "Service Unavailable" }];
    const limited = this.options.rateLimit;
    if (limited && limited.count > 0) {
      limited.count--;
      const message =
        limited.status === 403
          ? "You have exceeded a secondary rate limit. Please wait a few minutes."
          : "Too Many Requests";
      return [limited.status, { message }, { "retry-after": String(limited.retryAfter) }];
    }
    if ((this.options.failNext ?? 0) > 0) {
      this.options.failNext = (this.options.failNext ?? 0) - 1;
      return [502, { message: "Bad Gateway" }];
    }
    const forbidden: [number, unknown] = [
      403,
      {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.example.test/rest",
        status: "403",
      },
    ];
    const write = r.method !== "GET";
    if (r.method === "GET" && r.path === "/user") {
      return this.options.userEndpoint ? [200, { login: this.tokenUser.login, type: this.tokenUser.type }] : forbidden;
    }
    if (r.method === "POST" && r.path === "/graphql") {
      const query = String(r.body?.query ?? "");
      if (query.includes("minimizeComment")) {
        if (this.options.readOnly) return [200, { data: null, errors: [{ type: "FORBIDDEN", message: "forbidden" }] }];
        const id = (r.body?.variables as { id?: string } | undefined)?.id;
        const comment = this.comments.find((c) => c.node_id === id);
        if (!comment) return [200, { data: null, errors: [{ type: "NOT_FOUND", message: `no node ${id}` }] }];
        const classifier = /classifier:\s*(\w+)/.exec(query)?.[1] ?? "";
        comment.minimized = { classifier };
        return [200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } }];
      }
      // GraphQL spells a bot's login without "[bot]".
      return [200, { data: { viewer: { login: this.tokenUser.login.replace(/\[bot\]$/, "") } } }];
    }
    const actions = this.actions(r);
    if (actions) return actions;
    const pull = new RegExp(`^/repos/${this.owner}/${this.repo}/pulls/(\\d+)$`).exec(r.path);
    if (pull && r.method === "GET") {
      const found = this.pulls.find((p) => p.number === Number(pull[1]));
      return found ? [200, found] : [404, { message: "Not Found" }];
    }
    const prefix = `/repos/${this.owner}/${this.repo}/issues`;
    if (!r.path.startsWith(prefix)) return [404, { message: "Not Found" }];
    const rest = r.path.slice(prefix.length);
    if (write && this.options.readOnly) return forbidden;
    let m: RegExpExecArray | null;
    if ((m = /^\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (r.method === "GET")
        return this.page(
          r,
          this.comments.filter((c) => c.issue === issue),
        );
      if (r.method === "POST") {
        const body = String(r.body?.body ?? "");
        if (body.length > 65_536)
          return [422, { message: "Validation Failed: body is too long (maximum is 65536 characters)" }];
        return [201, this.addComment(issue, this.tokenUser, body)];
      }
    }
    if ((m = /^\/comments\/(\d+)$/.exec(rest)) && r.method === "PATCH") {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]));
      if (!comment) return [404, { message: "Not Found" }];
      if (comment.user.login !== this.tokenUser.login) return forbidden;
      const body = String(r.body?.body ?? "");
      if (body.length > 65_536)
        return [422, { message: "Validation Failed: body is too long (maximum is 65536 characters)" }];
      comment.body = body;
      return [200, comment];
    }
    if (rest === "" && r.method === "GET") {
      const state = r.query.get("state") ?? "open";
      return this.page(
        r,
        this.issues.filter((i) => state === "all" || i.state === state),
      );
    }
    if (rest === "" && r.method === "POST") {
      return [201, this.addIssue(this.tokenUser, String(r.body?.title), String(r.body?.body ?? ""))];
    }
    if ((m = /^\/(\d+)$/.exec(rest)) && r.method === "PATCH") {
      const issue = this.issues.find((i) => i.number === Number(m?.[1]));
      if (!issue) return [404, { message: "Not Found" }];
      Object.assign(issue, r.body);
      return [200, issue];
    }
    return [404, { message: "Not Found" }];
  }

  /** The Actions endpoints: a workflow's runs, a run, its artifacts, an artifact's zip (a redirect). */
  private actions(r: RecordedRequest): [number, unknown, Record<string, string>?] | undefined {
    const prefix = `/repos/${this.owner}/${this.repo}/actions`;
    if (r.method !== "GET" || !r.path.startsWith(prefix)) return undefined;
    const rest = r.path.slice(prefix.length);
    let m: RegExpExecArray | null;
    if ((m = /^\/workflows\/([^/]+)\/runs$/.exec(rest))) {
      const workflow = decodeURIComponent(m[1]);
      const branch = r.query.get("branch");
      const status = r.query.get("status");
      const runs = this.runs
        .filter((run) => run.workflow === workflow || String(run.workflow_id) === workflow)
        .filter((run) => !branch || run.head_branch === branch)
        // GitHub's `status` filter takes a run's status (completed, in_progress, …) or its conclusion.
        .filter((run) => !status || run.status === status || (run.status === "completed" && run.conclusion === status))
        .reverse();
      const perPage = Number(r.query.get("per_page") ?? 30);
      return [200, { total_count: runs.length, workflow_runs: runs.slice(0, perPage).map((run) => this.runJson(run)) }];
    }
    if ((m = /^\/runs\/(\d+)$/.exec(rest))) {
      const run = this.runs.find((x) => x.id === Number(m?.[1]));
      return run ? [200, this.runJson(run)] : [404, { message: "Not Found" }];
    }
    if ((m = /^\/runs\/(\d+)\/artifacts$/.exec(rest))) {
      const run = this.runs.find((x) => x.id === Number(m?.[1]));
      if (!run) return [404, { message: "Not Found" }];
      const name = r.query.get("name");
      const artifacts = run.artifacts
        .filter((a) => !name || a.name === name)
        .map((a) => ({ id: a.id, name: a.name, expired: a.expired ?? false, size_in_bytes: a.zip.length }));
      return [200, { total_count: artifacts.length, artifacts }];
    }
    if ((m = /^\/artifacts\/(\d+)\/zip$/.exec(rest))) {
      const artifact = this.runs.flatMap((x) => x.artifacts).find((a) => a.id === Number(m?.[1]));
      if (!artifact) return [404, { message: "Not Found" }];
      if (artifact.expired) return [410, { message: "Artifact has expired" }];
      return [302, undefined, { location: `${this.url}/blob/${artifact.id}.zip` }];
    }
    return [404, { message: "Not Found" }];
  }

  private runJson(run: FakeRun) {
    const { artifacts: _artifacts, workflow: _workflow, ...json } = run;
    return { ...json, conclusion: run.status === "completed" ? run.conclusion : null };
  }

  private page<T>(r: RecordedRequest, items: T[]): [number, unknown, Record<string, string>] {
    const perPage = Math.min(Number(r.query.get("per_page") ?? this.options.defaultPerPage ?? 30), 100);
    const page = Number(r.query.get("page") ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(r.path, this.url);
      for (const [k, v] of r.query) u.searchParams.set(k, v);
      u.searchParams.set("page", String(p));
      u.searchParams.set("per_page", String(perPage));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links = [];
    if (this.options.linkLoop) {
      links.push(link(page, "next"));
      return [200, items.slice(0, perPage), { link: links.join(", ") }];
    }
    if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
    if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
    return [200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(", ") } : {}];
  }
}
