import { readFileSync } from "node:fs";

import { expect } from "vitest";

import { gradeStory, quote, type Evidence, type GradeReport, type RuleId, type Span } from "@/lib/grader";

export type Labelled = {
  id: string;
  text: string;
  role: string;
  stage: string;
  integration: 0 | 1 | 2;
  context: 0 | 1 | 2;
  result: 0 | 1 | 2;
  overall: "weak" | "fair" | "strong";
  pair: string | null;
};

export function loadFixtures(file: "stories.dev.jsonl" | "stories.holdout.jsonl" = "stories.dev.jsonl"): Labelled[] {
  const src = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8");
  return src
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Labelled);
}

export function allEvidence(r: GradeReport): Evidence[] {
  return [...r.dimensions.integration.evidence, ...r.dimensions.context.evidence, ...r.dimensions.result.evidence];
}

/** Quoted spans of one rule's evidence, in text order. */
export function quotes(text: string, r: GradeReport, ruleId: RuleId): string[] {
  return allEvidence(r)
    .filter((e) => e.ruleId === ruleId)
    .sort((a, b) => a.span.start - b.span.start)
    .map((e) => quote(text, e.span));
}

/** The text each match points at, in the order given. */
export function quotesOf(text: string, ms: readonly { span: Span }[]): string[] {
  return ms.map((m) => quote(text, m.span));
}

export function grade(text: string, options?: Parameters<typeof gradeStory>[1]): { text: string; r: GradeReport } {
  return { text, r: gradeStory(text, options) };
}

export function levels(r: GradeReport): [number, number, number] {
  return [r.dimensions.integration.level, r.dimensions.context.level, r.dimensions.result.level];
}

export function everySpan(r: GradeReport): { where: string; span: Span }[] {
  const out: { where: string; span: Span }[] = [];
  for (const d of ["integration", "context", "result"] as const) {
    for (const e of r.dimensions[d].evidence) out.push({ where: `${d}:${e.ruleId}`, span: e.span });
  }
  for (const f of r.flags) out.push({ where: `flag:${f.id}`, span: f.span });
  for (const h of r.hardSkills) out.push({ where: `hard:${h.term}`, span: h.span });
  for (const s of r.softSkills) out.push({ where: `soft:${s.behaviour}`, span: s.span });
  for (const p of r.structure.parts) out.push({ where: `star:${p.part}`, span: p.span });
  return out;
}

export function expectSpansValid(text: string, r: GradeReport): void {
  for (const { where, span } of everySpan(r)) {
    expect(Number.isInteger(span.start), where).toBe(true);
    expect(Number.isInteger(span.end), where).toBe(true);
    expect(span.start, where).toBeGreaterThanOrEqual(0);
    expect(span.end, where).toBeGreaterThanOrEqual(span.start);
    expect(span.end, where).toBeLessThanOrEqual(text.length);
    expect(quote(text, span), where).toBe(text.slice(span.start, span.end));
  }
}

