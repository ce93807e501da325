/**
 * Versions of convex race-check works with: the peer range of the convex-test it bundles
 * (`convex-test/package.json` peerDependencies; older ones lack exports it imports, e.g.
 * `CommitTsPlaceholder`). A test keeps this in step with the installed convex-test.
 */
export declare const SUPPORTED_CONVEX: {
    readonly min: "1.43.0";
    readonly belowMajor: 2;
};
/** What to install when the project's convex is unusable: the version race-check is tested with. */
export declare const CONVEX_FIX = "npm i convex@^1.48";
export interface ConvexPackage {
    /** The package directory (node_modules/convex, as resolved from the project). */
    dir: string;
    version: string;
    /** Its CLI entry (package.json "bin".convex). */
    bin: string;
    /** Its engines.node range, e.g. ">=20.0.0". */
    node?: string;
}
/** The convex package the project resolves, or undefined when none is installed. */
export declare function findConvexPackage(projectDir: string): Promise<ConvexPackage | undefined>;
/**
 * Throws a one-line ConfigError unless the project has a convex race-check supports, on a Node
 * version that convex supports. Returns the package found.
 */
export declare function checkConvexVersion(projectDir: string): Promise<ConvexPackage>;
