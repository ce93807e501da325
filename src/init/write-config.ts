/**
 * Writes the starter `race-check.config.ts`: the typed config API (`defineConfig`, `scenario`, invariants
 * as `(check) => check.capacity(...)`, act as a call or a flow), functions named by the generated
 * `api` / `internal`.
 */
import { TESTING_MODULE, type Project } from "./project.js";
import type { Proposal, ScenarioProposal } from "./proposal.js";
import { reference, wrap } from "./names.js";

const WIDTH = 120;

export function renderConfig(project: Project, proposal: Proposal): string {
  const active = proposal.scenarios.filter((s) => !s.draft);
  const drafts = proposal.scenarios.filter((s) => s.draft);
  const body = [
    ...active.flatMap((s) => scenarioLines(s)),
    ...drafts.flatMap((s) => draftLines(s)),
    ...routeLines(proposal),
  ];
  const code = active.flatMap((s) => scenarioLines(s)).join("\n");
  // `check.capacity(` is the callback's own helper: only a bare call needs the import.
  const helpers = ["capacity", "defineConfig", "maxSuccesses", "scenario"].filter(
    (h) => h === "defineConfig" || new RegExp(`(?<![.\\w])${h}[<(]`).test(code),
  );
  const roots = ["api", "internal"].filter((r) => new RegExp(`\\b${r}[.[]`).test(code));
  return [
    ...wrap(
      `Written by \`race-check init\` from what it found in ${project.functionsDir}/. Each round runs \`setup\` (internal functions in ${project.functionsDir}/${TESTING_MODULE}.ts), fires \`clients\` concurrent calls together, then checks the invariant. Tune clients, rounds and limits to your app; run it with \`npx race-check run\`.`,
      "// ",
      100,
    ),
    `import { ${helpers.join(", ")} } from "race-check";`,
    ...(roots.length ? [`import { ${roots.join(", ")} } from "./${project.functionsDir}/_generated/api";`] : []),
    "",
    "export default defineConfig({",
    "  rounds: 20,",
    "  scenarios: [",
    ...body,
    "  ],",
    "});",
    "",
  ].join("\n");
}

/** The lines of one scenario, indented for the scenarios array: typed by `scenario()`. */
function scenarioLines(s: ScenarioProposal): string[] {
  const c = s.candidate;
  const indent = "      ";
  const lines = [
    "    scenario({",
    ...wrap(`${c.act.path} (${c.act.file}:${c.act.line}): ${s.why}.`, `${indent}// `),
    `${indent}name: ${JSON.stringify(s.name)},`,
  ];
  if (s.setup) lines.push(setupLine(s, indent));
  lines.push(`${indent}clients: ${s.clients},`);
  lines.push(...actLines(s, indent));
  lines.push(...invariantLines(s, indent));
  lines.push("    }),");
  return lines;
}

function setupLine(s: ScenarioProposal, indent: string): string {
  const setup = s.setup;
  if (!setup) return "";
  const fn = reference("internal", `${TESTING_MODULE}:${setup.spec.name}`);
  const args = Object.keys(setup.args).length ? `, args: ${objectText(setup.args)}` : "";
  return `${indent}setup: { fn: ${fn}${args} },`;
}

function actLines(s: ScenarioProposal, indent: string): string[] {
  const c = s.candidate;
  const fn = reference("api", c.act.path);
  if (c.pattern === "flow" && c.query) {
    const query = reference("api", c.query.path);
    const params = parameters(["convex", ...uses({ ...s.actArgs, ...s.queryArgs })]);
    const inner = `${indent}  `;
    return [
      `${indent}// A whole flow: each user reads ${c.query.name} with its own client, then acts on the answer.`,
      `${indent}act: async (${params}) => {`,
      ...statement(`const answer = await convex.query(${query}, `, s.queryArgs ?? {}, ");", inner),
      `${inner}if (typeof answer === "number" ? answer <= 0 : !answer) throw new Error(${JSON.stringify(`${c.query.name} says no`)});`,
      ...statement(`return await convex.mutation(${fn}, `, s.actArgs, ");", inner),
      `${indent}},`,
    ];
  }
  const used = uses(s.actArgs);
  if (Object.keys(s.actArgs).length === 0) return [`${indent}act: { fn: ${fn} },`];
  const args = used.length ? `(${parameters(used)}) => (${objectText(s.actArgs)})` : objectText(s.actArgs);
  const single = `${indent}act: { fn: ${fn}, args: ${args} },`;
  if (single.length <= WIDTH) return [single];
  return [
    `${indent}act: {`,
    `${indent}  fn: ${fn},`,
    ...statement(
      "args: ",
      s.actArgs,
      ",",
      `${indent}  `,
      used.length ? `(${parameters(used)}) => (` : "",
      used.length ? ")" : "",
    ),
    `${indent}},`,
  ];
}

