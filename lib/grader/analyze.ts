// The analysis every rule reads from, run as a pipeline of stages (lib/grader/analysis/): clauses,
// who acts in each, findings and purposes, claims, hypotheticals, then the hard and soft skills, the
// numbers, outcomes, links and context. Each stage reads the Ctx the earlier ones filled in; the
// judgment lives in their named predicates, so the rules stay small.
import { markActs, selfIntro, trackActors } from "./analysis/actors";
import { findBridges } from "./analysis/bridges";
import { findClaims } from "./analysis/claims";
import { segmentClauses } from "./analysis/clauses";
import { findClosingOutcomes } from "./analysis/closing";
import { findBuzzwords, findConstraints, findContext, findTasks } from "./analysis/context";
import { isPastVerb, sectionsOf, tokenIndexAt, type Actor, type Clause, type Ctx, type StarBox } from "./analysis/core";
import { findDomainTerms, softTokens } from "./analysis/domain-terms";
import { markFindingsAndPurpose } from "./analysis/findings";
import { findHard } from "./analysis/hard-skills";
import { findHypothetical } from "./analysis/hypotheticals";
import { findLinks } from "./analysis/links";
import { findNumbers, type NumberMention } from "./analysis/numbers";
import { findOutcomes } from "./analysis/outcomes";
import { findPlaceholders } from "./analysis/placeholders";
import { findPresentActs, type RoutineMention } from "./analysis/routine";
import { findSoft, SOLO } from "./analysis/soft-skills";
import type { ActMention, BridgeMention, ClaimMention, DomainMention, HardMention, LinkMention, OutcomeMention, PlainMention, SoftMention, Subjects } from "./analysis/types";
import { TEAM_SUBJECTS } from "./analysis/words";
import { narrativePresent } from "./analysis/tense";
import { readText, type Sentence, type TextDoc, type Token } from "./text";
import type { Span } from "./types";

export { adjectivalOpener } from "./analysis/actors";
export { isPastVerb, type Actor, type SkillStatus } from "./analysis/core";
export { NUMBER_REASONS, type NumberClass, type NumberMention, type NumberReason } from "./analysis/numbers";
export { isSoloBehaviour, isThinAct, isUnaddressed, softEntryForms } from "./analysis/soft-skills";
export type { ActMention, BridgeMention, ClaimMention, DomainMention, HardMention, LinkMention, OutcomeMention, PlainMention, SoftMention } from "./analysis/types";
export type { StarPart } from "./types";

export type Doc = TextDoc & {
  actors: Actor[];
  sentenceHypothetical: boolean[];
  sentenceActs: boolean[];
  firstActSentence: number;
  acts: ActMention[];
  /** "I drove", "I helped": the narrator is present but the verb says little. */
  vagueActs: ActMention[];
  hard: HardMention[];
  soft: SoftMention[];
  numbers: NumberMention[];
  outcomes: OutcomeMention[];
  links: LinkMention[];
  claims: ClaimMention[];
  hypotheticals: PlainMention[];
  buzzwords: PlainMention[];
  problems: PlainMention[];
  settings: PlainMention[];
  timeframes: PlainMention[];
  /** Limits and times told in words ("only two of us", "a tight deadline", "last winter"). */
  constraints: PlainMention[];
  tasks: PlainMention[];
  subjects: Subjects;
  hiddenNarrator: Span | null;
  /** Rare (specialist) words and the status of the clause they sit in. */
  domainTerms: DomainMention[];
  /** "I greet each customer", "I start by": the narrator in the present tense (a routine, not an episode). */
  presentActs: RoutineMention[];
  /** Closing sentences that look back on the occasion told ("Next time I would...", "I learned to..."). */
  reflections: ReadonlySet<number>;
  /** Past acts of the narrator's in two sentences or more: one occasion is told, so a line of routine beside it is background. */
  episode: boolean;
  /** "XYZ Company", "Company ABC": a stand-in name, which makes no setting specific. */
  placeholders: PlainMention[];
  /** How it ended, told in the closing sentences by someone other than the narrator: "he calmed down", "the order shipped". */
  closingOutcomes: PlainMention[];
  /** A people act that carries the technical work to people: "walked the ops leads through it", "showed the nurses the new chart". */
  bridges: BridgeMention[];
};

