/**
 * A deployment's environment variables, set the way `npx convex env set` sets them (the CLI's
 * cli/lib/env.js; the backend's crates/local_backend/src/environment_variables.rs): one POST of
 * `{ changes: [{ name, value }] }` with the admin key. Values never touch a command line.
 */
export declare function setDeploymentEnv(url: string, adminKey: string, env: Record<string, string>): Promise<void>;
