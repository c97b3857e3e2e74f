// The planner's input: one plain summary per story, built from the story and its
// grade report. Every planner rule reads these summaries only, so pages can
// build them once (or store them) and tests can write them by hand.
import {
  DIMENSIONS,
  gradeStory,
  parseRole,
  parseStage,
  quote,
  type Band,
  type Dimension,
  type GradeReport,
  type HardField,
  type Level,
  type SoftFamily,
  type Span,
  type StarParts,
} from "@/lib/grader";
import { SOFT_FAMILIES } from "@/lib/grader/lexicon/soft-skills";

import { findSituations, type SituationId } from "./situations";
import { BAND_WEIGHT, type SkillCategory } from "./tables";

export type ProvenHardSkill = { term: string; field: HardField };
export type ProvenSoftSkill = { family: SoftFamily; behaviour: string };
/** A situation the story shows (lib/planner/situations), with the sentence that shows it and the words that matched. */
export type StorySituation = { id: SituationId; quote: string; words: string };

export type StorySummary = {
  id: string;
  title: string;
  band: Band;
  overall: number;
  scores: Record<Dimension, number>;
  levels: Record<Dimension, Level>;
  /** Hard skills the narrator used, one per term, in order of first use. */
  hardSkills: ProvenHardSkill[];
  /** Soft behaviours the narrator showed, one per family and behaviour, in order of first use. */
  softSkills: ProvenSoftSkill[];
  /** The families of softSkills, in the guide's order. */
  softFamilies: SoftFamily[];
  /** Full integration: a hard act and a human act in one causal chain. */
  integrated: boolean;
  /** The story's result in its own words, or null when it states none. */
  resultQuote: string | null;
  /** One line to recognise the story by. */
  summary: string;
  /** The situations it shows (a disagreement, time pressure, a setback...), each quoted from the story. */
  situations: StorySituation[];
};

export const SUMMARY_MAX_CHARS = 160;
export const RESULT_MAX_CHARS = 240;

/**
 * The story fields the planner reads. Declared here, below lib/stories (which stores the summaries),
 * so that imports only go down: any StoryDto fits, and so does a draft.
 */
export type StoryLike = { id: string; title: string; text: string };
export type GradableStory = StoryLike & { role: string; stage: string; format: string; parts: StarParts };

export function summariseStory(story: StoryLike, report: GradeReport): StorySummary {
  const text = story.text;
  const hardSkills: ProvenHardSkill[] = [];
  for (const h of report.hardSkills) {
    if (h.inAction && !hardSkills.some((x) => x.term === h.term)) hardSkills.push({ term: h.term, field: h.field });
  }
  const softSkills: ProvenSoftSkill[] = [];
  for (const s of report.softSkills) {
    if (s.inAction && !softSkills.some((x) => x.family === s.family && x.behaviour === s.behaviour)) {
      softSkills.push({ family: s.family, behaviour: s.behaviour });
    }
  }
  const scores = {} as Record<Dimension, number>;
  const levels = {} as Record<Dimension, Level>;
  for (const d of DIMENSIONS) {
    scores[d] = report.dimensions[d].score;
    levels[d] = report.dimensions[d].level;
  }
  return {
    id: story.id,
    title: story.title,
    band: report.overall.band,
    overall: report.overall.score,
    scores,
    levels,
    hardSkills,
    softSkills,
    softFamilies: SOFT_FAMILIES.filter((f) => softSkills.some((s) => s.family === f)),
    integrated: report.dimensions.integration.level === 2,
    resultQuote: resultQuoteOf(text, report),
    summary: summaryLineOf(text, report),
    situations: situationsOf(text),
  };
}

export const SITUATION_QUOTE_MAX_CHARS = 200;

/** Each situation the text shows, quoted by its sentence (clipped around the matched words). */
export function situationsOf(text: string): StorySituation[] {
  const sentences = sentencesOf(text);
  return findSituations(text).map((hit) => {
    const words = text.slice(hit.start, hit.end);
    const sentence = sentences.find((s) => hit.start >= s.start && hit.start < s.end);
    const body = sentence ? sentence.body : words;
    const quote = body.length <= SITUATION_QUOTE_MAX_CHARS ? clip(body, SITUATION_QUOTE_MAX_CHARS) : clipAround(body, words, hit.start - (sentence?.start ?? hit.start));
    return { id: hit.id, quote, words };
  });
}

/** A long sentence cut to the words around the match, so the quote still shows why it counts. */
function clipAround(body: string, words: string, at: number): string {
  const half = Math.floor((SITUATION_QUOTE_MAX_CHARS - words.length) / 2);
  const from = Math.max(0, at - half);
  const to = Math.min(body.length, at + words.length + half);
  const start = from === 0 ? 0 : body.indexOf(" ", from) + 1 || from;
  const endSpace = to === body.length ? to : body.lastIndexOf(" ", to);
  const end = endSpace > at + words.length ? endSpace : to;
  return `${start > 0 ? "…" : ""}${body.slice(start, end).replace(/\s+/g, " ").trim()}${end < body.length ? "…" : ""}`;
}

