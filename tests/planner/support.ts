// Hand-written banks for the planner tests. Every planner rule reads only
// StorySummary objects, so each test states the exact summaries it needs and its
// expected values follow from them, not from how the grader happens to read a
// text today. The few end-to-end tests grade real texts (./helpers.ts).
import type { SituationId } from "@/lib/planner";
import type { Band, Dimension, Evidence, GradeReport, HardField, Level, SoftFamily, Span, StarPart } from "@/lib/grader";
import { SOFT_FAMILIES } from "@/lib/grader/lexicon/soft-skills";
import { plannerContext, profileSchema, type PlannerContext, type RoleType, type StorySummary } from "@/lib/planner";

export type Draft = {
  id: string;
  title?: string;
  band?: Band;
  overall?: number;
  /** Hard skills in action, as [term, field], in order of first use. */
  hard?: readonly (readonly [string, HardField])[];
  /** Soft behaviours in action, as [family, behaviour], in order of first use. */
  soft?: readonly (readonly [SoftFamily, string])[];
  /** Defaults to true for a strong story, false otherwise. */
  integrated?: boolean;
  resultQuote?: string | null;
  /** The one-line summary. */
  line?: string;
  /** Situations the story shows (lib/planner/situations), each quoted as "<id> quote". */
  situations?: readonly SituationId[];
};

const DEFAULT_SCORE: Record<Band, number> = { strong: 90, fair: 55, weak: 20 };

/** A summary written by hand, shaped like summariseStory's output (families in the guide's order). */
export function summary(d: Draft): StorySummary {
  const band = d.band ?? "strong";
  const soft = (d.soft ?? []).map(([family, behaviour]) => ({ family, behaviour }));
  const integrated = d.integrated ?? band === "strong";
  const overall = d.overall ?? DEFAULT_SCORE[band];
  return {
    id: d.id,
    title: d.title ?? `Story ${d.id}`,
    band,
    overall,
    scores: { integration: overall, context: overall, result: overall },
    levels: { integration: integrated ? 2 : 1, context: 2, result: 2 },
    hardSkills: (d.hard ?? []).map(([term, field]) => ({ term, field })),
    softSkills: soft,
    softFamilies: SOFT_FAMILIES.filter((f) => soft.some((s) => s.family === f)),
    integrated,
    resultQuote: d.resultQuote === undefined ? `Result of ${d.id} rose 10%.` : d.resultQuote,
    summary: d.line ?? `Summary of ${d.id}.`,
    situations: (d.situations ?? []).map((id) => ({ id, quote: `A sentence of ${d.id} showing ${id}.`, words: id })),
  };
}

/**
 * A small bank of typical stories, written out by hand. They echo the texts in
 * ./helpers.ts, but the tests rely on these summaries, not on the grader.
 */
const DRAFTS = {
  /** Strong, integrated: analysis in Python and SQL, presented to a team. 3 hard, 1 soft. */
  churn: {
    overall: 97,
    hard: [["Python", "technology"], ["SQL", "data"], ["data visualisation", "data"]],
    soft: [["communication", "present"]],
    resultQuote: "Within two months churn fell to 5%.",
    line: "I presented the findings to the product team with simple charts, which led us to add a retry flow.",
  },
  /** Strong, integrated, people-led: mentoring with a support tool. 2 hard, 4 soft. */
  mentor: {
    overall: 99,
    hard: [["Zendesk", "support"], ["ticket tags", "support"]],
    soft: [["leadership", "mentor"], ["leadership", "run"], ["problem-solving", "workshop"], ["collaboration", "pair"]],
    resultQuote: "Because new agents felt supported, attrition fell from 40% to 15% over the next year.",
  },
  /** Weak: claims only, no skill in action, no result. */
  claim: { band: "weak", overall: 5, resultQuote: null },
  /** Weak, technical only: no people side. 3 hard, 0 soft. */
  indexes: {
    band: "weak",
    overall: 18,
    hard: [["pg_stat_statements", "technology"], ["database indexing", "technology"], ["ORM", "technology"]],
  },
  /** Fair, both sides but not linked. 1 hard, 4 soft. */
  mediate: {
    band: "fair",
    overall: 60,
    hard: [["A/B test", "data"]],
    soft: [["collaboration", "sit down with"], ["communication", "listen"], ["collaboration", "mediate"], ["communication", "share"]],
  },
  /** Strong, integrated: a spreadsheet tool and training the clerks. 4 hard, 2 soft. */
  excel: {
    overall: 98,
    hard: [["Excel", "business-tools"], ["Power Query", "business-tools"], ["CSV", "business-tools"], ["accounts payable", "finance"]],
    soft: [["leadership", "train"], ["problem-solving", "workshop"]],
  },
} as const satisfies Record<string, Omit<Draft, "id">>;

