// Word rarity: a word that everyday English seldom uses ("spirometry", "reconciled", "refrigerant")
// is, inside the narrator's own act, the best field-independent sign of a specialist skill at work.
// The table is SUBTLEX-US (see lexicon/common-words.ts); it is turned into a Set on first use only.
import { COMMON_WORDS_TEXT } from "../lexicon/common-words";
import { NOT_SKILL_NOUNS_TEXT } from "../lexicon/not-skill-nouns";

let common: ReadonlySet<string> | null = null;
let notSkill: ReadonlySet<string> | null = null;

function everyday(): ReadonlySet<string> {
  common ??= new Set(COMMON_WORDS_TEXT.join(" ").split(" "));
  return common;
}

/** True when a lower-cased word is itself in the everyday table ("rest", "sap", "pert"). */
export function isEverydayWord(norm: string): boolean {
  return everyday().has(norm);
}

/**
 * Forms a word may be inflected from: "audits" -> "audit", "triaged" -> "triage", "studies" -> "study",
 * and the degrees of an adjective: "busiest" / "busier" -> "busy", "tightest" -> "tight", "simplest" -> "simple".
 */
function stems(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith("iest") || w.endsWith("ier")) out.push(`${w.slice(0, w.endsWith("ier") ? -3 : -4)}y`);
  if (w.endsWith("est")) {
    const base = w.slice(0, -3);
    out.push(base, `${base}e`);
    if (/([bdglmnprt])\1$/.test(base)) out.push(base.slice(0, -1));
  }
  if (w.endsWith("ies")) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("ied")) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("es")) out.push(w.slice(0, -2));
  if (w.endsWith("s")) out.push(w.slice(0, -1));
  if (w.endsWith("ed")) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith("ing")) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (w.endsWith("er")) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith("ers")) out.push(w.slice(0, -3), w.slice(0, -2));
  return out;
}

function isEverydayPart(part: string): boolean {
  if (part.length < 4) return true;
  const set = everyday();
  return set.has(part) || stems(part).some((s) => s.length >= 3 && set.has(s));
}

/**
 * True for a word WordNet knows only as a place, a group, a person or a time ("dealership", "downtime",
 * "actuaries"): rare, but where, who or when, not a skill at work (lexicon/not-skill-nouns.ts).
 */
export function namesWhereWhoOrWhen(norm: string): boolean {
  notSkill ??= new Set(NOT_SKILL_NOUNS_TEXT.join(" ").split(" "));
  const set = notSkill;
  return set.has(norm) || stems(norm).some((s) => s.length >= 4 && set.has(s));
}

/** Endings of qualities and manners ("transparency", "openness", "underlying", "promotional"): they describe, they do not name a technique. */
const DESCRIPTIVE_ENDINGS = /(?:ly|ness|ity|ency|ancy|acy|ous|ful|less|ent|ive|able|ible|ish|ing|ic|al)$/;

/**
 * True for a lower-cased word of five letters or more that everyday English seldom uses and that can
 * name a thing or an act (not a quality). A compound ("de-escalation", "pre-commissioning") is rare
 * when one of its parts is. Words with apostrophes are never rare.
 */
export function isRareWord(norm: string): boolean {
  if (norm.length < 5 || !/^[a-z]+(?:-[a-z]+)*$/.test(norm) || DESCRIPTIVE_ENDINGS.test(norm)) return false;
  const parts = norm.split("-");
  // "rechecked", "rewrote", "redesigned": doing an everyday act again is no specialist word ("reconciled" still is).
  if (parts.length === 1 && norm.startsWith("re") && norm.length >= 7 && isEverydayPart(norm.slice(2))) return false;
  if (parts.length === 1) return !isEverydayPart(norm);
  return parts.some((p) => p.length >= 4 && !isEverydayPart(p));
}