function invariantLines(s: ScenarioProposal, indent: string): string[] {
  const check = s.candidate.check;
  if (!check) return [];
  if (check.kind === "claim") return [`${indent}invariant: maxSuccesses({ limit: 1, noun: "claims" }),`];
  const limitType = s.setup?.spec.limit?.validator.type;
  const limit = limitType === "bigint" ? `Number(setup.${check.limitField})` : `setup.${check.limitField}`;
  // The callback form: `check`'s helpers are typed with what this scenario's setup returns.
  const inner = `${indent}    `;
  const callback = (helper: string, body: string[]) => [
    `${indent}invariant: (check) =>`,
    `${indent}  check.${helper}({`,
    ...body,
    `${indent}  }),`,
  ];
  if (check.kind === "consume") {
    const noun = JSON.stringify(`${s.candidate.act.name} calls`);
    const line = `${indent}invariant: (check) => check.maxSuccesses({ limit: (setup) => ${limit}, noun: ${noun}, title: "Over the limit" }),`;
    if (line.length <= WIDTH) return [line];
    return callback("maxSuccesses", [
      `${inner}limit: (setup) => ${limit},`,
      `${inner}noun: ${noun},`,
      `${inner}title: "Over the limit",`,
    ]);
  }
  const read = s.read ? reference("internal", `${TESTING_MODULE}:${s.read.name}`) : "";
  const key = s.setup?.spec.key ?? "";
  const readArg = s.read ? s.read.arg : key;
  const readLine = `${inner}read: { fn: ${read}, args: ({ setup }) => ({ ${readArg}: setup.${key} }) },`;
  return callback("capacity", [
    ...(readLine.length <= WIDTH
      ? [readLine]
      : [
          `${inner}read: {`,
          `${inner}  fn: ${read},`,
          `${inner}  args: ({ setup }) => ({ ${readArg}: setup.${key} }),`,
          `${inner}},`,
        ]),
    `${inner}limit: (setup) => ${limit},`,
    `${inner}noun: ${JSON.stringify(check.rowTable)},`,
  ]);
}

/** A drafted scenario, commented out: the shape is there, the invariant is the user's to write. */
function draftLines(s: ScenarioProposal): string[] {
  const c = s.candidate;
  const lines = [
    ...wrap(
      `Draft, not run: ${c.act.path} (${c.act.file}:${c.act.line}): ${s.why}. Say in \`invariant\` what must hold after concurrent calls${s.read?.kind === "get" && s.setup ? ', import `makeFunctionReference` from "convex/server"' : ""}, then uncomment.`,
      "    // ",
    ),
    "    // scenario({",
    `    //   name: ${JSON.stringify(s.name)},`,
  ];
  const indent = "    //   ";
  if (s.setup) lines.push(setupLine(s, indent));
  lines.push(`${indent}clients: ${s.clients},`);
  lines.push(...actLines(s, indent));
  // The callback form: `setup` is typed, and `custom` needs no import.
  lines.push(`${indent}invariant: (check) =>`, `${indent}  check.custom(async ({ history, admin, setup }) => {`);
  const body = `${indent}    `;
  if (s.read?.kind === "get" && s.setup) {
    // The admin client's typings take public references only; a reference by name reaches internal ones.
    const ref = `makeFunctionReference<"query">(${JSON.stringify(`${TESTING_MODULE}:${s.read.name}`)})`;
    lines.push(
      ...statement(`const doc = await admin.query(${ref}, `, { [s.read.arg]: `setup.${s.setup.spec.key}` }, ");", body),
    );
  } else {
    lines.push(`${body}const doc = setup;`);
  }
  lines.push(
    `${body}const succeeded = history.filter((op) => op.outcome === "ok").length;`,
    `${body}return { ok: "unknown", message: \`\${succeeded} calls succeeded; then: \${JSON.stringify(doc)}\` };`,
    `${indent}  }),`,
    "    // }),",
  );
  return lines;
}

function routeLines(proposal: Proposal): string[] {
  if (proposal.routes.length === 0) return [];
  const lines = wrap(
    "HTTP routes: a webhook can be delivered twice (retries, replays) and must take effect once. Each route below, as a draft: send what your provider sends, say in `invariant` what must hold, then uncomment:",
    "    // ",
  );
  for (const r of proposal.routes) {
    lines.push(
      `    //   ${r.method} ${r.path} (${r.file}:${r.line}${r.handler ? `, handler ${r.handler}` : ""})`,
      "    // scenario({",
      `    //   name: ${JSON.stringify(`${r.method} ${r.path} delivered twice`)},`,
      "    //   clients: 2,",
      "    //   // Every client delivers the same event, as a provider retrying it would.",
      "    //   act: async ({ fetch, siteUrl }) =>",
      `    //     (await fetch(\`\${siteUrl}${r.path}\`, { method: ${JSON.stringify(r.method)}, body: JSON.stringify({ id: "evt_1" }) })).status,`,
      "    //   invariant: (check) =>",
      '    //     check.custom(async ({ history }) => ({ ok: "unknown", message: `${history.length} deliveries` })),',
      "    // }),",
    );
  }
  return lines;
}

/** Which of `setup` / `client` the argument expressions use. */
function uses(args: Record<string, string>): string[] {
  const text = Object.values(args).join(" ");
  return ["setup", "client"].filter((p) => new RegExp(`\\b${p}\\b`).test(text));
}

function parameters(names: string[]): string {
  return `{ ${names.join(", ")} }`;
}

function objectText(entries: Record<string, string>): string {
  const parts = Object.entries(entries).map(([k, v]) => (k === v ? k : `${propertyKey(k)}: ${v}`));
  return parts.length ? `{ ${parts.join(", ")} }` : "{}";
}

/** `head{ ...entries }tail`, on one line when it fits, else one entry per line. */
function statement(
  head: string,
  entries: Record<string, string>,
  tail: string,
  indent: string,
  open = "",
  close = "",
): string[] {
  const single = `${indent}${head}${open}${objectText(entries)}${close}${tail}`;
  if (single.length <= WIDTH || Object.keys(entries).length === 0) return [single];
  return [
    `${indent}${head}${open}{`,
    ...Object.entries(entries).map(([k, v]) => `${indent}  ${k === v ? k : `${propertyKey(k)}: ${v}`},`),
    `${indent}}${close}${tail}`,
  ];
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
