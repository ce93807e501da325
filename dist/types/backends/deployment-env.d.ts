export declare function setDeploymentEnv(url: string, adminKey: string, env: Record<string, string>): Promise<void>;
