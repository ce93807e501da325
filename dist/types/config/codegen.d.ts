/**
 * Generates `functionsDir/_generated` when it is missing (and says so); leaves an existing one
 * alone, unless it lacks the `components` export the app's convex.config needs.
 */
export declare function ensureGenerated(projectDir: string, functionsDir: string): Promise<{
    generated: boolean;
}>;
/** Runs the project's convex CLI offline codegen, then restores the `components` export. */
export declare function generate(projectDir: string, functionsDir: string): Promise<void>;
