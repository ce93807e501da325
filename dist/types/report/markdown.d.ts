import type { RunResult, RunVerdict } from "../engine/result.js";
import { type Comparison, type FailOn } from "./baseline.js";
/** What one earlier run said, as the PR comment keeps it: "since the last run" compares with it. */
export interface RunDigest {
    v: 1;
    /** The commit that run checked. */
    sha?: string;
    /** When it ran (ISO). */
    at?: string;
    verdict: RunVerdict;
    /** Scenario name → verdict (the search's joined in); empty when the run could not run. */
    scenarios: Record<string, RunVerdict>;
}
/** Where the rendering is shown: a PR comment or job summary knows more than a `--markdown` file. */
export interface MarkdownContext {
    /** Known races, and new / still / fixed against a baseline (default: the run alone). */
    comparison?: Comparison;
    /** Which races fail the check: decides the headline (default race). */
    failOn?: FailOn;
    /** The commit the run checked; linked in the header when `url` is given. */
    commit?: {
        sha: string;
        url?: string;
    };
    /** What the previous comment said. */
    previous?: RunDigest;
    /** Link for a previous run's commit. */
    commitUrl?: (sha: string) => string | undefined;
    /** Where a Convex function ("ledgerItems:addToLedger") is defined, as text and a link. */
    source?: (fn: string) => {
        label: string;
        url?: string;
    } | undefined;
}
/** GitHub-flavoured Markdown: the PR comment, the job summary and `--markdown`, either mode. */
export declare function renderMarkdown(run: RunResult, context?: MarkdownContext): string;
/** A run's digest, to embed in the comment for the next run to compare with. */
export declare function digest(run: RunResult, sha?: string): RunDigest;
/**
 * A check that did not run (a config or backend error): its one line, on the commit it was for.
 * It replaces whatever an earlier run said, so a green comment never outlives a broken config.
 */
export declare function renderCouldNotRun(message: string, context?: Pick<MarkdownContext, "commit" | "previous" | "commitUrl"> & {
    at?: string;
    version?: string;
}): string;
