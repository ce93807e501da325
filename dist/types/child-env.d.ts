export declare function childEnv(env?: NodeJS.ProcessEnv): Record<string, string>;
