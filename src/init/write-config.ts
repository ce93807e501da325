/**
 * Writes the starter `race-check.config.ts`: the typed config API (`defineConfig`, `scenario`, `capacity`,
 * `maxSuccesses`, act as a call or a flow), functions named by the generated `api` / `internal`.
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
  const helpers = ["capacity", "defineConfig", "maxSuccesses", "scenario"].filter(
    (h) => h === "defineConfig" || new RegExp(`\\b${h}[<(]`).test(code),
  );
  const types = setupTypes(active);
  const roots = ["api", "internal"].filter((r) => new RegExp(`\\b${r}[.[]`).test(code + types.join("\n")));
  return [
    ...wrap(
      `Written by \`race-check init\` from what it found in ${project.functionsDir}/. Each round runs \`setup\` (internal functions in ${project.functionsDir}/${TESTING_MODULE}.ts), fires \`clients\` concurrent calls together, then checks the invariant. Tune clients, rounds and limits to your app; run it with \`npx race-check run\`.`,
      "// ",
      100,
    ),
    ...(types.length ? ['import type { FunctionReturnType } from "convex/server";'] : []),
    `import { ${helpers.join(", ")} } from "race-check";`,
    ...(roots.length ? [`import { ${roots.join(", ")} } from "./${project.functionsDir}/_generated/api";`] : []),
    "",
    ...(types.length
      ? ["// What each setup function returns: the invariants check the fields they read.", ...types, ""]
      : []),
    "export default defineConfig({",
    "  rounds: 20,",
    "  scenarios: [",
    ...body,
    "  ],",
    "});",
    "",
  ].join("\n");
}

/** The setup type each typed invariant names: one alias per setup function, in order of use. */
function setupTypes(active: ScenarioProposal[]): string[] {
  const seen = new Map<string, string>();
  for (const s of active) {
    if (!s.setup || !invariantNeedsSetup(s)) continue;
    const name = setupTypeName(s);
    seen.set(
      name,
      `type ${name} = FunctionReturnType<typeof ${reference("internal", `${TESTING_MODULE}:${s.setup.spec.name}`)}>;`,
    );
  }
  return [...seen.values()];
}

function setupTypeName(s: ScenarioProposal): string {
  const name = s.setup!.spec.name.replace(/[^\w$]/g, "");
  return `${name[0].toUpperCase()}${name.slice(1)}Setup`;
}

function invariantNeedsSetup(s: ScenarioProposal): boolean {
  const check = s.candidate.check;
  return check !== undefined && check.kind !== "claim";
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
  const typed = s.setup ? `<${setupTypeName(s)}>` : "";
  if (check.kind === "consume") {
    const noun = JSON.stringify(`${s.candidate.act.name} calls`);
    const line = `${indent}invariant: maxSuccesses${typed}({ limit: (setup) => ${limit}, noun: ${noun}, title: "Over the limit" }),`;
    if (line.length <= WIDTH) return [line];
    return [
      `${indent}invariant: maxSuccesses${typed}({`,
      `${indent}  limit: (setup) => ${limit},`,
      `${indent}  noun: ${noun},`,
      `${indent}  title: "Over the limit",`,
      `${indent}}),`,
    ];
  }
  const read = s.read ? reference("internal", `${TESTING_MODULE}:${s.read.name}`) : "";
  const key = s.setup?.spec.key ?? "";
  const readArg = s.read ? s.read.arg : key;
  const readLine = `${indent}  read: { fn: ${read}, args: ({ setup }) => ({ ${readArg}: setup.${key} }) },`;
  return [
    `${indent}invariant: capacity${typed}({`,
    ...(readLine.length <= WIDTH
      ? [readLine]
      : [
          `${indent}  read: {`,
          `${indent}    fn: ${read},`,
          `${indent}    args: ({ setup }) => ({ ${readArg}: setup.${key} }),`,
          `${indent}  },`,
        ]),
    `${indent}  limit: (setup) => ${limit},`,
    `${indent}  noun: ${JSON.stringify(check.rowTable)},`,
    `${indent}}),`,
  ];
}

/** A drafted scenario, commented out: the shape is there, the invariant is the user's to write. */
function draftLines(s: ScenarioProposal): string[] {
  const c = s.candidate;
  const lines = [
    ...wrap(
      `Draft, not run: ${c.act.path} (${c.act.file}:${c.act.line}): ${s.why}. Say in \`invariant\` what must hold after concurrent calls, import \`custom\` from "race-check"${s.read?.kind === "get" && s.setup ? ' and `makeFunctionReference` from "convex/server"' : ""}, then uncomment.`,
      "    // ",
    ),
    "    // scenario({",
    `    //   name: ${JSON.stringify(s.name)},`,
  ];
  const indent = "    //   ";
  if (s.setup) lines.push(setupLine(s, indent));
  lines.push(`${indent}clients: ${s.clients},`);
  lines.push(...actLines(s, indent));
  lines.push(`${indent}invariant: custom(async ({ history, admin, setup }) => {`);
  if (s.read?.kind === "get" && s.setup) {
    // The admin client's typings take public references only; a reference by name reaches internal ones.
    const ref = `makeFunctionReference<"query">(${JSON.stringify(`${TESTING_MODULE}:${s.read.name}`)})`;
    lines.push(
      ...statement(
        `const doc = await admin.query(${ref}, `,
        { [s.read.arg]: `setup.${s.setup.spec.key}` },
        ");",
        `${indent}  `,
      ),
    );
  } else {
    lines.push(`${indent}  const doc = setup;`);
  }
  lines.push(
    `${indent}  const succeeded = history.filter((op) => op.outcome === "ok").length;`,
    `${indent}  return { ok: "unknown", message: \`\${succeeded} calls succeeded; then: \${JSON.stringify(doc)}\` };`,
    `${indent}}),`,
    "    // }),",
  );
  return lines;
}

function routeLines(proposal: Proposal): string[] {
  if (proposal.routes.length === 0) return [];
  const lines = wrap(
    'HTTP routes: a webhook can be delivered twice (retries, replays) and must take effect once. Each route below, as a draft: send what your provider sends, say in `invariant` what must hold (import `custom` from "race-check"), then uncomment:',
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
      '    //   invariant: custom(async ({ history }) => ({ ok: "unknown", message: `${history.length} deliveries` })),',
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
