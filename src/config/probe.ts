/**
 * Child-process entry: loads a config file and says whether it could, in one JSON line. Run
 * before the config is loaded in race-check's own process, under a time limit: a config that
 * loops forever at import would otherwise take the process with it, deaf to SIGINT and SIGTERM.
 */
import { loadConfigFile } from "./load.js";

const [file, label] = process.argv.slice(2);
loadConfigFile(file, label, { probe: false })
  .then(() => process.stdout.write(`${JSON.stringify({ ok: true })}\n`))
  .catch((e: unknown) => process.stdout.write(`${JSON.stringify({ ok: false, message: (e as Error).message })}\n`))
  .finally(() => process.exit(0));