/** The analysis of a text; `boxes` are a four-box draft's boxes, so each sentence is read as part of the box it is in. */
export function analyze(text: string, boxes?: readonly StarBox[]): Doc {
  const read = readText(text);
  // "So last Tuesday a collie comes in... I run a clotting test": one past occasion told in the present reads as the past.
  const base = { ...read, tokens: narrativePresent(read.tokens, read.sentences) };
  const { tokens, sentences } = base;
  const n = tokens.length;
  const actors: Actor[] = new Array<Actor>(n).fill("none");
  const clauseOf = new Int32Array(n);
  const clauses: Clause[] = [];
  const findingActive = new Uint8Array(n);
  const purpose = new Uint8Array(n);
  const claimed = new Uint8Array(n);
  const sentenceHypothetical: boolean[] = [];
  const hypoTok = new Uint8Array(n);
  const sentenceActs: boolean[] = [];
  const acts: ActMention[] = [];
  const vagueActs: ActMention[] = [];
  const claims: ClaimMention[] = [];
  const hypotheticals: PlainMention[] = [];
  const tasks: PlainMention[] = [];
  const subjects = { narrator: 0, team: 0, passive: 0, fragment: 0 };
  let firstWe: Span | null = null;
  let firstPassive: Span | null = null;

  for (const s of sentences) {
    segmentClauses(tokens, s, clauses, clauseOf);
    trackActors(tokens, s, actors, subjects, acts, vagueActs);
    markFindingsAndPurpose(tokens, s, findingActive, purpose);
    const claimSpans = findClaims(tokens, s);
    for (const c of claimSpans) {
      claims.push(c.mention);
      for (let i = c.from; i < c.to; i++) claimed[i] = 1;
    }
    const hypo = findHypothetical(tokens, s);
    sentenceHypothetical.push(hypo !== null && hypo.from <= s.bodyStart + 1 && hypo.to >= s.tokenEnd);
    if (hypo) {
      hypotheticals.push({ span: hypo.span, sentence: s.index, why: "hypothetical or habitual" });
      for (let i = hypo.from; i < hypo.to; i++) hypoTok[i] = hypo.habitual ? 2 : 1;
    }
    findTasks(tokens, s, tasks);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t) continue;
      if (firstWe === null && TEAM_SUBJECTS.has(t.norm)) firstWe = { start: t.start, end: t.end };
      if (firstPassive === null && actors[i] === "passive") firstPassive = { start: t.start, end: t.end };
    }
  }

  // A closing reflection after a told occasion ("Next time I would involve the agency nurses from the
  // start"): the lesson the report itself asks for, not an answer told as a hypothetical.
  for (let k = hypotheticals.length - 1; k >= 0; k--) {
    const h = hypotheticals[k]!;
    const s = sentences[h.sentence];
    if (!s || !isClosingReflection(text, tokens, sentences, s, acts)) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) hypoTok[i] = 0;
    sentenceHypothetical[h.sentence] = false;
    hypotheticals.splice(k, 1);
  }

  // An answer framed as hypothetical ("I would...") with no real past act of the narrator's is
  // hypothetical throughout: its later sentences ("That would fix it") earn nothing either.
  const conditionalAnswer = hypotheticals.length > 0 && hypotheticals.some((h) => hypoTok[tokenIndexAt(tokens, h.span.start)] === 1);
  if (conditionalAnswer && !acts.some((a) => a.actor === "narrator" && !hypoTok[a.tok] && !claimed[a.tok])) {
    hypoTok.fill(1);
    for (let i = 0; i < sentenceHypothetical.length; i++) sentenceHypothetical[i] = true;
  }
  // Acts that are hypothetical, negated or inside a claim do not count.
  const liveActs = acts.filter((a) => {
    const c = clauses[clauseOf[a.tok] ?? 0];
    return !hypoTok[a.tok] && !claimed[a.tok] && !(c?.negated ?? false);
  });
  for (let i = 0; i < sentences.length; i++) sentenceActs.push(false);
  for (const a of liveActs) sentenceActs[a.sentence] = true;
  const firstActSentence = sentenceActs.indexOf(true) === -1 ? sentences.length : sentenceActs.indexOf(true);
  const sentenceVagueActs: boolean[] = sentences.map(() => false);
  for (const a of vagueActs) if (!hypoTok[a.tok] && !claimed[a.tok]) sentenceVagueActs[a.sentence] = true;

  const ctx: Ctx = {
    tokens, sentences, actors, clauseOf, clauses, claimed, findingActive, purpose, sentenceHypothetical, firstActSentence,
    sections: sectionsOf(tokens, sentences, boxes), sentenceActs, skillTok: new Uint8Array(n), hypoTok, connectives: [], windows: [], sentenceVagueActs,
    actClauses: new Set(liveActs.map((a) => clauseOf[a.tok] ?? -1)),
    actTok: markActs(n, liveActs, vagueActs, tokens),
  };
  const hard = findHard(ctx);
  const soft = findSoft(ctx);
  const buzzwords = findBuzzwords(ctx);
  // A self-description with no act of the narrator's or the team's anywhere ("I'm a results-driven
  // marketer... performance doubled"): its figures are tied to no action.
  const ownAct = liveActs.some((a) => a.actor === "narrator" || a.actor === "team" || a.actor === "fragment");
  const selfPortrait = !ownAct && (claims.length > 0 || buzzwords.length > 0 || sentences.some((s) => selfIntro(tokens, s)));
  const numbers = findNumbers(ctx, selfPortrait);
  // "conversion actually fell slightly, by 2%": the outcome word of a change the wrong way is part of the
  // failure the figure already reports, not an outcome of its own.
  const wrongWay = numbers.filter((nm) => nm.reason === "wrong-way");
  const partOfFailure = (o: OutcomeMention) => {
    const k = tokenIndexAt(tokens, o.span.start);
    return wrongWay.some((nm) => nm.sentence === o.sentence && nm.tok > k && nm.tok - k <= 6);
  };
  const outcomes = findOutcomes(ctx).filter((o) => !(o.kind === "vague" && partOfFailure(o)));
  const links = findLinks(ctx, soft, numbers, outcomes);
  const resultClauses = new Set<number>();
  for (const nm of numbers) if (nm.cls === "result") resultClauses.add(clauseOf[nm.tok] ?? -1);
  const placeholders = findPlaceholders(tokens, sentences);
  const found = findContext(ctx, resultClauses);
  const { problems, timeframes } = found;
  // ANNOTATION.md: a placeholder ("XYZ Company") is no setting.
  const settings = found.settings.filter((st) => !placeholders.some((p) => p.span.start < st.span.end && st.span.start < p.span.end));

  const narratorActs = liveActs.filter((a) => a.actor === "narrator").length + vagueActs.length;
  const hiddenNarrator =
    narratorActs === 0 && (subjects.team > 0 || subjects.passive > 0) ? (firstWe ?? firstPassive) : null;

  const inSoft = softTokens(tokens, soft);
  // A closing lesson ("I learned to share the evidence whenever I find a gap that big") is the reflection
  // the report asks for: its present tense tells what the narrator does since, not the answer's frame.
  const reflections = new Set(sentences.slice(-2).filter((s) => isClosingReflection(text, tokens, sentences, s, acts, LOOK_BACK_OR_LESSON)).map((s) => s.index));
  const presentActs = findPresentActs(tokens, sentences).filter((p) => !reflections.has(p.sentence));
  const domainTerms = findDomainTerms(ctx, inSoft);
  return {
    ...base, actors, sentenceHypothetical, sentenceActs, firstActSentence, acts: liveActs,
    vagueActs: vagueActs.filter((a) => !hypoTok[a.tok] && !claimed[a.tok]), hard, soft, numbers, outcomes,
    links, claims, hypotheticals, buzzwords, problems, settings, timeframes, constraints: findConstraints(base), tasks, subjects, hiddenNarrator,
    domainTerms, presentActs, reflections, episode: tellsAnEpisode(liveActs, presentActs, tokens),
    placeholders, closingOutcomes: findClosingOutcomes(ctx),
    bridges: findBridges(ctx, soft.filter((m) => !SOLO.has(m.behaviour)), [...hard, ...domainTerms]),
  };
}

