// The evidence a level is decided from, as numbers: each feature counts one kind of evidence (whose
// spans the report shows), capped and scaled to 0..1. FEATURES is data: its sign says whether more of
// that evidence may only raise the level (+1), only lower it (-1), or either (0). The fitted weights
// live in model.ts; score.ts is the one place that turns features into levels and scores.
import { isSoloBehaviour, isThinAct, type Doc } from "./analyze";
import type { Dimension, Evidence } from "./types";

export type FeatureInput = { doc: Doc; evidence: Record<Dimension, readonly Evidence[]> };

/** What the features read, counted once per story (the grader runs on every keystroke). */
export type Tally = {
  doc: Doc;
  /** Evidence records per rule id (rule ids are unique across dimensions). */
  rules: ReadonlyMap<string, number>;
  hardShared: number;
  peopleOwn: number;
  peopleThin: number;
  peopleShared: number;
  /** How clearly a hard skill is at work in the narrator's acts: 0 (none) .. 1 (clearly). */
  hardSide: number;
  /** How clearly the narrator works with people: 0 .. 1; thin acts count half; one act that carries the technical work is enough. */
  peopleSide: number;
  /** Share of sentences that tell a routine, a method or a hypothetical rather than one past occasion. */
  notEpisode: number;
  weShare: number;
  /** People acts that carry the technical work and are not thin (a chain needs one). */
  fullBridges: number;
};

export type Feature = {
  id: string;
  sign: 1 | -1 | 0;
  /** Where the count saturates. */
  cap: number;
  description: string;
  count: (t: Tally) => number;
};

const distinctOwn = (ms: readonly { term: string; status: string }[]) => new Set(ms.filter((m) => m.status === "narrator").map((m) => m.term)).size;

export function tally({ doc, evidence }: FeatureInput): Tally {
  const rules = new Map<string, number>();
  for (const dim of ["integration", "context", "result"] as const) for (const e of evidence[dim]) rules.set(e.ruleId, (rules.get(e.ruleId) ?? 0) + 1);
  const rule = (id: string) => rules.get(id) ?? 0;
  let peopleOwn = 0;
  let peopleThin = 0;
  let peopleShared = 0;
  // In an answer that tells no occasion, a people act told as the narrator's routine ("I deal with
  // difficult clients calmly") is a duty described, at most a thin people side.
  const routineSentences = new Set(doc.episode ? [] : doc.presentActs.map((p) => p.sentence));
  for (const m of doc.soft) {
    if (isSoloBehaviour(m.behaviour)) continue;
    if (m.status === "shared") peopleShared++;
    else if (m.status === "narrator") {
      if (isThinAct(doc.tokens, m) || routineSentences.has(m.sentence)) peopleThin++;
      else peopleOwn++;
    }
  }
  const hardShared = doc.hard.filter((h) => h.status === "shared").length;
  const hard = rule("hard-skill-in-action") + distinctOwn(doc.domainTerms) / 2 + hardShared / 2;
  const people = peopleOwn + peopleThin / 2 + peopleShared / 2;
  const routine = new Set<number>();
  for (const h of doc.hypotheticals) routine.add(h.sentence);
  for (const p of doc.presentActs) routine.add(p.sentence);
  doc.sentenceHypothetical.forEach((hypothetical, i) => hypothetical && routine.add(i));
  const { narrator, team } = doc.subjects;
  return {
    doc,
    rules,
    hardShared,
    peopleOwn,
    peopleThin,
    peopleShared,
    hardSide: Math.min(1, hard / 3),
    peopleSide: rule("skill-bridge") > 0 ? 1 : Math.min(1, people / 3),
    notEpisode: doc.sentences.length === 0 ? 0 : routine.size / doc.sentences.length,
    weShare: narrator + team === 0 ? 0 : team / (narrator + team),
    fullBridges: doc.bridges.filter((b) => !b.thin).length,
  };
}

const rule = (t: Tally, id: string) => t.rules.get(id) ?? 0;
const both = (t: Tally) => Math.min(t.hardSide, t.peopleSide);
const lengthScore = (doc: Doc) => Math.max(0, Math.log2(Math.max(1, doc.wordCount) / 25)); // 25 words 0, 50 -> 1, 100 -> 2, 200 -> 3

