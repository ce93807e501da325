import path from "node:path";
import type { ActionInputs } from "./inputs.js";

/** The config file relative to the repository: one comment (and one tracking issue) per config. */
export function configId(inputs: Pick<ActionInputs, "workingDirectory" | "config">): string {
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const file = path.resolve(repoRoot, inputs.workingDirectory, inputs.config);
  return path.relative(repoRoot, file).split(path.sep).join("/");
}
