// Skills in text that lists them rather than telling a story (a job posting): the hard side by the
// grader's own two signals, the skill lexicon and word rarity (analysis/domain-terms.ts), whatever the
// clause; the people side only from the soft-skill lexicon's own behaviours written as asks
// ("mentor new staff", "coaching"), never a participle that works as a connective ("including
// patients"), nor the signals that read a told act ("Registered Nurse", "with the physicians").
// Blind spot: negation ("no people management needed") still counts as a mention.
import { analyze, softEntryForms } from "./analyze";
import { setOf, tokenIndexAt } from "./analysis/core";
import { findListedTerms } from "./analysis/domain-terms";
import { SOFT_SKILLS } from "./lexicon/soft-skills";
import type { HardField, SoftFamily, Span } from "./types";

export type ListedHardTerm = {
  term: string;
  /** The lexicon's field, or null for a specialist word found by rarity ("HCAHPS", "Kronos"). */
  field: HardField | null;
  span: Span;
};
export type ListedSoftSkill = { family: SoftFamily; behaviour: string; span: Span };
export type ListedSkills = { hard: ListedHardTerm[]; soft: ListedSoftSkill[] };

/** The behaviours the soft-skill lexicon names (the rest of the grader's people signals read a told act). */
const LEXICON_BEHAVIOURS = setOf(Object.values(SOFT_SKILLS).flatMap((entries) => entries.map((e) => softEntryForms(e).behaviour)));

/** Present participles English uses as prepositions: "including", "following", "regarding". */
const CONNECTIVES = setOf(["including", "involving", "regarding", "concerning", "following", "considering", "excluding", "according", "pending", "given"]);

const JOINING_WORDS = setOf(["and", "or", "to", "of", "for", "with", "the", "a", "an"]);

/** Every hard-skill term and asked-for people behaviour in a list of skills, in text order. Deterministic. */
export function findListedSkills(text: string): ListedSkills {
  const source = typeof text === "string" ? text : "";
  const doc = analyze(source);
  const covered = new Uint8Array(doc.tokens.length);
  const mark = (span: Span) => {
    for (let k = tokenIndexAt(doc.tokens, span.start); k < doc.tokens.length && (doc.tokens[k]?.end ?? Infinity) <= span.end; k++) covered[k] = 1;
  };
  // A term never starts with a joining word: the technique signal reads "wiring diagrams and test" as
  // an "and test" technique (in stories too; fixing it there changes the fitted model, so not here).
  const hard: ListedHardTerm[] = doc.hard
    .filter((h) => !JOINING_WORDS.has(doc.tokens[tokenIndexAt(doc.tokens, h.span.start)]?.norm ?? ""))
    .map((h) => ({ term: h.term, field: h.field, span: h.span }));
  hard.forEach((h) => mark(h.span));
  const soft: ListedSoftSkill[] = [];
  for (const s of doc.soft) {
    if (!LEXICON_BEHAVIOURS.has(s.behaviour)) continue;
    const first = doc.tokens[tokenIndexAt(doc.tokens, s.span.start)];
    if (!first || CONNECTIVES.has(first.norm)) continue;
    soft.push({ family: s.family, behaviour: s.behaviour, span: s.span });
    mark(s.span);
  }
  const specialist = findListedTerms(doc, (k) => covered[k] === 1).map((d) => ({ term: d.term, field: null, span: d.span }));
  return { hard: [...hard, ...specialist].sort((a, b) => a.span.start - b.span.start), soft };
}
