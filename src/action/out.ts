/**
 * Everything the action says goes through here: the log, annotations, the failure line, outputs
 * and the job summary. Each is redacted of every known secret, and user text in the log cannot
 * become a workflow command. Action code imports this module, never @actions/core's writers.
 */
import * as core from "@actions/core";
import { neutraliseCommands } from "../report/escape.js";
import { unguarded } from "../output/boundary.js";
import { redact, registerSecret, secretLines } from "../output/secrets.js";

export { getInput, getMultilineInput } from "@actions/core";
export type { AnnotationProperties } from "@actions/core";

/**
 * Masks `value` in the runner's log (core.setSecret; each line too, for a value with several) and
 * redacts it from all we write. The mask lines are the one output that must carry the secret: they
 * go out through the unguarded write, and nothing else does.
 */
export function setSecret(value: string | undefined): void {
  if (!value) return;
  unguarded(() => {
    core.setSecret(value);
    for (const line of secretLines(value)) core.setSecret(line);
  });
  registerSecret(value);
}

/**
 * A log line: core.info prints the text as it is, so a line of it starting with "::" (a function's
 * error text with "\n::error ...") would be a command to the runner.
 */
export function info(message: string): void {
  core.info(neutraliseCommands(redact(message)));
}

// Annotations and the failure line are one workflow command each, whose text @actions/core
// escapes (newlines included): only secrets need removing.
export function warning(message: string, properties: core.AnnotationProperties = {}): void {
  core.warning(redact(message), clean(properties));
}

export function error(message: string, properties: core.AnnotationProperties = {}): void {
  core.error(redact(message), clean(properties));
}

export function notice(message: string, properties: core.AnnotationProperties = {}): void {
  core.notice(redact(message), clean(properties));
}

export function setFailed(message: string): void {
  core.setFailed(redact(message));
}

export function setOutput(name: string, value: string | number | boolean): void {
  core.setOutput(name, redact(String(value)));
}

/** Appends Markdown to the job summary. */
export async function appendSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(redact(markdown), true).write();
}

function clean(properties: core.AnnotationProperties): core.AnnotationProperties {
  return properties.title === undefined ? properties : { ...properties, title: redact(properties.title) };
}
