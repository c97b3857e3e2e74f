// Stage: the hard side beyond the skill lexicon: words everyday English seldom uses ("spirometry",
// "reconciled", "interlibrary"), each with the status of the clause it sits in, so a rule can credit
// only the narrator's own acts. (A table of each field's working objects and a list of technical-act
// verbs were measured here too and removed: README, "Measured figures".)
import type { DomainMention, SoftMention } from "./types";
import type { TextDoc, Token } from "../text";
import type { Span } from "../types";
import { isPastVerb, PEOPLE, setOf, statusAt, tokenIndexAt, type Ctx } from "./core";
import { memoizeWord } from "../memo";
import { isEverydayWord, isRareWord, namesWhereWhoOrWhen } from "./rarity";
import { governedByBuzzVerb } from "./hard-skills";
import { BUZZ_WORDS, DETERMINERS, DIRECTION } from "./words";

const NOT_DOMAIN = setOf([
  "covid", "pandemic", "lockdown", "okay", "email", "emails", "emailed", "texted", "coworker", "coworkers", "teammate", "teammates",
  // Degrees of everyday adjectives too short for the everyday table's four-letter stems: "the two newer attendants".
  "newer", "newest", "older", "oldest", "bigger", "biggest", "wider", "widest", "nicer", "nicest", "safer", "safest", "latest", "hotter", "wetter",
]);

/**
 * Word stems that are never a hard skill however rare: management moves (ANNOTATION.md: delegating,
 * scheduling, setting priorities) and feelings shown to people (sympathy, empathy, reassurance).
 */
const NOT_HARD_STEMS = /^(?:re)?(?:priorit|delegat|schedul|arrang|allocat|assign|juggl|sympath|empath|reassur|timeline|milestone|deadline|coordinat|deliverabl|workload|liai[sz])/;

/** The words of each soft-skill behaviour itself ("walked", "build rapport"), not the people or things after it. */
export function softTokens(tokens: Token[], soft: readonly SoftMention[]): Uint8Array {
  const inSoft = new Uint8Array(tokens.length);
  for (const m of soft) {
    const from = tokenIndexAt(tokens, m.span.start);
    for (let k = from; k < Math.min(tokens.length, from + 2) && (tokens[k]?.start ?? Infinity) < m.span.end; k++) inSoft[k] = 1;
  }
  return inSoft;
}

/**
 * Before a capitalised word, what makes it a tool in use: "using Kronos", "into Sage". After "in", "from" or
 * "with" it is far more often a place, an employer or a person ("a care home in Hull", "joined from Atlas",
 * "a conflict with Quinn"); a tool there is read by the named-tool stage, after a data or artifact noun.
 */
const TOOL_LEADS = setOf(["using", "via", "into", "through"]);

/** Past verbs whose object is a person, a place or an employer, not a tool: "called Priya", "joined Hargreaves", "visited Leeds". */
const NAME_VERBS = setOf([
  "joined", "visited", "left", "called", "rang", "phoned", "met", "emailed", "told", "asked", "thanked", "contacted", "hired",
  "promoted", "interviewed", "moved", "relocated", "reached", "supported", "helped", "coached", "trained", "mentored", "briefed",
  "showed", "introduced", "paired", "partnered", "represented", "served", "toured", "flew", "drove", "travelled", "traveled",
]);

/** A word that names specialist work wherever it stands: rare, and not people, a place, a time, a greeting or a management move. */
const isSpecialistNorm = memoizeWord(
  (norm: string): boolean =>
    !PEOPLE.has(norm) && !NOT_DOMAIN.has(norm) && !BUZZ_WORDS.has(norm) && !DIRECTION.has(norm) && isRareWord(norm) && !NOT_HARD_STEMS.test(norm) && !namesWhereWhoOrWhen(norm),
);

function isSpecialistWord(t: Token): boolean {
  return t.kind === "word" && isSpecialistNorm(t.norm);
}

/** In a job posting, "experience in Kronos", "proficient with Epic" ask for a tool. */
const LISTED_TOOL_LEADS = setOf([...TOOL_LEADS, "with", "from", "in"]);

function listedAsTool(tokens: Token[], i: number, bodyStart: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && (isPastVerb(prev.norm) || (LISTED_TOOL_LEADS.has(prev.norm) && i - 1 > bodyStart));
}

/** A capitalised name right after a tool lead ("using WorldCat") or a past verb of work on a thing ("searched WorldCat"). */
function usedAsTool(tokens: Token[], i: number, bodyStart: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && ((isPastVerb(prev.norm) && !NAME_VERBS.has(prev.norm)) || (TOOL_LEADS.has(prev.norm) && i - 1 > bodyStart));
}

