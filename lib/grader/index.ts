// StoryBank grader: a pure, deterministic, isomorphic grade of one STAR story.
// No I/O, no clock, no randomness: the same text always gives the same report.
import { analyze, type Doc } from "./analyze";
import type { StarBox } from "./analysis/core";
import { featureVector, type FeatureVector } from "./features";
import { MODEL } from "./model";
import { STAR_PROMPTS } from "./lexicon/prompts";
import { improvementsFor, ladderFor, mixFor, structureFromBoxes, structureFromText } from "./report";
import { RULES, type RuleId } from "./rules";
import { bandFor, levelsFor, overallScore, type LevelModel } from "./score";
import type {
  Dimension,
  DimensionScore,
  Evidence,
  Flag,
  GradeReport,
  HardSkillHit,
  Role,
  SoftSkillHit,
  Span,
  Stage,
} from "./types";

export const GRADER_VERSION = "2.9.39";

export const ROLES = ["technical", "customer", "leadership", "general"] as const;
export const STAGES = ["entry", "mid", "senior", "executive"] as const;
export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export const DIMENSIONS = ["integration", "context", "result"] as const;

export type StarParts = Record<(typeof STAR_PARTS)[number], string>;

export type GradeOptions = {
  /** Unknown values (from old rows or labelled files) fall back to "general"; never throws. */
  role?: Role;
  /** Unknown values (the corpus uses "unknown") fall back to "mid"; never throws. */
  stage?: Stage;
  parts?: StarParts;
  /** Rules to switch off by id. */
  disable?: readonly RuleId[];
  /** The fitted level model; the committed one (model.ts) unless an evaluation refits it. */
  model?: LevelModel;
};

/** The text the app stores and grades for a four-box draft: non-empty parts joined by a blank line. */
export function joinStarParts(parts: StarParts): string {
  return STAR_PARTS.map((p) => parts[p])
    .filter((body) => typeof body === "string" && body.trim() !== "")
    .join("\n\n");
}

/** The quoted words of a span. */
export function quote(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** A role from untrusted input (a form, a stored row, a labelled file); unknown values become "general". */
export function parseRole(v: unknown): Role {
  return (ROLES as readonly unknown[]).includes(v) ? (v as Role) : "general";
}

/** A career stage from untrusted input; unknown values (such as "unknown") become "mid". */
export function parseStage(v: unknown): Stage {
  return (STAGES as readonly unknown[]).includes(v) ? (v as Stage) : "mid";
}

const MAX_HITS = 200;
const MAX_FLAGS_PER_RULE = 3;

type Collected = { doc: Doc; byDimension: Record<Dimension, Evidence[]>; all: Evidence[] };

function collectEvidence(source: string, disabled: ReadonlySet<string>, boxes?: readonly StarBox[]): Collected {
  return evidenceFor(analyze(source, boxes), disabled);
}

function evidenceFor(doc: Doc, disabled: ReadonlySet<string>): Collected {
  const byDimension: Record<Dimension, Evidence[]> = { integration: [], context: [], result: [] };
  const all: Evidence[] = [];
  for (const rule of RULES) {
    if (disabled.has(rule.id)) continue;
    for (const e of rule.detect(doc)) {
      byDimension[rule.dimension].push(e);
      all.push(e);
    }
  }
  return { doc, byDimension, all };
}

/** The feature rows a story's levels are decided from (for fitting and evaluating the level model). */
export function storyFeatures(text: string): FeatureVector {
  return featuresOfDoc(analyze(typeof text === "string" ? text : ""));
}

/** Features from an analysis, which an ablation may have edited (say, with one signal emptied). */
export function featuresOfDoc(doc: Doc): FeatureVector {
  const { byDimension } = evidenceFor(doc, new Set());
  return featureVector({ doc, evidence: byDimension });
}

export function gradeStory(text: string, options: GradeOptions = {}): GradeReport {
  const source = typeof text === "string" ? text : "";
  const role = parseRole(options.role);
  const stage = parseStage(options.stage);
  const parts = options.parts;
  // A four-box draft whose boxes make up the text: its structure is the boxes, and the analysis reads each sentence as part of its box.
  const boxed = parts !== undefined && isStarParts(parts) && joinStarParts(parts) === source ? structureFromBoxes(parts) : null;
  const { doc, byDimension, all } = collectEvidence(source, new Set<string>(options.disable ?? []), boxed?.parts);
  const features = featureVector({ doc, evidence: byDimension });
  const levels = levelsFor(features, options.model ?? MODEL, doc.wordCount);
  const dimensions: Record<Dimension, DimensionScore> = {
    integration: { level: levels.integration.level, score: levels.integration.score, evidence: byDimension.integration },
    context: { level: levels.context.level, score: levels.context.score, evidence: byDimension.context },
    result: { level: levels.result.level, score: levels.result.score, evidence: byDimension.result },
  };
  const band = bandFor({
    integration: dimensions.integration.level,
    context: dimensions.context.level,
    result: dimensions.result.level,
  });

  const flags: Flag[] = [];
  const perRule = new Map<string, number>();
  for (const e of all) {
    if (e.fix === undefined) continue;
    const n = perRule.get(e.ruleId) ?? 0;
    if (n >= MAX_FLAGS_PER_RULE) continue;
    perRule.set(e.ruleId, n + 1);
    flags.push({ id: e.ruleId, span: e.span, message: e.reason, fix: e.fix });
  }

  const structure = boxed ?? structureFromText(doc);

  const hardSkills: HardSkillHit[] = doc.hard
    .slice(0, MAX_HITS)
    .map((h) => ({ term: h.term, field: h.field, span: h.span, inAction: h.status === "narrator" }));
  const softSkills: SoftSkillHit[] = doc.soft
    .slice(0, MAX_HITS)
    .map((s) => ({ family: s.family, behaviour: s.behaviour, span: s.span, inAction: s.status === "narrator" }));

  return {
    version: GRADER_VERSION,
    role,
    stage,
    wordCount: doc.wordCount,
    overall: { score: overallScore(levels, band), band },
    dimensions,
    structure,
    hardSkills,
    softSkills,
    flags,
    mix: mixFor(doc, role, stage, levels.integration.level > 0),
    improvements: improvementsFor(doc, dimensions, all),
    ladder: ladderFor(dimensions, all),
  };
}

function isStarParts(p: unknown): p is StarParts {
  if (typeof p !== "object" || p === null) return false;
  const r = p as Record<string, unknown>;
  return STAR_PARTS.every((k) => typeof r[k] === "string");
}

export { STAR_PROMPTS };
export { RULES, type RuleId } from "./rules";
export { findListedSkills, type ListedHardTerm, type ListedSkills, type ListedSoftSkill } from "./listed-skills";
export { HARD_SKILLS } from "./lexicon/hard-skills";
export { SOFT_SKILLS } from "./lexicon/soft-skills";
export type {
  Band,
  Dimension,
  DimensionScore,
  Evidence,
  EvidenceKind,
  Flag,
  GradeReport,
  HardField,
  HardSkillHit,
  Improvement,
  Ladder,
  LadderLabel,
  LadderRung,
  Level,
  Mix,
  MixVerdict,
  Role,
  SoftFamily,
  SoftSkillHit,
  Span,
  Stage,
  StarPart,
  StructurePart,
} from "./types";
