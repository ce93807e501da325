/**
 * `--env-file FILE`: the deployment's environment variables, one `NAME=value` per line (blank lines
 * and # comments skipped; a value may be JSON-quoted). Every value is a secret: a bad line is named
 * by its number and name, never its value.
 */
import { readFile } from "node:fs/promises";
import { ConfigError } from "../errors.js";

export async function readEnvFile(
  file: string | undefined,
  flag = "--env-file",
): Promise<Record<string, string> | undefined> {
  if (file === undefined) return undefined;
  const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(`${flag}: cannot read ${file} (${e.code ?? e.message})`);
  });
  return parseEnvLines(text, `${flag} ${file}`);
}

export function parseEnvLines(text: string, where: string): Record<string, string> | undefined {
  const env: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const eq = line.indexOf("=");
    const name = (eq < 0 ? line : line.slice(0, eq)).trim();
    const valid = /^[A-Za-z][A-Za-z0-9_]*$/.test(name);
    if (eq < 0 || !valid)
      throw new ConfigError(`${where}: line ${i + 1} is not NAME=value${valid ? ` (${name})` : ""}`);
    const raw = line.slice(eq + 1);
    let value = raw;
    if (/^".*"$/.test(raw.trim())) {
      try {
        value = JSON.parse(raw.trim()) as string;
      } catch {
        throw new ConfigError(`${where}: line ${i + 1} (${name}): a quoted value must be a JSON string`);
      }
    }
    env[name] = value;
  });
  return Object.keys(env).length > 0 ? env : undefined;
}
