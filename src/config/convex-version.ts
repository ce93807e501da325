/**
 * The project's own convex package: race-check runs the project's functions, its generated `api`
 * and its CLI with that copy, so its version decides what can work.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { ConfigError } from "../errors.js";

/**
 * Versions of convex race-check works with: the peer range of the convex-test it bundles
 * (`convex-test/package.json` peerDependencies; older ones lack exports it imports, e.g.
 * `CommitTsPlaceholder`). A test keeps this in step with the installed convex-test.
 */
export const SUPPORTED_CONVEX = { min: "1.43.0", belowMajor: 2 } as const;
/** What to install when the project's convex is unusable: the version race-check is tested with. */
export const CONVEX_FIX = "npm i convex@^1.48";

export interface ConvexPackage {
  /** The package directory (node_modules/convex, as resolved from the project). */
  dir: string;
  version: string;
  /** Its CLI entry (package.json "bin".convex). */
  bin: string;
  /** Its engines.node range, e.g. ">=20.0.0". */
  node?: string;
}

/** The convex package the project resolves, or undefined when none is installed. */
export async function findConvexPackage(projectDir: string): Promise<ConvexPackage | undefined> {
  let manifest: string;
  try {
    manifest = createRequire(path.join(projectDir, "package.json")).resolve("convex/package.json");
  } catch {
    return undefined;
  }
  const pkg = JSON.parse(await readFile(manifest, "utf8")) as {
    version?: string;
    bin?: string | Record<string, string>;
    engines?: { node?: string };
  };
  const dir = path.dirname(manifest);
  const bin = typeof pkg.bin === "string" ? pkg.bin : (pkg.bin?.convex ?? "bin/main.js");
  return { dir, version: pkg.version ?? "0.0.0", bin: path.join(dir, bin), node: pkg.engines?.node };
}

/**
 * Throws a one-line ConfigError unless the project has a convex race-check supports, on a Node
 * version that convex supports. Returns the package found.
 */
export async function checkConvexVersion(projectDir: string): Promise<ConvexPackage> {
  const found = await findConvexPackage(projectDir);
  if (!found) {
    throw new ConfigError(`convex is not installed in ${projectDir}: run \`${CONVEX_FIX}\` there`);
  }
  const needed = `>= ${SUPPORTED_CONVEX.min} and < ${SUPPORTED_CONVEX.belowMajor}`;
  const v = parseVersion(found.version);
  if (!v || compare(v, parseVersion(SUPPORTED_CONVEX.min)!) < 0 || v[0] >= SUPPORTED_CONVEX.belowMajor) {
    throw new ConfigError(
      `convex ${found.version} is installed in ${projectDir}, but race-check needs convex ${needed}: run \`${CONVEX_FIX}\``,
    );
  }
  const minNode = /^\s*>=\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(found.node ?? "")?.[1];
  if (minNode && compare(parseVersion(process.versions.node)!, parseVersion(minNode)!) < 0) {
    throw new ConfigError(
      `convex ${found.version} needs Node ${found.node} and this is Node ${process.versions.node}: use Node ${minNode.split(".")[0]} or later`,
    );
  }
  return found;
}

type Version = [number, number, number];

function parseVersion(text: string): Version | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
