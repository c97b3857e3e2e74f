// What every stage of the analysis shares: the per-pass context (tokens, clauses, who acts where)
// and the small predicates the stages read it with.
import { PEOPLE_WORDS } from "../lexicon/soft-skills";
import { IRREGULAR_PAST, ROLE_WORDS } from "../lexicon/words";
import type { PhraseMatch } from "../matcher";
import type { Sentence, SentenceLabel, Token } from "../text";
import type { Span } from "../types";

export type Actor = "none" | "narrator" | "team" | "other" | "passive" | "fragment";

/** How a skill mention stands: used by the narrator, used by someone unnamed, or not used at all. */
export type SkillStatus = "narrator" | "shared" | "habitual" | "mentioned" | "claimed" | "hypothetical" | "negated";

export const setOf = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);

const IRREGULAR = setOf(IRREGULAR_PAST);
/** Past verbs among the words in "-eed", most of which are not ("need", "speed", "proceed"). */
const PAST_IN_EED = setOf(["agreed", "disagreed", "freed", "guaranteed", "decreed", "refereed"]);
const ED_NOT_PAST = setOf(["hundred", "red", "bed", "shed", "bred", "sled", "wed", "fed", "led", "need", "seed", "feed", "speed", "embed", "naked", "wicked", "sacred", "kindred", "shred"]);

/** Job nouns known by their ending, with plurals: "cardiologist", "electrician", "psychiatrist", "sonographer", "optometrist". */
const PERSON_ENDING = /^[a-z]{3,}(?:ologist|ician|iatrist|ographer|ometrist)s?$/;

/** A set of words that also holds every word with a person's ending. */
class PeopleWords extends Set<string> {
  override has(word: string): boolean {
    return super.has(word) || PERSON_ENDING.test(word);
  }
}

/** Who counts as people: the lexicon's people words and role titles, with their plurals, and job nouns by their ending. */
export const PEOPLE: ReadonlySet<string> = new PeopleWords([...PEOPLE_WORDS, ...ROLE_WORDS, ...ROLE_WORDS.map((w) => (w.endsWith("y") ? `${w.slice(0, -1)}ies` : `${w}s`))]);
export const TOOL_PREPS = setOf(["using", "via", "into", "through", "in", "on"]);
export const HARD_STOPS = setOf([";", ":", "(", ")", "—", "–"]);

const ABLE = setOf(["able", "managed"]);

/** Token `i` is the verb after "managed to" or "able to" ("I managed to rebuild it", "she was able to relax"). */
export function afterAbleTo(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.norm === "to" && ABLE.has(tokens[i - 2]?.norm ?? "");
}

export function isPastVerb(norm: string): boolean {
  if (IRREGULAR.has(norm)) return true;
  // "retaught", "re-ran": a prefix on an irregular past ("rebuilt" and "rewrote" are listed too); a slice, not a regex, on this hot path.
  if (norm.length > 5 && norm.startsWith("re") && IRREGULAR.has(norm.slice(norm[2] === "-" ? 3 : 2))) return true;
  if (norm.length < 4 || !norm.endsWith("ed")) return false;
  if (norm.endsWith("eed")) return PAST_IN_EED.has(norm);
  return !ED_NOT_PAST.has(norm);
}

export function span(a: Token, b: Token): Span {
  return { start: a.start, end: b.end };
}

export type Clause = {
  start: number;
  end: number;
  lead: string | null;
  pastPerfect: boolean;
  progressive: boolean;
  projected: boolean;
  /** The token that made the clause projected ("would", "if"), or -1: "That let her see what it would say" is projected only after "let". */
  projectedAt: number;
  negated: boolean;
  hasMetric: boolean;
};

