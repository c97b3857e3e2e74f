// The evidence a level is decided from, as numbers: each feature counts one kind of evidence (whose
// spans the report shows), capped and scaled to 0..1. FEATURES is data: its sign says whether more of
// that evidence may only raise the level (+1), only lower it (-1), or either (0). The fitted weights
// live in model.ts; score.ts is the one place that turns features into levels and scores.
import type { Doc, SoftMention } from "./analyze";
import { tokenIndexAt } from "./analysis/core";
import type { Dimension, Evidence } from "./types";

export type FeatureInput = { doc: Doc; evidence: Record<Dimension, readonly Evidence[]> };

export type Feature = {
  id: string;
  sign: 1 | -1 | 0;
  /** Where the count saturates. */
  cap: number;
  description: string;
  count: (f: FeatureInput) => number;
};

/** People acts that show little of the soft skill (ANNOTATION.md: "told my manager", "escalated it", "worked with IT"). */
const THIN_BEHAVIOURS = new Set([
  "tell", "inform+", "escalate+", "raise+", "worked with people", "work>worked with+", "call+", "phone+", "email+",
  "update+", "report to", "schedule+", "assign+", "delegate", "organize+", "arrange+", "get>got+", "keep>kept+",
  "start>started+", "remind+", "direct+", "help+", "support+", "include+", "involve+", "document+", "ask+",
]);

function ruleCount(f: FeatureInput, dim: Dimension, ruleId: string): number {
  let n = 0;
  for (const e of f.evidence[dim]) if (e.ruleId === ruleId) n++;
  return n;
}

function sentenceShare(doc: Doc, sentences: ReadonlySet<number>): number {
  return doc.sentences.length === 0 ? 0 : sentences.size / doc.sentences.length;
}

/** Share of sentences that tell a routine, a method or a hypothetical rather than one past occasion. */
function notEpisodeShare(doc: Doc): number {
  const s = new Set<number>();
  for (const h of doc.hypotheticals) s.add(h.sentence);
  for (const p of doc.presentActs) s.add(p.sentence);
  for (let i = 0; i < doc.sentenceHypothetical.length; i++) if (doc.sentenceHypothetical[i]) s.add(i);
  return sentenceShare(doc, s);
}

function weShare(doc: Doc): number {
  const { narrator, team } = doc.subjects;
  return narrator + team === 0 ? 0 : team / (narrator + team);
}

const WORK_VERBS = new Set(["worked", "work", "working", "works", "liaised", "partnered", "collaborated", "coordinated", "communicated", "checked"]);

/** A thin people act; "with the machinists" after a real act ("spent a shift with", "went over it with") is not thin, "worked with IT" is. */
function isThin(doc: Doc, s: SoftMention): boolean {
  if (!THIN_BEHAVIOURS.has(s.behaviour)) return false;
  if (s.behaviour !== "worked with people") return true;
  let i = tokenIndexAt(doc.tokens, s.span.start) - 1;
  while (i >= 0 && doc.tokens[i]?.kind !== "word") i--;
  const before = i >= 0 ? (doc.tokens[i]?.norm ?? "") : "";
  return before === "" || WORK_VERBS.has(before);
}

const distinctOwn = (ms: readonly { term: string; status: string }[]) => new Set(ms.filter((m) => m.status === "narrator").map((m) => m.term)).size;
const ownSoft = (doc: Doc) => doc.soft.filter((s) => s.status === "narrator");
/** How clearly a hard skill is at work in the narrator's acts: 0 (none) .. 1 (clearly). */
function hardSide(f: FeatureInput): number {
  const d = f.doc;
  const n = ruleCount(f, "integration", "hard-skill-in-action") + distinctOwn(d.practiceTerms) + distinctOwn(d.domainTerms) / 2 + distinctOwn(d.technicalActs) / 2 + d.hard.filter((h) => h.status === "shared").length / 2;
  return Math.min(1, n / 3);
}

/** How clearly the narrator works with people: 0 .. 1; thin acts count half; one act that carries the technical work is enough. */
function peopleSide(f: FeatureInput): number {
  if (ruleCount(f, "integration", "skill-bridge") > 0) return 1;
  const own = ownSoft(f.doc);
  const n = own.filter((s) => !isThin(f.doc, s)).length + own.filter((s) => isThin(f.doc, s)).length / 2 + f.doc.soft.filter((s) => s.status === "shared").length / 2;
  return Math.min(1, n / 3);
}

const lengthScore = (doc: Doc) => Math.max(0, Math.log2(Math.max(1, doc.wordCount) / 25)); // 25 words 0, 50 -> 1, 100 -> 2, 200 -> 3

