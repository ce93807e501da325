/**
 * Is a deployment still answering? A refused connection can come before a process's exit is
 * noticed, so besides the process state (when we started it), one readiness request decides.
 */
export declare function probeDeployment(url: string, alive?: () => boolean): Promise<boolean>;
