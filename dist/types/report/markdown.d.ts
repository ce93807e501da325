import type { RunResult } from "../engine/result.js";
/** GitHub-flavoured Markdown: the PR comment and the job summary, either mode. */
export declare function renderMarkdown(run: RunResult): string;
