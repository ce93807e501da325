/**
 * Is a deployment still answering? A refused connection can come before a process's exit is
 * noticed, so besides the process state (when we started it), one readiness request decides.
 */
export async function probeDeployment(url: string, alive: () => boolean = () => true): Promise<boolean> {
  if (!alive()) return false;
  try {
    const res = await fetch(`${url}/instance_name`, { signal: AbortSignal.timeout(2000), redirect: "manual" });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}
