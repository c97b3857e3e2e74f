// Generate the README's rule list from RULES, so the docs cannot drift.
// Usage: tsx scripts/rules-doc.ts [--write]   (prints the section; --write updates README.md)
import { readFileSync, writeFileSync } from "node:fs";

import { GRADER_VERSION, RULES } from "@/lib/grader";
import { FEATURES } from "@/lib/grader/features";
import { MODEL } from "@/lib/grader/model";

export const START = "<!-- rules:start -->";
export const END = "<!-- rules:end -->";

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\s+/g, " ");
}

export function rulesSection(): string {
  const lines: string[] = [];
  lines.push(`Generated from \`RULES\` in \`lib/grader/rules\` by \`npm run docs:rules\` (grader ${GRADER_VERSION}). Do not edit by hand.`);
  lines.push("");
  lines.push("Each rule reads one shared analysis of the text and returns evidence: a half-open span into the original text, whether it earns or costs, and why. `lib/grader/features.ts` counts the evidence into a few features per dimension (each capped and scaled to 0..1, with a sign fixed by what it means), and `lib/grader/score.ts` turns them into a level (0 absent, 1 partial, 2 full) through the fitted ordinal model in `lib/grader/model.ts`: P(level ≤ k) = sigmoid(cut_k − Σ weight × feature). The annotation conventions then bound the level: integration is 2 when the narrator's hard skill, a people act of theirs that carries it (not a thin one) and what followed form one chain in a past episode; it is 0 unless both a hard skill and a people act are at work, and at most 1 when the people side is only thin acts; context is 0 for an answer told entirely as a routine or hypothetical, or with nothing specific, and at most 1 for an episode told only as \"we\"; result is 0 when no outcome is told; a story under 50 words never has full integration or context. The 0-100 score of a dimension sits inside its level's range (0-34, 35-69, 70-100) by the model's expected level.");
  lines.push("");
  lines.push("- **overall band** follows RUBRIC.md: strong needs full integration, at least partial context and result, and a level total of 5 or more; weak is a total of 2 or less, or 3 with integration or result absent; otherwise fair. The overall score stays inside the band (weak 0-39, fair 40-69, strong 70-100), placed by the sum of the three expected levels.");
  lines.push("");
  lines.push(`The fitted weights (\`npm run fit\`, on the tune part of the real set only):`);
  lines.push("");
  for (const dimension of ["integration", "context", "result"] as const) {
    const m = MODEL[dimension];
    lines.push(`- **${dimension}** (cuts ${m.cuts[0]}, ${m.cuts[1]}): ${FEATURES[dimension].map((f, i) => `\`${f.id}\` ${m.weights[i] ?? 0}`).join(", ")}`);
  }
  lines.push("");
  for (const dimension of ["integration", "context", "result"] as const) {
    lines.push(`### ${dimension}`);
    lines.push("");
    lines.push("| rule | effect | what it checks | fires on | stays silent on |");
    lines.push("|---|---|---|---|---|");
    for (const r of RULES.filter((x) => x.dimension === dimension)) {
      lines.push(`| \`${r.id}\` | ${r.effect} | ${cell(r.description)} | ${cell(r.examples.earns[0] ?? "")} | ${cell(r.examples.misses[0] ?? "")} |`);
    }
    lines.push("");
    lines.push("| feature | sign | counts | saturates at |");
    lines.push("|---|---|---|---|");
    for (const f of FEATURES[dimension]) lines.push(`| \`${f.id}\` | ${f.sign === 1 ? "+" : f.sign === -1 ? "−" : "±"} | ${cell(f.description)} | ${f.cap} |`);
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
