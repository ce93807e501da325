/**
 * The environment for a process race-check starts (the CLI running the user's config for the
 * action, the embedded backend running the project's code, the local backend binary, the
 * project's convex CLI): ours, minus what only the action needs. On a runner that includes the
 * inputs (admin key, GitHub token), the runner's own tokens, and the files through which a step
 * sets outputs, environment and PATH for the steps after it; none of those children has any use
 * for them, and user code must reach none of them.
 */
const ACTION_ONLY =
  /^(INPUT_|ACTIONS_)|^(GITHUB_TOKEN|GH_TOKEN|CONVEX_ADMIN_KEY|CONVEX_DEPLOY_KEY|GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STATE|GITHUB_STEP_SUMMARY)$/i;

export function childEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !ACTION_ONLY.test(k)) out[k] = v;
  return out;
}