const INTEGRATION: readonly Feature[] = [
  { id: "hard-own", sign: 1, cap: 3, description: "named hard skills in the narrator's own acts", count: (t) => rule(t, "hard-skill-in-action") },
  { id: "hard-shared", sign: 1, cap: 2, description: "named hard skills in acts told as 'we' or in the passive", count: (t) => t.hardShared },
  { id: "domain-own", sign: 1, cap: 6, description: "rare specialist words in the narrator's own acts", count: (t) => distinctOwn(t.doc.domainTerms) },
  { id: "people-own", sign: 1, cap: 4, description: "acts with people that show a soft skill", count: (t) => t.peopleOwn },
  { id: "people-thin", sign: 1, cap: 3, description: "thin acts with people (told, escalated, worked with)", count: (t) => t.peopleThin },
  { id: "people-shared", sign: 1, cap: 2, description: "acts with people told as 'we'", count: (t) => t.peopleShared },
  { id: "both-kinds", sign: 1, cap: 1, description: "the weaker of the two sides: a hard skill and a people act both at work", count: both },
  { id: "both-present", sign: 1, cap: 1, description: "a hard skill and a people act both at work, however slight", count: (t) => (both(t) > 0 ? 1 : 0) },
  { id: "both-linked", sign: 1, cap: 1, description: "both sides at work and linked to what followed", count: (t) => (rule(t, "causal-chain") > 0 ? both(t) : 0) },
  { id: "chain", sign: 1, cap: 1, description: "a hard skill at work, a people act (not a thin one) that carries it, and what followed: one chain", count: (t) => (t.hardSide > 0 && t.fullBridges > 0 && rule(t, "causal-chain") + rule(t, "result-quantified") + rule(t, "result-vague") > 0 ? 1 : 0) },
  { id: "bridge", sign: 1, cap: 2, description: "people acts that carry the technical work", count: (t) => rule(t, "skill-bridge") },
  { id: "claims", sign: -1, cap: 3, description: "skills claimed or listed rather than shown", count: (t) => rule(t, "claimed-skill") + rule(t, "skill-list") },
  { id: "not-episode", sign: -1, cap: 1, description: "share of sentences that tell a routine or a hypothetical", count: (t) => t.notEpisode },
  { id: "we-share", sign: -1, cap: 1, description: "share of acts told as 'we'", count: (t) => t.weShare },
];

const CONTEXT: readonly Feature[] = [
  { id: "narrator-acts", sign: 1, cap: 6, description: "concrete acts of the narrator", count: (t) => rule(t, "narrator-action") },
  { id: "vague-acts", sign: 1, cap: 3, description: "acts of the narrator with a vague verb", count: (t) => rule(t, "narrator-vague-verb") },
  { id: "setting", sign: 1, cap: 2, description: "a named or described setting", count: (t) => rule(t, "context-setting") },
  { id: "problem", sign: 1, cap: 3, description: "the problem or stakes", count: (t) => rule(t, "context-problem") },
  { id: "detail", sign: 1, cap: 4, description: "scale, dates, durations, findings", count: (t) => rule(t, "context-detail") },
  { id: "not-episode", sign: -1, cap: 1, description: "share of sentences that tell a routine or a hypothetical", count: (t) => t.notEpisode },
  { id: "we-share", sign: -1, cap: 1, description: "share of acts told as 'we'", count: (t) => t.weShare },
  { id: "placeholder", sign: -1, cap: 1, description: "a stand-in name for the organisation", count: (t) => rule(t, "placeholder-name") },
  { id: "buzzwords", sign: -1, cap: 3, description: "buzzword padding", count: (t) => rule(t, "buzzword-padding") },
  { id: "length", sign: 1, cap: 3, description: "length (log of words)", count: (t) => lengthScore(t.doc) },
  { id: "constraint", sign: 1, cap: 2, description: "a constraint or a time frame told in words", count: (t) => rule(t, "context-constraint") },
  { id: "claims", sign: -1, cap: 3, description: "skills claimed or listed: a generic answer rather than one situation", count: (t) => rule(t, "claimed-skill") + rule(t, "skill-list") },
];

const RESULT: readonly Feature[] = [
  { id: "changed", sign: 1, cap: 1, description: "a measured change (direction, before and after) on a named metric", count: (t) => t.doc.numbers.filter((n) => n.cls === "result" && n.change === true && n.implausible !== true).length },
  { id: "measured", sign: 1, cap: 2, description: "measured values after the action, with no baseline", count: (t) => t.doc.numbers.filter((n) => n.cls === "result" && (n.change !== true || n.implausible === true)).length },
  { id: "outcome", sign: 1, cap: 3, description: "outcomes without a number", count: (t) => rule(t, "result-vague") },
  { id: "closing", sign: 1, cap: 2, description: "how it ended, told in the closing sentences", count: (t) => t.doc.closingOutcomes.length },
  { id: "projected", sign: -1, cap: 2, description: "expected or hoped-for results", count: (t) => rule(t, "result-projected") },
  { id: "negated", sign: -1, cap: 2, description: "results that did not happen", count: (t) => rule(t, "result-negated") },
  { id: "not-episode", sign: -1, cap: 1, description: "share of sentences that tell a routine or a hypothetical", count: (t) => t.notEpisode },
];

export const FEATURES: Record<Dimension, readonly Feature[]> = { integration: INTEGRATION, context: CONTEXT, result: RESULT };

export type FeatureVector = Record<Dimension, number[]>;

export function featureVector(input: FeatureInput): FeatureVector {
  const t = tally(input);
  const row = (fs: readonly Feature[]) => fs.map((ft) => Math.min(ft.cap, Math.max(0, ft.count(t))) / ft.cap);
  return { integration: row(INTEGRATION), context: row(CONTEXT), result: row(RESULT) };
}