/** Places of work after a word that names their kind ("oncology unit", "maternity ward"), and the prepositions of where. */
const PLACE_HEADS = setOf(["unit", "units", "ward", "wards", "department", "departments", "clinic", "clinics", "centre", "center", "floor", "wing", "suite", "team", "practice", "service", "services", "hospital", "school", "site", "depot", "branch", "office"]);
const PLACE_PREPS = setOf(["on", "in", "at", "from", "to", "across", "onto", "into"]);

/** Rare words outside the lexicon and outside people and soft-skill phrases, with their clause's status. */
export function findDomainTerms(ctx: Ctx, inSoft: Uint8Array): DomainMention[] {
  const { tokens } = ctx;
  const out: DomainMention[] = [];
  for (const s of ctx.sentences) {
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || ctx.skillTok[i] || inSoft[i] || !isSpecialistWord(t)) continue;
      // A capitalised word inside a sentence is a name: a tool only when it is used ("searched WorldCat", "in Kronos").
      if (i > s.bodyStart && /^[A-Z]/.test(t.raw) && !usedAsTool(tokens, i, s.bodyStart)) continue;
      // "Leveraging data-driven insights and agile methodologies": a word a buzz verb governs is named, not used.
      if (governedByBuzzVerb(tokens, i, s)) continue;
      // "on the oncology unit", "the maternity ward": a word naming a place of work names where, not specialist work.
      if (PLACE_HEADS.has(tokens[i + 1]?.norm ?? "") && PLACE_PREPS.has(tokens[i - 2]?.norm ?? "") && DETERMINERS.has(tokens[i - 1]?.norm ?? "")) continue;
      out.push({ term: t.norm, span: { start: t.start, end: t.end }, sentence: s.index, status: statusAt(ctx, i, s.index) });
    }
  }
  return out;
}

/**
 * Words of a job advert itself, rare in everyday English but never a skill it asks for: its headings,
 * pay, perks and hiring formalities ("Requirements", "stipend", "EOE", "PTO").
 */
const ADVERT_WORDS = setOf([
  "requirements", "requirement", "onsite", "stipend", "stipends", "relocation", "eoe", "pto", "fte", "wte", "usa", "llc", "inc",
  "ltd", "asap", "nhs", "dbs", "hmrc", "faq", "faqs", "salaried", "reimbursement",
]);

/**
 * A name shaped like a product or a standard, the shapes the grader's named-tool signal reads: an acronym
 * of three letters or more that everyday English does not use ("PDSA", "ACLS"), or an inner capital
 * ("OpenTelemetry", "PowerApps").
 */
function isAcronymTerm(t: Token): boolean {
  const acronym = /^[A-Z][A-Z0-9&]{2,}s?$/.test(t.raw) && /[A-Z].*[A-Z]/.test(t.raw);
  const camel = /^[A-Z][a-z]+[A-Z][A-Za-z]*$/.test(t.raw);
  return (acronym || camel) && !isEverydayWord(t.norm) && !PEOPLE.has(t.norm) && !NOT_DOMAIN.has(t.norm);
}

export type ListedTerm = { term: string; span: Span };

/**
 * Specialist words in text that lists skills rather than telling acts (a job posting): the same rare-word
 * test as a story's, wherever the word stands, plus acronyms ("PDSA", "HCAHPS") and names used as tools
 * ("in Kronos"). A capitalised run of words ("Northfield General Hospital") is a name, not a skill.
 * `covered` marks tokens already read as a lexicon skill or a people phrase.
 * Blind spot: a one-word employer or place name at the start of a line counts when it is rare.
 */
export function findListedTerms(doc: TextDoc, covered: (tokenIndex: number) => boolean): ListedTerm[] {
  const { tokens } = doc;
  const out: ListedTerm[] = [];
  const capital = (k: number) => {
    const t = tokens[k];
    return t !== undefined && t.kind === "word" && /^[A-Z]/.test(t.raw) && !isAcronymTerm(t);
  };
  for (const s of doc.sentences) {
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || t.kind !== "word" || covered(i) || ADVERT_WORDS.has(t.norm)) continue;
      const initial = i === s.bodyStart || t.lineStart;
      const acronym = isAcronymTerm(t);
      if (!acronym && !isSpecialistWord(t)) continue;
      if (!acronym && /^[A-Z]/.test(t.raw)) {
        const inName = (i > s.bodyStart && !initial && capital(i - 1)) || (i + 1 < s.tokenEnd && capital(i + 1) && !tokens[i + 1]?.lineStart);
        if (inName || (!initial && !listedAsTool(tokens, i, s.bodyStart))) continue;
      }
      // A name keeps its capitals ("Kronos"); a capital that only starts a line does not ("Spirometry" -> "spirometry").
      const term = acronym || (!initial && /^[A-Z]/.test(t.raw)) ? t.raw : t.norm;
      out.push({ term, span: { start: t.start, end: t.end } });
    }
  }
  return out;
}