/** Words that mark a sentence as looking back on the occasion, or at what the narrator does since. */
const MAX_REFLECTION_CHARS = 600;

/** A lesson drawn, as well as a look back: "I learned to share the evidence first", "it taught me to...". */
const LESSON_DRAWN = /\b(?:I (?:learned|learnt|realised|realized) (?:to|that|how)|(?:it|this|that) taught me|the lesson)\b/i;
const REFLECTION = /\b(?:next time|in (?:the )?future|going forward|from now on|looking back|(?:in|with) hindsight|if I (?:did|had to do|were to do|could do) (?:it|this|that) (?:again|over))\b/i;
/** Either: what a closing sentence may tell without being the answer's frame or a routine. */
const LOOK_BACK_OR_LESSON = new RegExp(`${REFLECTION.source}|${LESSON_DRAWN.source}`, "i");

/**
 * One of the last two sentences, looking back ("Next time I would...", "Looking back, I'd...") after past
 * acts of the narrator's in earlier sentences: a reflection on the occasion told, not the answer's frame.
 */
function isClosingReflection(text: string, tokens: readonly Token[], sentences: readonly Sentence[], s: Sentence | undefined, acts: readonly ActMention[], marker = REFLECTION): boolean {
  // A lesson is one short sentence: a longer one (pasted text with no full stops) is not read for it.
  if (!s || s.index < sentences.length - 2 || s.end - s.start > MAX_REFLECTION_CHARS || !marker.test(text.slice(s.start, s.end).replace(/\s+/g, " "))) return false;
  return acts.some((a) => a.actor === "narrator" && a.sentence < s.index && isPastVerb(tokens[a.tok]?.norm ?? ""));
}

/**
 * The story tells one occasion of the narrator's own: past acts of theirs in at least two sentences. A
 * line of routine or habit beside such a story ("I work nights on a busy ward. One night...") is its
 * background, not a story told as a routine.
 */
function tellsAnEpisode(acts: readonly ActMention[], presentActs: readonly RoutineMention[], tokens: readonly Token[]): boolean {
  const routine = new Set(presentActs.map((p) => p.sentence));
  const past = acts.filter((a) => a.actor === "narrator" && !routine.has(a.sentence) && isPastVerb(tokens[a.tok]?.norm ?? ""));
  return new Set(past.map((a) => a.sentence)).size >= 2;
}
