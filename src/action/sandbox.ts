/**
 * Tokens out of reach (issue 14.7). A child process whose environment holds no token is not
 * enough: a process of the same user can read any other's initial environment through
 * /proc/<pid>/environ, the action's own among them (INPUT_GITHUB-TOKEN, ACTIONS_RUNTIME_TOKEN),
 * and can find the files the runner and actions/checkout leave on disk. So the CLI, and with it the
 * user's config and functions, runs in a sandbox:
 *
 * - a PID namespace with its own /proc: no process outside it can be seen, so no environment or
 *   memory of one can be read; when the run ends, every process it started ends with it;
 * - no capabilities and no_new_privs: it cannot remount, unmount, gain root through sudo or a
 *   setuid binary, and (sudo form) no supplementary groups, so not the docker group either;
 * - a mount namespace in which the token files are replaced: the step's own command files
 *   (GITHUB_ENV, GITHUB_OUTPUT, … through which a step sets the next steps' environment), a git
 *   config holding actions/checkout's `extraheader`, the runner's credentials.
 *
 * Three ways to build it, tried in this order: as root (a container job), through `sudo -n` and back
 * to this user (GitHub's hosted runners), or an unprivileged user namespace (where the kernel
 * allows one; Ubuntu 24.04's AppArmor does not). The network is shared: the run needs loopback and
 * the deployment.
 */
import { access, constants, mkdir, readFile, readlink, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { execa } from "execa";
import { errorMessage } from "../errors.js";

export type Isolation = "auto" | "required" | "off";
export const ISOLATIONS: readonly Isolation[] = ["auto", "required", "off"];

export type SandboxForm = "root" | "sudo" | "user-namespace";

export interface Sandbox {
  form: SandboxForm;
  /** The command that runs `argv` inside the sandbox, with each `hide` mounted over its target. */
  wrap(argv: string[], hides: readonly Hide[]): string[];
}

/** `source` (an empty or cleaned copy) is bind-mounted over `target` inside the sandbox. */
export interface Hide {
  target: string;
  source: string;
  /** What it is, for the log: never its content. */
  what: string;
}

export interface SandboxSearch {
  sandbox?: Sandbox;
  /** Why there is none, one line per form tried. */
  tried: string[];
}

// Mounts each (source, target) pair, then becomes the command after `--`. The mount program comes
// first: sudo's PATH is not ours.
const MOUNT_SCRIPT = `m=$1; shift
while [ "$1" != -- ]; do
  "$m" --bind "$1" "$2" 2>/dev/null || { echo "race-check: could not hide $2 from the code under test" >&2; exit 125; }
  shift 2
done
shift
exec "$@"`;

/** Finds the first form that works here, by running a one-line check inside it. */
export async function findSandbox(env: NodeJS.ProcessEnv = process.env): Promise<SandboxSearch> {
  if (process.platform !== "linux") return { tried: [`${process.platform} has no PID namespaces`] };
  const tools = await lookup(["unshare", "setpriv", "mount", "sh", "sudo"], env.PATH);
  const missing = ["unshare", "setpriv", "mount", "sh"].filter((t) => !tools[t]);
  if (missing.length > 0) return { tried: [`${missing.join(", ")} not found on PATH (util-linux)`] };
  const uid = process.getuid!();
  const gid = process.getgid!();
  const candidates: { form: SandboxForm; prefix: string[]; namespaces: string[]; drop: string[] }[] = [];
  if (uid === 0) candidates.push({ form: "root", prefix: [], namespaces: [], drop: [] });
  else {
    if (tools.sudo) {
      candidates.push({
        form: "sudo",
        prefix: [tools.sudo, "-n"],
        namespaces: [],
        drop: [`--reuid=${uid}`, `--regid=${gid}`, "--clear-groups"],
      });
    }
    candidates.push({ form: "user-namespace", prefix: [], namespaces: ["--user", "--map-root-user"], drop: [] });
  }
  const tried: string[] = [];
  for (const c of candidates) {
    const sandbox: Sandbox = {
      form: c.form,
      wrap: (argv, hides) => [
        ...c.prefix,
        tools.unshare!,
        ...c.namespaces,
        "--pid",
        "--ipc",
        "--fork",
        "--kill-child",
        "--mount-proc",
        "--",
        tools.sh!,
        "-c",
        MOUNT_SCRIPT,
        "race-check-sandbox",
        tools.mount!,
        ...hides.flatMap((h) => [h.source, h.target]),
        "--",
        tools.setpriv!,
        ...c.drop,
        "--no-new-privs",
        "--inh-caps=-all",
        "--bounding-set=-all",
        "--",
        ...argv,
      ],
    };
    const failure = await check(sandbox, env);
    if (!failure) return { sandbox, tried };
    tried.push(`${c.form}: ${failure}`);
  }
  return { tried };
}

// Inside, the command is process 1 with no capability left; anything else is not the sandbox.
const CHECK = `const s=require("fs").readFileSync("/proc/self/status","utf8");process.exit(process.pid===1&&/CapEff:\\s*0+\\n/.test(s)?0:3)`;

async function check(sandbox: Sandbox, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const [file, ...args] = sandbox.wrap([process.execPath, "-e", CHECK], []);
  try {
    const r = await execa(file!, args, {
      env: { PATH: env.PATH ?? "/usr/bin:/bin" },
      extendEnv: false,
      stdin: "ignore",
      reject: false,
      timeout: 15_000,
    });
    if (r.exitCode === 0) return undefined;
    if (r.timedOut) return "timed out";
    const said = String(r.stderr).trim().split("\n").at(-1);
    return said ? said.slice(0, 200) : `exit code ${r.exitCode}`;
  } catch (e) {
    return errorMessage(e);
  }
}

async function lookup(names: string[], PATH: string | undefined): Promise<Record<string, string | undefined>> {
  const dirs = (PATH ?? "/usr/bin:/bin").split(":").filter(Boolean);
  const found: Record<string, string | undefined> = {};
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (
        await access(candidate, constants.X_OK).then(
          () => true,
          () => false,
        )
      ) {
        found[name] = candidate;
        break;
      }
    }
  }
  return found;
}