export type Ctx = {
  tokens: Token[];
  sentences: Sentence[];
  actors: Actor[];
  clauseOf: Int32Array;
  clauses: Clause[];
  claimed: Uint8Array;
  findingActive: Uint8Array;
  purpose: Uint8Array;
  sentenceHypothetical: boolean[];
  sentenceActs: boolean[];
  firstActSentence: number;
  /** Each sentence's STAR part as the writer marked it ("Situation:" carries on to the next label), or null where none is marked. */
  sections: (SentenceLabel | null)[];
  /** Tokens covered by a hard-skill match (so "churn model" is not a churn problem). */
  skillTok: Uint8Array;
  /** Tokens inside a hypothetical or habitual stretch. */
  hypoTok: Uint8Array;
  /** Act verbs (live acts, and vague narrator acts such as "I worked"). */
  actTok: Uint8Array;
  /** Clauses that contain a live act (so a past perfect there is not just background). */
  actClauses: ReadonlySet<number>;
  /** Sentences where the narrator acts with a vague verb ("I worked with..."). */
  sentenceVagueActs: boolean[];
  /** Per-sentence caches of connective and time-window matches. */
  connectives: (PhraseMatch<string>[] | undefined)[];
  windows: (PhraseMatch<string>[] | undefined)[];
};

/** Whether token `k` is a hyphen joining the tokens on either side with no spaces: "sold-out", "front-of-house". */
export function innerHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.raw === "-" && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
}

/** Index of the token that starts at `start` (binary search; tokens are in text order). */
export function tokenIndexAt(tokens: Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (!t) break;
    if (t.start === start) return mid;
    if (t.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return Math.max(0, Math.min(tokens.length - 1, lo));
}

/** "without consulting", "without first asking": the act right after "without" did not happen. */
function withoutBefore(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1]?.norm;
  return prev === "without" || (tokens[at - 2]?.norm === "without" && (prev === "first" || prev === "even" || prev === "ever" || prev === "properly"));
}

export function statusAt(ctx: Ctx, tokIdx: number, sentence: number): SkillStatus {
  if (ctx.claimed[tokIdx]) return "claimed";
  // "How would I handle a conflict?": a question names a skill, it does not show it.
  const s = ctx.sentences[sentence];
  if (s && ctx.tokens[s.tokenEnd - 1]?.raw === "?") return "hypothetical";
  if (ctx.hypoTok[tokIdx] === 2) return "habitual";
  if (ctx.hypoTok[tokIdx]) return "hypothetical";
  const clause = ctx.clauses[ctx.clauseOf[tokIdx] ?? 0];
  const actor = ctx.actors[tokIdx] ?? "none";
  if (clause?.negated && actor === "narrator") return "negated";
  // "rolled it out without consulting the team leaders": what was left undone is not in action.
  if (withoutBefore(ctx.tokens, tokIdx)) return "negated";
  if (!ctx.sentenceActs[sentence] && !ctx.sentenceVagueActs[sentence]) return "mentioned";
  if (actor === "narrator") return "narrator";
  if (actor === "team" || actor === "passive" || actor === "fragment") return "shared";
  return "mentioned";
}

/** A four-box draft's box: its STAR part and where its text sits in the joined text. */
export type StarBox = { part: SentenceLabel; span: Span };

/**
 * Each sentence's marked STAR part (in a four-box draft, the box it is written in): a label holds until the next heading; before the first label, none.
 * A heading that is no STAR part ("What went wrong:", "Learning:") ends the part before it.
 */
export function sectionsOf(tokens: readonly Token[], sentences: readonly Sentence[], boxes?: readonly StarBox[]): (SentenceLabel | null)[] {
  let current: SentenceLabel | null = null;
  return sentences.map((s) => {
    if (s.label !== null) current = s.label;
    else if (boxes !== undefined) current = boxes.find((b) => s.start >= b.span.start && s.start < b.span.end)?.part ?? null;
    else if (opensWithHeading(tokens, s)) current = null;
    return current;
  });
}

/** One to four words and a colon at the start of a sentence: "What went wrong:", "Applied:". */
function opensWithHeading(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.tokenStart; k < Math.min(s.tokenEnd, s.tokenStart + 5); k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.raw === ":") return k > s.tokenStart;
    if (t.kind !== "word" && !(t.kind === "punct" && BULLET_OR_MARKUP.has(t.raw))) return false;
  }
  return false;
}

const BULLET_OR_MARKUP = setOf(["-", "*", "•", "#", "_"]);
