// Grade a story from a file or stdin and print a readable report.
// Usage: npm run grade -- <file|-> [--role technical|customer|leadership|general] [--stage entry|mid|senior|executive] [--json]
import { readFileSync } from "node:fs";

import { gradeStory, parseRole, parseStage, quote, type GradeReport } from "@/lib/grader";

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function bar(score: number): string {
  const filled = Math.round(score / 10);
  return `${"█".repeat(filled)}${"░".repeat(10 - filled)}`;
}

export function formatReport(text: string, r: GradeReport): string {
  const q = (s: { start: number; end: number }) => JSON.stringify(quote(text, s).replace(/\s+/g, " "));
  const out: string[] = [];
  out.push(`Overall ${r.overall.score}/100  ${r.overall.band.toUpperCase()}   (grader ${r.version}, ${r.role}/${r.stage}, ${r.wordCount} words)`);
  out.push("");
  for (const d of ["integration", "context", "result"] as const) {
    const dim = r.dimensions[d];
    out.push(`${d.padEnd(12)} ${bar(dim.score)} ${String(dim.score).padStart(3)}  level ${dim.level}`);
    for (const e of dim.evidence.slice(0, 8)) out.push(`    ${e.effect === "earns" ? "+" : "-"} ${e.ruleId}: ${q(e.span)}  ${e.reason}`);
    if (dim.evidence.length > 8) out.push(`    ... ${dim.evidence.length - 8} more`);
  }
  out.push("");
  out.push(`STAR: ${r.structure.parts.map((p) => `${p.part} ${Math.round(p.share * 100)}%`).join(" → ") || "(empty)"}${r.structure.missing.length > 0 ? `   missing: ${r.structure.missing.join(", ")}` : ""}`);
  // One entry per skill: in action when any mention of it is.
  const hard = new Map<string, boolean>();
  for (const h of r.hardSkills) hard.set(h.term, (hard.get(h.term) ?? false) || h.inAction);
  out.push(`Hard skills: ${[...hard].map(([term, inAction]) => `${term}${inAction ? "" : " (not in action)"}`).join(", ") || "none"}`);
  // Specialist words in the narrator's own acts count on the hard side of the mix too: list them, so the mix agrees with what is shown.
  const specialist = [...new Set(r.dimensions.integration.evidence.filter((e) => e.ruleId === "domain-term-in-action").map((e) => quote(text, e.span)))];
  if (specialist.length > 0) out.push(`Specialist words in your own acts: ${specialist.join(", ")}`);
  out.push(`Soft skills: ${r.softSkills.map((s) => `${s.family}: ${quote(text, s.span)}${s.inAction ? "" : " (not in action)"}`).join(", ") || "none"}`);
  out.push(`Mix: ${r.mix.message}`);
  out.push(`Ladder: rung ${r.ladder.rung} (${r.ladder.label}). Next: ${r.ladder.next}`);
  if (r.flags.length > 0) {
    out.push("");
    out.push("Flags:");
    for (const f of r.flags) out.push(`  ! ${f.id} at ${q(f.span)}: ${f.message}\n      fix: ${f.fix}`);
  }
  out.push("");
  out.push("Next edits:");
  r.improvements.forEach((imp, i) => out.push(`  ${i + 1}. ${imp.message}\n     Ask yourself: ${imp.question}`));
  return out.join("\n");
}

function main(argv: string[]): number {
  const src = argv.find((a, i) => !a.startsWith("--") && !["--role", "--stage"].includes(argv[i - 1] ?? ""));
  if (src === undefined) {
    process.stderr.write("usage: npm run grade -- <file|-> [--role R] [--stage S] [--json]\n");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(src === "-" ? 0 : src, "utf8");
  } catch (e) {
    process.stderr.write(`grade: cannot read ${src}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const report = gradeStory(text, { role: parseRole(option(argv, "--role")), stage: parseStage(option(argv, "--stage")) });
  process.stdout.write(argv.includes("--json") ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(text, report)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