/**
 * What to hide from the code under test, with the replacements made in `scratch`:
 * - the step's command files (GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STATE,
 *   GITHUB_STEP_SUMMARY): a line written there would set the environment or PATH of later steps;
 * - every git config file that holds an `http.<url>.extraheader` for cwd's repository (where
 *   actions/checkout persists the job's token: .git/config, or a file under RUNNER_TEMP that
 *   .git/config includes), replaced by a copy without those lines;
 * - the runner's credential files, beside the Runner.Worker this action runs under.
 */
export async function filesToHide(cwd: string, scratch: string, env: NodeJS.ProcessEnv = process.env): Promise<Hide[]> {
  const dir = path.join(scratch, "hidden");
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const empty = path.join(dir, "empty");
  await writeFile(empty, "", { mode: 0o600 });
  const emptyDir = path.join(dir, "empty-dir");
  await mkdir(emptyDir, { recursive: true, mode: 0o500 });
  const hides: Hide[] = [];
  const seen = new Set<string>();
  const add = (target: string, source: string, what: string) => {
    if (seen.has(target)) return;
    seen.add(target);
    hides.push({ target, source, what });
  };

  for (const name of ["GITHUB_ENV", "GITHUB_PATH", "GITHUB_OUTPUT", "GITHUB_STATE", "GITHUB_STEP_SUMMARY"]) {
    const file = env[name];
    if (file && (await isFile(file))) add(file, empty, `the step's ${name} file`);
  }

  let n = 0;
  for (const file of await gitConfigsWithExtraheader(cwd, env)) {
    const clean = path.join(dir, `gitconfig-${n++}`);
    const text = await readFile(file, "utf8");
    await writeFile(clean, withoutExtraheaders(text), { mode: 0o600 });
    add(file, clean, "a git config holding a persisted token (extraheader)");
  }

  const runnerRoot = await runnerRootDir();
  if (runnerRoot) {
    for (const name of [".credentials", ".credentials_rsaparams", ".runner"]) {
      const file = path.join(runnerRoot, name);
      if (await isFile(file)) add(file, empty, `the runner's ${name}`);
    }
    const diag = path.join(runnerRoot, "_diag");
    if ((await stat(diag).catch(() => undefined))?.isDirectory() && !isWithin(cwd, diag) && !isWithin(scratch, diag)) {
      add(diag, emptyDir, "the runner's logs (_diag)");
    }
  }
  return hides;
}

