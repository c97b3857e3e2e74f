// Generate the README's rule list from RULES, so the docs cannot drift.
// Usage: tsx scripts/rules-doc.ts [--write]   (prints the section; --write updates README.md)
import { readFileSync, writeFileSync } from "node:fs";

import { GRADER_VERSION, RULES } from "@/lib/grader";

export const START = "<!-- rules:start -->";
export const END = "<!-- rules:end -->";

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\s+/g, " ");
}

export function rulesSection(): string {
  const lines: string[] = [];
  lines.push(`Generated from \`RULES\` in \`lib/grader/rules\` by \`npm run docs:rules\` (grader ${GRADER_VERSION}). Do not edit by hand.`);
  lines.push("");
  lines.push("Each rule reads one shared analysis of the text and returns evidence: a half-open span into the original text, whether it earns or costs, and why. `lib/grader/score.ts` turns the evidence into a level per dimension (0 absent, 1 partial, 2 full) and a 0-100 score inside that level's band (0-30, 35-65, 70-100), where each rule counts up to twice its weight and costs take off half as much.");
  lines.push("");
  lines.push("- **integration** is full when a hard skill and a soft skill are both used in the narrator's own actions and a `causal-chain` link reaches an outcome; partial when both kinds are in use but unlinked (or only by 'we', the passive or fragments); absent otherwise.");
  lines.push("- **context** is full when the narrator acts concretely against a stated problem in a named setting with specific detail; partial with some of these; absent for hypothetical answers, claims and bare fragments.");
  lines.push("- **result** is full with a measured change on a named metric (`result-quantified`); partial for an outcome with no number, a projection or a negated change; absent with no outcome.");
  lines.push("- **overall band** follows RUBRIC.md: strong needs full integration, at least partial context and result, and a level total of 5 or more; weak is a total of 2 or less, or 3 with integration or result absent; otherwise fair. The overall score stays inside the band (weak 0-39, fair 40-69, strong 70-100).");
  lines.push("");
  for (const dimension of ["integration", "context", "result"] as const) {
    lines.push(`### ${dimension}`);
    lines.push("");
    lines.push("| rule | effect | weight | what it checks | fires on | stays silent on |");
    lines.push("|---|---|---|---|---|---|");
    for (const r of RULES.filter((x) => x.dimension === dimension)) {
      lines.push(`| \`${r.id}\` | ${r.effect} | ${r.weight} | ${cell(r.description)} | ${cell(r.examples.earns[0] ?? "")} | ${cell(r.examples.misses[0] ?? "")} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** README text with the generated section replaced. */
export function withRulesSection(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} ... ${END} markers`);
  return `${readme.slice(0, a + START.length)}\n${rulesSection()}\n${readme.slice(b)}`;
}

function main(argv: string[]): number {
  if (!argv.includes("--write")) {
    process.stdout.write(`${rulesSection()}\n`);
    return 0;
  }
  const path = new URL("../README.md", import.meta.url);
  const readme = readFileSync(path, "utf8");
  const next = withRulesSection(readme);
  if (next !== readme) writeFileSync(path, next);
  process.stdout.write(next === readme ? "README rules section already up to date\n" : "README rules section updated\n");
  return 0;
}

if (process.argv[1] !== undefined && /rules-doc\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
