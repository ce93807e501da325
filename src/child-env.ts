/**
 * The environment for a process race-check starts (the embedded backend running the project's
 * code, the local backend binary, the project's convex CLI): ours, minus what only the action
 * needs. On a runner that includes the inputs (admin key, GitHub token) and the runner's own
 * tokens; none of those children has any use for them.
 */
const ACTION_ONLY = /^(INPUT_|ACTIONS_)|^(GITHUB_TOKEN|CONVEX_ADMIN_KEY|CONVEX_DEPLOY_KEY)$/i;

export function childEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !ACTION_ONLY.test(k)) out[k] = v;
  return out;
}
