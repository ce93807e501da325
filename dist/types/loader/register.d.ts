/**
 * Lets this process import the user's TypeScript (config file, convex/ functions) the same way in
 * development and from dist/. Registered once: the first project wins, which is the only one a CLI
 * run, an action run or an embedded backend ever loads.
 */
export declare function registerLoader(projectDir: string): void;
