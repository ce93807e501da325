/** Bad input from the user (flags, config, inputs): exit code 2, one clear line, nothing run. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export const EXIT = {
  ok: 0,
  race: 1,
  usage: 2,
  infrastructure: 3,
  inconclusive: 4,
} as const;

/** What went wrong, as text: an Error's message, anything else as it prints. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