/**
 * Grade a stored story and summarise it in one step. Grading is the costly part
 * (a couple of milliseconds a story, so 10,000 stories take seconds): a page over a large bank should store the
 * summary alongside the story's GRADER_VERSION rather than call this per request.
 */
export function gradeAndSummarise(story: GradableStory): StorySummary {
  const report = gradeStory(story.text, {
    role: parseRole(story.role),
    stage: parseStage(story.stage),
    ...(story.format === "star" ? { parts: story.parts } : {}),
  });
  return summariseStory(story, report);
}

// ---------------------------------------------------------------- predicates

export function isStrong(s: StorySummary): boolean {
  return s.band === "strong";
}

export function provesTerm(s: StorySummary, term: string): boolean {
  const t = term.toLowerCase();
  return s.hardSkills.some((h) => h.term.toLowerCase() === t);
}

export function provesField(s: StorySummary, field: HardField): boolean {
  return s.hardSkills.some((h) => h.field === field);
}

export function provesFamily(s: StorySummary, family: SoftFamily): boolean {
  return s.softFamilies.includes(family);
}

export function provesBehaviour(s: StorySummary, behaviour: string): boolean {
  return s.softSkills.some((x) => x.behaviour === behaviour);
}

export function hasCategory(s: StorySummary, category: SkillCategory): boolean {
  return category === "hard" ? s.hardSkills.length > 0 : s.softSkills.length > 0;
}

/** The story's share of hard evidence (distinct terms against distinct behaviours); null with no evidence. */
export function hardShareOf(s: StorySummary): number | null {
  const h = s.hardSkills.length;
  const n = h + s.softSkills.length;
  return n === 0 ? null : h / n;
}

export function bandWeight(s: StorySummary): number {
  return BAND_WEIGHT[s.band];
}

/** Best first: higher overall score, then id, so every list built from it is deterministic. */
export function byStrength(a: StorySummary, b: StorySummary): number {
  return b.overall - a.overall || compareIds(a.id, b.id);
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------- quotes

export type SentencePiece = Span & { body: string };

/** Sentences with their offsets: a sentence ends at . ! ? followed by a space or the end ("5.6%" stays whole), or at a line break. */
export function sentencesOf(text: string): SentencePiece[] {
  const out: SentencePiece[] = [];
  const re = /[^\n]+?(?:[.!?]+["')\]]*(?=\s|$)|(?=\n)|$)/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === "") continue;
    const start = m.index + lead;
    out.push({ start, end: start + body.length, body });
  }
  return out;
}

/** "- Result: close went..." reads "close went...": a bullet or a STAR label is not part of the quote. */
function withoutLabel(s: string): string {
  const rest = s.replace(/^[-*•\s]*(?:(?:situation|task|action|result|outcome)\s*[:–-]\s*)?/i, "");
  return rest === s ? s : rest.charAt(0).toUpperCase() + rest.slice(1);
}

function clip(s: string, max: number): string {
  const flat = withoutLabel(s.replace(/\s+/g, " ").trim());
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, "")}…`;
}

function inside(span: Span, piece: Span): boolean {
  return span.start >= piece.start && span.start < piece.end;
}

function resultQuoteOf(text: string, report: GradeReport): string | null {
  const resultParts = report.structure.parts.filter((p) => p.part === "result");
  const metrics = report.dimensions.result.evidence.filter((e) => e.kind === "result-metric" && e.effect === "earns");
  const last = resultParts[resultParts.length - 1];
  if (last) {
    const body = quote(text, last.span).trim();
    if (body !== "" && body.length <= RESULT_MAX_CHARS) return clip(body, RESULT_MAX_CHARS);
    const sentences = sentencesOf(text).filter((s) => inside(s, last.span));
    const withMetric = sentences.find((s) => metrics.some((m) => inside(m.span, s)));
    const pick = withMetric ?? sentences[0];
    if (pick) return clip(pick.body, RESULT_MAX_CHARS);
  }
  const first = metrics[0];
  if (!first) return null;
  const sentence = sentencesOf(text).find((s) => inside(first.span, s));
  return sentence ? clip(sentence.body, RESULT_MAX_CHARS) : null;
}

/** The sentence that best shows the story: one with both a hard and a soft act, else any act, else the first. */
function summaryLineOf(text: string, report: GradeReport): string {
  const sentences = sentencesOf(text);
  const hard = report.hardSkills.filter((h) => h.inAction).map((h) => h.span);
  const soft = report.softSkills.filter((s) => s.inAction).map((s) => s.span);
  const both = sentences.find((s) => hard.some((h) => inside(h, s)) && soft.some((x) => inside(x, s)));
  const any = sentences.find((s) => [...hard, ...soft].some((h) => inside(h, s)));
  const pick = both ?? any ?? sentences[0];
  return pick ? clip(pick.body, SUMMARY_MAX_CHARS) : "";
}