export type StoryName = keyof typeof DRAFTS;

/** One of the hand-written stories above, under its own id or another. */
export function story(name: StoryName, id: string = name): StorySummary {
  return summary({ id, ...DRAFTS[name] });
}

export function ctx(roleType: RoleType, years: number, targetTitle?: string): PlannerContext {
  return plannerContext(profileSchema.parse({ roleType, years, targetTitle }));
}

// ---------------------------------------------------------------- grade reports

type HitDraft = { quote: string; inAction?: boolean };

export type ReportDraft = {
  band?: Band;
  score?: number;
  scores?: Partial<Record<Dimension, number>>;
  levels?: Partial<Record<Dimension, Level>>;
  hard?: readonly (HitDraft & { term: string; field: HardField })[];
  soft?: readonly (HitDraft & { family: SoftFamily; behaviour: string })[];
  /** Quotes of the STAR parts the grader found, in order. */
  parts?: readonly { part: StarPart; quote: string }[];
  /** Quotes of result figures the grader credited. */
  metrics?: readonly string[];
};

/** Where a quote first occurs in the text; throws when it does not, so a typo cannot pass silently. */
export function spanOf(text: string, quote: string): Span {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length };
}

/**
 * A grade report written by hand for summariseStory: the fields it reads are the
 * draft's, and the rest are empty. Spans are found from quotes, so each hit is
 * where the draft says it is.
 */
export function report(text: string, d: ReportDraft = {}): GradeReport {
  const band = d.band ?? "strong";
  const score = d.score ?? DEFAULT_SCORE[band];
  const dim = (k: Dimension, evidence: Evidence[] = []) => ({ score: d.scores?.[k] ?? score, level: d.levels?.[k] ?? 2, evidence });
  const metrics: Evidence[] = (d.metrics ?? []).map((q) => ({ ruleId: "result-quantified", kind: "result-metric", effect: "earns", span: spanOf(text, q), reason: "" }));
  return {
    version: "test",
    role: "general",
    stage: "mid",
    wordCount: text.split(/\s+/).filter(Boolean).length,
    overall: { score, band },
    dimensions: { integration: dim("integration"), context: dim("context"), result: dim("result", metrics) },
    structure: { parts: (d.parts ?? []).map((p) => ({ part: p.part, span: spanOf(text, p.quote), share: 0 })), missing: [], source: "inferred" },
    hardSkills: (d.hard ?? []).map((h) => ({ term: h.term, field: h.field, span: spanOf(text, h.quote), inAction: h.inAction ?? true })),
    softSkills: (d.soft ?? []).map((s) => ({ family: s.family, behaviour: s.behaviour, span: spanOf(text, s.quote), inAction: s.inAction ?? true })),
    flags: [],
    mix: { hard: null, soft: null, target: { hard: 0.5, soft: 0.5 }, verdict: "no-skills", message: "" },
    improvements: [],
    ladder: { rung: 0, label: "claimed skill", next: "" },
  };
}