/** Without the `extraheader = …` lines (the only place checkout writes the token). */
export function withoutExtraheaders(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/^\s*extraheader\s*=/i.test(line))
    .join("\n");
}

/**
 * The config files (with includes) that set an extraheader for cwd's repository. git prints the
 * values too: they are read here only for the file names and go nowhere else.
 */
export async function gitConfigsWithExtraheader(cwd: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const git = (args: string[]) =>
    execa("git", args, {
      cwd,
      env: { ...env, GIT_TERMINAL_PROMPT: "0" },
      extendEnv: false,
      reject: false,
      stdin: "ignore",
      timeout: 10_000,
    }).catch(() => undefined);
  const r = await git(["config", "--includes", "--show-origin", "-z", "--get-regexp", "^http\\..*\\.extraheader$"]);
  if (!r || r.exitCode !== 0) return [];
  // With -z: "<origin>\0<key>\n<value>\0" per entry; the origin is "file:<path>", a relative
  // path being the repository's own config, relative to its top directory.
  const origins = new Set<string>();
  const fields = String(r.stdout).split("\0");
  for (let i = 0; i + 1 < fields.length; i += 2) {
    if (fields[i]!.startsWith("file:")) origins.add(fields[i]!.slice("file:".length));
  }
  const top = [...origins].some((o) => !path.isAbsolute(o))
    ? String((await git(["rev-parse", "--show-toplevel"]))?.stdout ?? "").trim() || cwd
    : cwd;
  return [...origins].map((o) => path.resolve(top, o));
}

/** The runner's own directory, when this process runs under a GitHub Actions runner's worker. */
async function runnerRootDir(): Promise<string | undefined> {
  let pid = process.ppid;
  for (let depth = 0; depth < 4 && pid > 1; depth++) {
    const exe = await readlink(`/proc/${pid}/exe`).catch(() => undefined);
    if (exe && path.basename(exe) === "Runner.Worker") return path.dirname(path.dirname(exe));
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    pid = Number(/^PPid:\s*(\d+)/m.exec(status)?.[1] ?? 0);
  }
  return undefined;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

function isWithin(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * The sandbox for this run as the `isolation` input asks: found, with its hidden files listed in the
 * log; or none, with a warning (auto), or a failure line (required) naming what was tried.
 */
export async function sandboxForRun(
  isolation: Isolation,
  cwd: string,
  scratch: string,
  log: { info(line: string): void; warning(line: string): void },
): Promise<{ sandbox?: { sandbox: Sandbox; hides: Hide[] }; failure?: string }> {
  if (isolation === "off") return {};
  const found = await findSandbox();
  const hides = await filesToHide(cwd, scratch);
  if (!found.sandbox) {
    const why = found.tried.join("; ");
    if (isolation === "required") {
      return { failure: `input isolation: required, but no sandbox can be made on this runner (${why})` };
    }
    log.warning(
      `race-check: your config and functions run without a sandbox (${why}), so they could read this step's tokens through /proc; set isolation: required to fail instead`,
    );
    if (hides.some((h) => h.what.includes("git config"))) {
      log.warning(
        "race-check: actions/checkout left the job's token in the repository's git config, where the code under test can read it: set persist-credentials: false on the checkout step",
      );
    }
    return {};
  }
  log.info(
    `race-check: your code runs in a sandbox (${found.sandbox.form}: own PID and mount namespace, no capabilities)` +
      (hides.length > 0 ? `; hidden from it: ${hides.map((h) => h.what).join(", ")}` : ""),
  );
  return { sandbox: { sandbox: found.sandbox, hides } };
}
