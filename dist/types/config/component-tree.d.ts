/** A component instance as the app's definition declares it. */
export interface ComponentNode {
    name: string;
    dir: string;
    children: ComponentNode[];
}
/**
 * The components an app uses, read by running its convex.config (empty when it has none). The
 * config is loaded through race-check's loader, which gives each definition its directory.
 */
export declare function readComponentTree(functionsDir: string): Promise<ComponentNode[]>;
