// Finding skill words in text that is not a story (a job posting, a weakness).
// Both sides come from the grader itself (findListedSkills): hard terms by its skill lexicon and its
// word-rarity test ("HCAHPS", "Kronos", "PDSA"), people asks from its soft-skill lexicon's behaviours
// written as asks, never a connective ("including patients"). Postings also name soft skills as nouns
// ("stakeholder management"), which the grader's verb lexicon does not cover, so a small phrase matcher
// over SOFT_TERMS adds them.
// Blind spot: negation ("no people management") still counts as a mention.
import { findListedSkills, type HardField, type SoftFamily, type Span } from "@/lib/grader";

import { SOFT_TERMS } from "./tables";

/** `field` is null for a specialist word the lexicon does not list ("HCAHPS"). */
export type HardTermHit = { term: string; field: HardField | null; span: Span };
export type SoftTermHit = { family: SoftFamily; phrase: string; behaviours: readonly string[]; span: Span };
export type SkillTerms = { hard: HardTermHit[]; soft: SoftTermHit[] };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A phrase as a pattern: case-insensitive, spaces and hyphens interchangeable, an optional plural "s". */
function phrasePattern(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join("[\\s-]+");
}

type PhraseEntry<T> = { phrase: string; value: T };

/** Longest-first, non-overlapping phrase matches with their spans, in text order. */
export function matchPhrases<T>(text: string, entries: readonly PhraseEntry<T>[]): { value: T; phrase: string; span: Span }[] {
  const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length || (a.phrase < b.phrase ? -1 : 1));
  const taken: Span[] = [];
  const out: { value: T; phrase: string; span: Span }[] = [];
  for (const e of sorted) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${phrasePattern(e.phrase)}s?(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
      taken.push(span);
      out.push({ value: e.value, phrase: e.phrase, span });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

const SOFT_ENTRIES = (Object.entries(SOFT_TERMS) as [SoftFamily, (typeof SOFT_TERMS)[SoftFamily]][]).flatMap(([family, rows]) =>
  rows.map((r) => ({ phrase: r.phrase, value: { family, behaviours: r.behaviours } })),
);

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every hard- and soft-skill mention in the text, in text order. Deterministic. */
export function findSkillTerms(text: string): SkillTerms {
  const listed = findListedSkills(text);
  // One spelling per specialist word: "Kronos" mid-sentence names the "kronos" that starts a line too.
  const named = new Map<string, string>();
  for (const h of listed.hard) if (h.field === null && h.term !== h.term.toLowerCase()) named.set(h.term.toLowerCase(), h.term);
  const hard = listed.hard.map((h) => ({ term: h.field === null ? (named.get(h.term.toLowerCase()) ?? h.term) : h.term, field: h.field, span: h.span }));
  const nouns: SoftTermHit[] = matchPhrases(text, SOFT_ENTRIES).map((m) => ({
    family: m.value.family,
    phrase: m.phrase,
    behaviours: m.value.behaviours,
    span: m.span,
  }));
  const verbs: SoftTermHit[] = listed.soft
    .filter((s) => !nouns.some((n) => overlaps(n.span, s.span)))
    .map((s) => ({ family: s.family, phrase: text.slice(s.span.start, s.span.end).toLowerCase(), behaviours: [s.behaviour], span: s.span }));
  const soft = [...nouns, ...verbs]
    .filter((s) => !hard.some((h) => overlaps(h.span, s.span)))
    .sort((a, b) => a.span.start - b.span.start);
  return { hard, soft };
}