const INTEGRATION: readonly Feature[] = [
  { id: "hard-own", sign: 1, cap: 3, description: "named hard skills in the narrator's own acts", count: (f) => ruleCount(f, "integration", "hard-skill-in-action") },
  { id: "hard-shared", sign: 1, cap: 2, description: "named hard skills in acts told as 'we' or in the passive", count: (f) => f.doc.hard.filter((h) => h.status === "shared").length },
  { id: "domain-own", sign: 1, cap: 6, description: "rare specialist words in the narrator's own acts", count: (f) => distinctOwn(f.doc.domainTerms) },
  { id: "technical-acts", sign: 1, cap: 3, description: "acts of the narrator's whose verb names a technical act (calibrated, reconciled, redesigned)", count: (f) => distinctOwn(f.doc.technicalActs) },
  { id: "people-own", sign: 1, cap: 4, description: "acts with people that show a soft skill", count: (f) => ownSoft(f.doc).filter((s) => !isThin(f.doc, s)).length },
  { id: "people-thin", sign: 1, cap: 3, description: "thin acts with people (told, escalated, worked with)", count: (f) => ownSoft(f.doc).filter((s) => isThin(f.doc, s)).length },
  { id: "people-shared", sign: 1, cap: 2, description: "acts with people told as 'we'", count: (f) => f.doc.soft.filter((s) => s.status === "shared").length },
  { id: "both-kinds", sign: 1, cap: 1, description: "the weaker of the two sides: a hard skill and a people act both at work", count: (f) => Math.min(hardSide(f), peopleSide(f)) },
  { id: "both-linked", sign: 1, cap: 1, description: "both sides at work and linked to what followed", count: (f) => (ruleCount(f, "integration", "causal-chain") > 0 ? Math.min(hardSide(f), peopleSide(f)) : 0) },
  { id: "chain", sign: 1, cap: 1, description: "a hard skill at work, a people act that carries it, and what followed: one chain", count: (f) => (hardSide(f) > 0 && ruleCount(f, "integration", "skill-bridge") > 0 && (ruleCount(f, "integration", "causal-chain") > 0 || ruleCount(f, "result", "result-quantified") + ruleCount(f, "result", "result-vague") > 0) ? 1 : 0) },
  { id: "bridge", sign: 1, cap: 2, description: "people acts that carry the technical work", count: (f) => ruleCount(f, "integration", "skill-bridge") },
  { id: "claims", sign: -1, cap: 3, description: "skills claimed or listed rather than shown", count: (f) => ruleCount(f, "integration", "claimed-skill") + ruleCount(f, "integration", "skill-list") },
  { id: "not-episode", sign: -1, cap: 1, description: "share of sentences that tell a routine or a hypothetical", count: (f) => notEpisodeShare(f.doc) },
  { id: "we-share", sign: -1, cap: 1, description: "share of acts told as 'we'", count: (f) => weShare(f.doc) },
];

const CONTEXT: readonly Feature[] = [
  { id: "narrator-acts", sign: 1, cap: 6, description: "concrete acts of the narrator", count: (f) => ruleCount(f, "context", "narrator-action") },
  { id: "vague-acts", sign: 1, cap: 3, description: "acts of the narrator with a vague verb", count: (f) => ruleCount(f, "context", "narrator-vague-verb") },
  { id: "setting", sign: 1, cap: 2, description: "a named or described setting", count: (f) => ruleCount(f, "context", "context-setting") },
  { id: "problem", sign: 1, cap: 3, description: "the problem or stakes", count: (f) => ruleCount(f, "context", "context-problem") },
  { id: "detail", sign: 1, cap: 4, description: "scale, dates, durations, findings", count: (f) => ruleCount(f, "context", "context-detail") },
  { id: "not-episode", sign: -1, cap: 1, description: "share of sentences that tell a routine or a hypothetical", count: (f) => notEpisodeShare(f.doc) },
  { id: "we-share", sign: -1, cap: 1, description: "share of acts told as 'we'", count: (f) => weShare(f.doc) },
  { id: "placeholder", sign: -1, cap: 1, description: "a stand-in name for the organisation", count: (f) => ruleCount(f, "context", "placeholder-name") },
  { id: "buzzwords", sign: -1, cap: 3, description: "buzzword padding", count: (f) => ruleCount(f, "context", "buzzword-padding") },
  { id: "length", sign: 1, cap: 3, description: "length (log of words)", count: (f) => lengthScore(f.doc) },
];

const RESULT: readonly Feature[] = [
  { id: "changed", sign: 1, cap: 1, description: "a measured change (direction, before and after) on a named metric", count: (f) => f.doc.numbers.filter((n) => n.cls === "result" && n.change === true && n.implausible !== true).length },
  { id: "measured", sign: 1, cap: 2, description: "measured values after the action, with no baseline", count: (f) => f.doc.numbers.filter((n) => n.cls === "result" && (n.change !== true || n.implausible === true)).length },
  { id: "outcome", sign: 1, cap: 3, description: "outcomes without a number", count: (f) => ruleCount(f, "result", "result-vague") },
  { id: "closing", sign: 1, cap: 2, description: "how it ended, told in the closing sentences", count: (f) => f.doc.closingOutcomes.length },
  { id: "projected", sign: -1, cap: 2, description: "expected or hoped-for results", count: (f) => ruleCount(f, "result", "result-projected") },
  { id: "negated", sign: -1, cap: 2, description: "results that did not happen", count: (f) => ruleCount(f, "result", "result-negated") },
  { id: "not-episode", sign: -1, cap: 1, description: "share of sentences that tell a routine or a hypothetical", count: (f) => notEpisodeShare(f.doc) },
];

export const FEATURES: Record<Dimension, readonly Feature[]> = { integration: INTEGRATION, context: CONTEXT, result: RESULT };

export type FeatureVector = Record<Dimension, number[]>;

export function featureVector(input: FeatureInput): FeatureVector {
  const row = (fs: readonly Feature[]) => fs.map((ft) => Math.min(ft.cap, Math.max(0, ft.count(input))) / ft.cap);
  return { integration: row(INTEGRATION), context: row(CONTEXT), result: row(RESULT) };
}
