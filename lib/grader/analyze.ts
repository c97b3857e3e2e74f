// The analysis every rule reads from, run as a pipeline of stages (lib/grader/analysis/): clauses,
// who acts in each, findings and purposes, claims, hypotheticals, then the hard and soft skills, the
// numbers, outcomes, links and context. Each stage reads the Ctx the earlier ones filled in; the
// judgment lives in their named predicates, so the rules stay small.
import { markActs, selfIntro, trackActors } from "./analysis/actors";
import { findBridges } from "./analysis/bridges";
import { findClaims } from "./analysis/claims";
import { segmentClauses } from "./analysis/clauses";
import { findClosingOutcomes } from "./analysis/closing";
import { HARD_STOPS, isPastVerb, PEOPLE, setOf, span, tokenIndexAt, type Actor, type Clause, type Ctx } from "./analysis/core";
import { findDomainTerms, softTokens } from "./analysis/domain-terms";
import { markFindingsAndPurpose } from "./analysis/findings";
import { findHard } from "./analysis/hard-skills";
import { findHypothetical } from "./analysis/hypotheticals";
import { findPlaceholders } from "./analysis/placeholders";
import { findPresentActs, type RoutineMention } from "./analysis/routine";
import { findSoft } from "./analysis/soft-skills";
import type { ActMention, ClaimMention, DomainMention, HardMention, LinkMention, OutcomeMention, PlainMention, SoftMention, Subjects } from "./analysis/types";
import { connectivesIn, timeLater, windowFollows, windowsIn } from "./analysis/windows";
import {
  DIRECTION,
  isNarratorSubject,
  METRIC,
  MONTHS_SEASONS,
  NUMBER_VALUE,
  ORDINAL,
  PROBLEM_MATCHER,
  PURPOSE_BREAKERS,
  singular,
  SITUATION_LEADS,
  SUBORDINATORS,
  TEAM_SUBJECTS,
  TIME,
} from "./analysis/words";
import { BUZZWORDS, FIGURE_OF_SPEECH_AFTER, HEADCOUNT_NOUNS, ROLE_WORDS, SETTING_WORDS, TASK_MARKERS, VAGUE_OUTCOMES, VAGUE_REFERENTS } from "./lexicon/words";
import { PhraseMatcher } from "./matcher";
import { readText, type Sentence, type TextDoc, type Token } from "./text";
import type { Span } from "./types";

export { adjectivalOpener } from "./analysis/actors";
export { isPastVerb, type Actor, type SkillStatus } from "./analysis/core";
export { softEntryForms } from "./analysis/soft-skills";
export type { ActMention, ClaimMention, DomainMention, HardMention, LinkMention, OutcomeMention, PlainMention, SoftMention } from "./analysis/types";
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
  tasks: PlainMention[];
  subjects: Subjects;
  hiddenNarrator: Span | null;
  /** Rare (specialist) words and the status of the clause they sit in. */
  domainTerms: DomainMention[];
  /** "I greet each customer", "I start by": the narrator in the present tense (a routine, not an episode). */
  presentActs: RoutineMention[];
  /** "XYZ Company", "Company ABC": a stand-in name, which makes no setting specific. */
  placeholders: PlainMention[];
  /** How it ended, told in the closing sentences by someone other than the narrator: "he calmed down", "the order shipped". */
  closingOutcomes: PlainMention[];
  /** A people act that carries the technical work to people: "walked the ops leads through it", "showed the nurses the new chart". */
  bridges: PlainMention[];
};

export function analyze(text: string): Doc {
  const base = readText(text);
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
    sentenceActs, skillTok: new Uint8Array(n), hypoTok, connectives: [], windows: [], sentenceVagueActs,
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
  const outcomes = findOutcomes(ctx);
  const links = findLinks(ctx, soft, numbers, outcomes);
  const resultClauses = new Set<number>();
  for (const nm of numbers) if (nm.cls === "result") resultClauses.add(clauseOf[nm.tok] ?? -1);
  const { problems, settings, timeframes } = findContext(ctx, resultClauses);

  const narratorActs = liveActs.filter((a) => a.actor === "narrator").length + vagueActs.length;
  const hiddenNarrator =
    narratorActs === 0 && (subjects.team > 0 || subjects.passive > 0) ? (firstWe ?? firstPassive) : null;

  const inSoft = softTokens(tokens, soft);
  const domainTerms = findDomainTerms(ctx, inSoft);
  return {
    ...base, actors, sentenceHypothetical, sentenceActs, firstActSentence, acts: liveActs,
    vagueActs: vagueActs.filter((a) => !hypoTok[a.tok] && !claimed[a.tok]), hard, soft, numbers, outcomes,
    links, claims, hypotheticals, buzzwords, problems, settings, timeframes, tasks, subjects, hiddenNarrator,
    domainTerms, presentActs: findPresentActs(tokens, sentences),
    placeholders: findPlaceholders(tokens, sentences), closingOutcomes: findClosingOutcomes(ctx),
    bridges: findBridges(ctx, soft, [...hard, ...domainTerms]),
  };
}

export type NumberClass =
  | "result"
  | "context"
  | "finding"
  | "projected"
  | "negated"
  | "figure-of-speech"
  | "vague-figure";

/** Why a number was classed as it was. */
export const NUMBER_REASONS = {
  "before-after": "before-and-after comparison",
  change: "a change on a named metric",
  "change-spelled": "a spelled-out change on a named metric",
  "same-measure-after": "the same measure as in the situation, after the action",
  "value-named": "a measured value on a named metric after the action",
  value: "a measured value after the action",
  "reach-count": "a count of what the work reached",
  duration: "a duration or time frame, not a result",
  scope: "a scope or sample, not a result",
  "compound-size": "size or length of something (scope)",
  year: "a year, not a result",
  version: "a version number, not a result",
  "team-size": "a team or group size, not a result",
  "head-count": "a head-count or scope, not a result",
  "situation-figure": "part of the situation before the action",
  "situation-value": "a figure that describes the situation",
  "scale-count": "a count that sets the scale",
  unchanged: "an unchanged figure: it did not move",
  finding: "a finding of the analysis, not a result",
  projection: "a projection or aim, not an achieved result",
  negated: "a negated or failed change is not a success metric",
  "figure-of-speech": "a figure of speech, not a measurement",
  "no-metric": "a number with no named metric",
  untied: "a figure tied to no action of yours",
  "zero-loss": "a zero count of a named loss",
} as const;

export type NumberReason = keyof typeof NUMBER_REASONS;

export type NumberMention = {
  span: Span;
  sentence: number;
  cls: NumberClass;
  /** Why it was classed so, as a code; NUMBER_REASONS has the words the report shows. */
  reason: NumberReason;
  /** Index of its first token. */
  tok: number;
  /** A result told as a change (a direction, a before and after), not only a value reached. */
  change?: boolean;
  /** A result figure few single actions produce (a rise of over 300 %, ten times or more): worth a question. */
  implausible?: boolean;
};

const VAGUE_REF = setOf(VAGUE_REFERENTS);
const HEADCOUNT = setOf(HEADCOUNT_NOUNS);
const SETTING = setOf(SETTING_WORDS);
const ROLE = setOf(ROLE_WORDS);
const FIGURE_AFTER = setOf(FIGURE_OF_SPEECH_AFTER);
const WINDOW_PREPS = setOf(["for", "over", "within", "during", "in", "after", "across", "every", "each", "per", "of", "past", "last", "next", "following", "first"]);
const SETTING_BREAKS = setOf(["by", "of", "with", "to", "from", "into", "than", "and", "or", "that", "which", "who"]);
const NOT_A_MEASURE_AFTER_HYPHEN = setOf(["to", "off", "on", "of", "by", "and", "or", "the", "a", "an", "stop", "size", "time", "way", "liner", "pager"]);
const APPROXIMATORS = setOf(["about", "around", "nearly", "almost", "roughly", "some", "approximately", "just", "only", "over", "under", "~"]);
const LABEL_WORDS = setOf(["year", "grade", "level", "phase", "stage", "round", "step", "tier", "band", "version", "v", "release", "wave", "cohort", "q", "week", "day", "room", "ward", "line", "page", "item", "question", "number", "no", "unit", "floor", "gate", "terminal", "chapter", "section", "class", "key", "stage"]);
const VERSION_PREV = setOf(["version", "v", "release", "ver", "wcag", "python", "ios", "android", "php", "java", "node", "react", "angular", "vue", "windows", "macos", "html", "http", "oauth", "tls", "ssl", "ipv", "excel", "office", "sql", "net", "web", "gpt", "iso"]);
const COMPARATIVES_AFTER = setOf(["fewer", "more", "less", "lower", "higher", "faster", "quicker", "slower", "shorter", "longer", "better", "cheaper", "smaller", "bigger", "larger", "up", "down", "increase", "decrease", "reduction", "improvement", "drop", "rise", "gain", "saving", "savings", "growth", "off"]);
const LOSS_NOUNS = setOf(["complaints", "errors", "incidents", "defects", "outages", "escalations", "injuries", "falls", "failures", "breaches", "returns", "refunds", "delays"]);
const LOSS_VERBS = setOf(["escalations", "injuries", "failures", "breaches", "refunds", "delays","lost", "missed", "dropped", "cancelled", "canceled", "delayed", "breached", "failed", "injured", "harmed", "rejected", "returned", "escalated", "late", "overdue", "errors", "complaints", "incidents", "defects", "outages"]);
const COMPARISON_STARTS = setOf(["instead", "rather", "compared", "versus", "vs", "down", "up", "against", "opposed"]);

const HUMAN_OUTCOME_VERBS = setOf([
  "agreed", "adopted", "approved", "decided", "moved", "switched", "started", "stopped", "opted", "reused", "signed",
  "kept", "used", "changed", "followed", "chose", "let", "completed", "began", "thanked", "invited", "asked",
  "accepted", "bought", "renewed", "rolled", "took", "implemented", "funded", "hired", "promoted", "cleared",
  "dropped", "scrapped", "cancelled", "canceled", "paused", "prioritized", "approved", "redirected", "reallocated",
]);

const BUZZ_MATCHER = new PhraseMatcher<string>(BUZZWORDS.map((b) => [b, b] as const));
const OUTCOME_MATCHER = new PhraseMatcher<string>(VAGUE_OUTCOMES.map((b) => [b, b] as const));
const TASK_MATCHER = new PhraseMatcher<string>(TASK_MARKERS.map((c) => [c, c] as const));
const MONEY_SCALES = setOf(["k", "m", "bn", "million", "billion", "thousand", "grand"]);
const CURRENCY_WORDS = setOf(["dollars", "pounds", "euros", "usd", "gbp", "eur"]);
const NOUN_PHRASE_STOPS = setOf(["of", "with", "in", "on", "at", "for", "to", "from", "by", "and", "or", "a", "an", "the", "per", "that", "than", "as", "each", "every", "instead"]);
const GIVE_FORMS = setOf(["give", "gave", "giving", "gives"]);
const GROUP_NOUNS = setOf(["team", "class", "group", "staff", "crew", "panel", "cohort", "family", "department"]);
const UNDER_WORDS = setOf(["under", "less", "just", "only"]);
const WINDOW_DETERMINERS = setOf(["the", "a", "next", "following", "last", "first"]);
const UP_DOWN_LEADERS = setOf(["went", "go", "goes", "gone", "came", "come", "is", "was", "are", "were", "it", "by", "now"]);
const CHANGE_VERBS_AFTER = setOf(["fell", "rose", "dropped", "grew", "increased", "decreased", "improved", "declined", "moved", "jumped", "climbed", "doubled", "halved"]);
const NOT_METRIC_NOUNS = setOf(["a", "an", "the", "of", "month", "year", "week", "day"]);
const NOT_SUBJECT_WORDS = setOf(["by", "to", "from", "about", "around", "over", "in", "of", "and", "was", "were", "is", "are", "had", "has", "have", "been", "it", "we", "they", "i", "our", "my", "their", "its", "roughly", "nearly", "almost", "only", "just", "some", "a", "an", "the"]);
const PRE_ACTION_SKIPPED_OUTCOMES = setOf(["fewer", "less", "faster", "better", "became", "cleared", "completed", "kept", "signed", "accepted", "on time", "enabled", "let us", "let me", "allowed us", "stopped", "increased", "decreased", "reduced", "rose", "fell", "grew", "dropped"]);
const SO_NOT_CAUSAL_AFTER = setOf(["much", "many", "far", "long", "i", "as"]);
const SETTING_ANCHORS = setOf(["a", "an", "our", "the", "my", "their", "this", "at", "on", "in", "for"]);
const SETTING_PREPOSITIONS = setOf(["at", "on", "in", "for"]);
const ROLE_ANCHORS = setOf(["as", "was", "am", "became"]);
const MONTH_SEASON_NAMES = setOf(["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "spring", "summer", "autumn", "winter"]);
const POSSESSIVES = setOf(["my", "our", "the", "his", "her", "their", "its"]);
const TIME_OF_DAY = setOf(["night", "morning", "evening", "afternoon", "weekend", "day"]);
const TIME_OF_DAY_ANCHORS = setOf(["on", "that", "one", "last"]);

type RawNumber = {
  tokStart: number;
  tokEnd: number;
  kind: "percent" | "money" | "multiplier" | "fraction" | "ordinal" | "clock" | "plain";
  value: number;
  inherentDirection: boolean;
};

function readNumbers(tokens: Token[], s: Sentence): RawNumber[] {
  const out: RawNumber[] = [];
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t || t.kind === "punct") continue;
    const nx = tokens[i + 1];
    if (t.kind === "number") {
      const raw = t.raw;
      let kind: RawNumber["kind"] = "plain";
      let end = i + 1;
      if (/^[$£€]/.test(raw)) kind = "money";
      if (raw.endsWith("%")) kind = "percent";
      else if (/[x×]$/.test(raw)) kind = "multiplier";
      else if (/(st|nd|rd|th)$/.test(raw)) kind = "ordinal";
      else if (raw.includes(":")) kind = "clock";
      if (nx && (nx.raw === "%" || nx.norm === "percent" || nx.norm === "pc")) {
        kind = "percent";
        end = i + 2;
      } else if (nx && (nx.norm === "percentage" || nx.norm === "points" || nx.norm === "pts" || nx.norm === "bps")) {
        kind = "percent";
        end = nx.norm === "percentage" && tokens[i + 2]?.norm === "points" ? i + 3 : i + 2;
      } else if (nx && (nx.norm === "times" || nx.norm === "x" || nx.raw === "×")) {
        // "read 240,000 times" is a count of uses; "3 times faster" is a multiplier.
        const v = Number.parseFloat(raw.replace(/[^\d.]/g, "")) || 0;
        kind = v > 20 && nx.norm === "times" ? "plain" : "multiplier";
        end = i + 2;
      } else if (nx && (nx.norm === "am" || nx.norm === "pm" || nx.norm === "a.m" || nx.norm === "p.m")) {
        kind = "clock";
        end = i + 2;
      } else if (nx && MONEY_SCALES.has(nx.norm) && kind === "money") {
        end = i + 2;
      } else if (nx && CURRENCY_WORDS.has(nx.norm)) {
        kind = "money";
        end = i + 2;
      }
      const value = Number.parseFloat(raw.replace(/[^\d.]/g, "")) || 0;
      out.push({ tokStart: i, tokEnd: end, kind, value, inherentDirection: false });
      i = end - 1;
      continue;
    }
    const w = t.norm;
    const v = NUMBER_VALUE.get(w);
    if (v !== undefined) {
      if (w === "doubled" || w === "tripled" || w === "quadrupled" || w === "halved" || w === "tenfold") {
        out.push({ tokStart: i, tokEnd: i + 1, kind: "multiplier", value: v, inherentDirection: true });
        continue;
      }
      if (w === "none" || w === "nobody") continue;
      if (w === "twice" || w === "double" || w === "triple") {
        if (nx && nx.norm === "as") out.push({ tokStart: i, tokEnd: i + 1, kind: "multiplier", value: v, inherentDirection: true });
        continue;
      }
      if (w === "half" && tokens[i - 1]?.norm === "in") {
        out.push({ tokStart: i - 1, tokEnd: i + 1, kind: "multiplier", value: 0.5, inherentDirection: true });
        continue;
      }
      if (w === "half" || w === "quarter" || w === "third") {
        const p = tokens[i - 1];
        // "within a quarter", "in one quarter": a period of time, not a fraction.
        if (w === "quarter" && p && (p.norm === "a" || p.norm === "one") && WINDOW_PREPS.has(tokens[i - 2]?.norm ?? "")) continue;
        if (p && (p.norm === "a" || p.norm === "by" || p.norm === "one" || p.norm === "about" || p.norm === "roughly" || p.norm === "nearly")) {
          out.push({ tokStart: p.norm === "a" || p.norm === "one" ? i - 1 : i, tokEnd: i + 1, kind: "fraction", value: v, inherentDirection: false });
        } else if (w === "third" && p?.norm === "the") {
          // "the third mismatched invoice": an ordinal.
        } else if (w === "half" && nx && (nx.norm === "of" || nx.norm === "the" || nx.norm === "a" || nx.norm === "an")) {
          out.push({ tokStart: i, tokEnd: i + 1, kind: "fraction", value: v, inherentDirection: false });
        }
        continue;
      }
      // Spelled cardinal: "nine forklift impacts", "one impact"; not "one of the" or "no one".
      if (nx && (nx.norm === "of" || nx.norm === "another" || nx.norm === "or" || nx.norm === "and" || nx.norm === "to") && w === "one") continue;
      const prev = tokens[i - 1];
      if (w === "one" && prev && (prev.norm === "no" || prev.norm === "every" || prev.norm === "each" || prev.norm === "any" || prev.norm === "the" || prev.norm === "this" || prev.norm === "that")) continue;
      let end = i + 1;
      let value = v;
      while (end < s.tokenEnd) {
        const e = tokens[end];
        const ev = e ? NUMBER_VALUE.get(e.norm) : undefined;
        if (!e || ev === undefined || e.norm === "half" || e.norm === "quarter" || e.norm === "third") break;
        value = ev >= 100 ? value * ev : value + ev;
        end++;
      }
      const after = tokens[end];
      if (after && (after.norm === "times" || after.norm === "fold")) {
        const then = tokens[end + 1];
        const compared = then !== undefined && (then.norm === "as" || COMPARATIVES_AFTER.has(then.norm));
        out.push({ tokStart: i, tokEnd: end + 1, kind: "multiplier", value, inherentDirection: compared });
        i = end;
        continue;
      }
      if (after && (after.raw === "%" || after.norm === "percent")) {
        out.push({ tokStart: i, tokEnd: end + 1, kind: "percent", value, inherentDirection: false });
        i = end;
        continue;
      }
      // "one in four", "one in 40", "one plate in five": a rate told in words, quoted whole.
      const inAt = after?.norm === "in" ? end : after?.kind === "word" && tokens[end + 1]?.norm === "in" ? end + 1 : -1;
      const denom = inAt > 0 ? tokens[inAt + 1] : undefined;
      const denomValue = denom === undefined ? undefined : denom.kind === "number" ? Number.parseFloat(denom.raw.replace(/[^\d.]/g, "")) : NUMBER_VALUE.get(denom.norm);
      if (denom !== undefined && inAt + 1 < s.tokenEnd && denomValue !== undefined && denomValue > 0) {
        // "twenty-five": a hyphenated number word continues the denominator.
        const unit = tokens[inAt + 3];
        const unitValue = tokens[inAt + 2]?.raw === "-" && unit ? NUMBER_VALUE.get(unit.norm) : undefined;
        const last = unitValue !== undefined && unitValue < 10 && inAt + 3 < s.tokenEnd ? inAt + 3 : inAt + 1;
        const d = last === inAt + 3 ? denomValue + (unitValue ?? 0) : denomValue;
        out.push({ tokStart: i, tokEnd: last + 1, kind: "fraction", value: value / d, inherentDirection: false });
        i = last;
        continue;
      }
      out.push({ tokStart: i, tokEnd: end, kind: "plain", value, inherentDirection: false });
      i = end - 1;
      continue;
    }
    if (ORDINAL.has(w)) out.push({ tokStart: i, tokEnd: i + 1, kind: "ordinal", value: 0, inherentDirection: false });
  }
  return out;
}

/** Following noun words of a number ("nine forklift impacts with" -> forklift, impact). */
function headNouns(tokens: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === "punct") {
      if (t.raw === "-") continue;
      break;
    }
    if (t.kind === "number" || SUBORDINATORS.has(t.norm) || NOUN_PHRASE_STOPS.has(t.norm)) {
      if (out.length > 0 || (t.norm !== "of" && t.norm !== "a" && t.norm !== "an" && t.norm !== "as")) break;
      continue;
    }
    if (out.length === 0 && (t.norm === "many" || t.norm === "much" || t.norm === "more" || t.norm === "fewer" || t.norm === "less")) {
      continue;
    }
    out.push(singular(t.norm));
  }
  return out;
}

function findNumbers(ctx: Ctx, selfPortrait: boolean): NumberMention[] {
  const { tokens } = ctx;
  const out: NumberMention[] = [];
  const contextNouns = new Map<string, number>();
  let contextClock = false;
  // The current number: set per iteration and read by the two helpers below, which are
  // created once per call (not once per number) to keep adversarial inputs cheap.
  let sp: Span = { start: 0, end: 0 };
  let tok = 0;
  let sentenceIndex = 0;
  let nouns: string[] = [];
  let isClock = false;
  let outsized = false;
  const mention = (cls: NumberClass, reason: NumberReason, change = false) =>
    out.push({ span: sp, sentence: sentenceIndex, cls, reason, tok, ...(change ? { change } : {}), ...(cls === "result" && outsized ? { implausible: true } : {}) });
  const rememberContext = () => {
    for (const nn of nouns) contextNouns.set(nn, sentenceIndex);
    if (isClock) contextClock = true;
  };
  for (const s of ctx.sentences) {
    const raws = readNumbers(tokens, s);
    if (raws.length === 0) {
      findZeroLoss(ctx, s, out);
      continue;
    }
    const sentenceHasWindow = hasOutcomeWindow(ctx, s);
    for (const r of raws) {
      outsized = (r.kind === "percent" && r.value > 300) || (r.kind === "multiplier" && r.value >= 10);
      const first = tokens[r.tokStart];
      const last = tokens[r.tokEnd - 1];
      if (!first || !last) continue;
      // "3 days", "40 minutes": quote the unit with the number.
      const unit = tokens[r.tokEnd];
      sp = unit !== undefined && unit.kind === "word" && TIME.has(unit.norm) && unit.norm !== "s" ? span(first, unit) : span(first, last);
      sentenceIndex = s.index;
      tok = r.tokStart;
      isClock = r.kind === "clock";
      const clause = ctx.clauses[ctx.clauseOf[r.tokStart] ?? 0];
      const prev = tokens[r.tokStart - 1];
      const prev2 = tokens[r.tokStart - 2];
      const next = tokens[r.tokEnd];
      nouns = headNouns(tokens, r.tokEnd, s.tokenEnd);
      const preAction = s.index < ctx.firstActSentence;

      if (r.kind === "ordinal") {
        const cmp = comparisonAt(tokens, r, s);
        if (cmp && !clause?.projected) mention("result", "before-after", true);
        continue;
      }
      if (ctx.claimed[r.tokStart]) continue;
      // "Three months later", "two weeks ago": when, not how much.
      // ... and "six months of run files": a span of data, not a change.
      const afterUnit = tokens[r.tokEnd + 1]?.norm;
      let saving = false;
      for (let k = Math.max(s.bodyStart, r.tokStart - 3); k < r.tokStart; k++) if (SAVE_WORDS.has(tokens[k]?.norm ?? "")) saving = true;
      if (r.kind === "plain" && TIME.has(nouns[0] ?? "") && (afterUnit === "later" || afterUnit === "ago" || (afterUnit === "of" && !saving))) {
        mention("context", "duration");
        continue;
      }
      if (r.kind === "percent" && r.value >= 100 && ((prev && GIVE_FORMS.has(prev.norm)) || (next && FIGURE_AFTER.has(next.norm)))) {
        mention("figure-of-speech", "figure-of-speech");
        continue;
      }
      if ((r.kind === "multiplier" || r.kind === "percent" || r.kind === "money") && nouns.length > 0 && nouns.every((w) => VAGUE_REF.has(w))) {
        mention("vague-figure", "no-metric");
        continue;
      }
      const afterHyphen = tokens[r.tokEnd + 1];
      if (next && next.raw === "-" && afterHyphen && r.kind === "plain" && NOT_A_MEASURE_AFTER_HYPHEN.has(afterHyphen.norm)) continue;
      if (next && next.raw === "-" && afterHyphen && r.kind === "plain") {
        // "three-day conference", "400-bed hospital", "one-tap prompt": a compound adjective.
        mention("context", "compound-size");
        rememberContext();
        continue;
      }
      if (r.kind === "plain" && first.kind === "number" && /^(19[5-9]\d|20\d\d)$/.test(first.raw) && !(next && (next.raw === "%" || TIME.has(next.norm)))) {
        mention("context", "year");
        continue;
      }
      if (r.kind === "plain" && prev && (VERSION_PREV.has(prev.norm) || (prev.raw === "(" && prev2 && VERSION_PREV.has(prev2.norm)) || (first.raw.includes(".") && prev.kind === "word" && /^[A-Z]/.test(prev.raw) && !prev.raw.endsWith(".")))) {
        mention("context", "version");
        continue;
      }
      if (r.kind === "plain" && prev && LABEL_WORDS.has(prev.norm) && first.kind === "number") {
        if (comparisonAt(tokens, r, s) && !clause?.projected && !ctx.hypoTok[r.tokStart]) mention("result", "before-after", true);
        continue;
      }
      if (ctx.hypoTok[r.tokStart]) continue;
      if (clause?.projected || (ctx.purpose[r.tokStart] && r.kind !== "plain")) {
        mention("projected", "projection");
        continue;
      }
      if (ctx.findingActive[r.tokStart]) {
        mention("finding", "finding");
        rememberContext();
        continue;
      }
      const situationClause =
        (clause?.lead !== null && clause?.lead !== undefined && SITUATION_LEADS.has(clause.lead)) ||
        (s.index <= ctx.firstActSentence && !ctx.actClauses.has(ctx.clauseOf[r.tokStart] ?? -1) && (clause?.pastPerfect === true || clause?.progressive === true));
      if (situationClause) {
        mention("context", "situation-figure");
        rememberContext();
        continue;
      }
      if (prev && (prev.norm === "of") && prev2 && GROUP_NOUNS.has(prev2.norm)) {
        mention("context", "team-size");
        continue;
      }
      if (nouns.some((w) => HEADCOUNT.has(w) || HEADCOUNT.has(`${w}s`)) && !directionNear(ctx, r, s)) {
        mention("context", "head-count");
        rememberContext();
        continue;
      }
      const approx = prev !== undefined && APPROXIMATORS.has(prev.norm);
      const prep = approx ? prev2 : prev;
      const windowed = prep !== undefined && WINDOW_PREPS.has(prep.norm);
      const isTime = nouns.length > 0 && TIME.has(nouns[0] ?? "") ;
      const inUnder = prev && UNDER_WORDS.has(prev.norm) && prev2 && (prev2.norm === "in" || prev2.norm === "than");
      if (!inUnder && !comparisonAt(tokens, r, s) && (windowed || (prev && WINDOW_DETERMINERS.has(prev.norm) && prev2 && WINDOW_PREPS.has(prev2.norm))) && (isTime || r.kind === "plain")) {
        mention("context", isTime ? "duration" : "scope");
        continue;
      }
      if (!preAction && unchangedAt(tokens, r, s, raws)) {
        mention("context", "unchanged");
        continue;
      }
      const zeroLoss = r.value === 0 && nouns.length > 0;
      // "Our newsletter performance doubled." in a story where nobody does anything: a figure tied to no action.
      if (selfPortrait && (r.inherentDirection || directionNear(ctx, r, s) || comparisonAt(tokens, r, s))) {
        mention("vague-figure", "untied");
        continue;
      }
      if (r.inherentDirection || directionNear(ctx, r, s) || zeroLoss || comparisonAt(tokens, r, s)) {
        if (clause?.negated) {
          mention("negated", "negated");
          continue;
        }
        // a bare "doubled" needs its metric right beside it ("sign-ups doubled", "doubled sign-ups")
        if (!namedMetricNear(tokens, r, s, nouns, r.inherentDirection ? 3 : 10)) {
          mention("vague-figure", "no-metric");
          continue;
        }
        mention("result", r.inherentDirection ? "change-spelled" : "change", true);
        continue;
      }
      if (s.index >= ctx.firstActSentence && ctx.firstActSentence < ctx.sentences.length && usageNear(tokens, r, s)) {
        mention("result", "reach-count");
        continue;
      }
      if (!preAction && sentenceHasWindow && ((r.kind === "clock" && contextClock) || nouns.some((w) => contextNouns.has(w)))) {
        mention("result", "same-measure-after", true);
        continue;
      }
      const metricAdjacent = METRIC.has(nouns[0] ?? "") || (prev !== undefined && METRIC.has(prev.norm)) || (prev?.norm === "of" && prev2 !== undefined && METRIC.has(prev2.norm));
      const metricNamed = nouns.some((w) => METRIC.has(w)) || metricInClause(ctx, r);
      if (metricNamed && !preAction && ctx.firstActSentence < ctx.sentences.length && (r.kind !== "plain" || metricAdjacent)) {
        mention("result", "value-named");
        continue;
      }
      const measuredUnit = r.kind === "percent" || r.kind === "money" || r.kind === "clock" || TIME.has(nouns[0] ?? "");
      if (s.index > ctx.firstActSentence && sentenceHasWindow && measuredUnit && !windowed && namedMetricNear(tokens, r, s, [])) {
        mention("result", "value");
        continue;
      }
      if (r.kind === "plain" && TIME.has(nouns[0] ?? "")) mention("context", "duration");
      else mention("context", r.kind === "percent" || r.kind === "money" ? "situation-value" : "scale-count");
      rememberContext();
    }
    findZeroLoss(ctx, s, out);
  }
  return out;
}

const UNCHANGED_WORDS = setOf(["still", "unchanged", "flat", "stayed", "remained", "steady", "stuck", "same", "static", "plateaued"]);

/** "still running at around four a month", "41% before and 41% after", "stayed at 12%": a number that did not move. */
function unchangedAt(tokens: Token[], r: RawNumber, s: Sentence, raws: readonly RawNumber[]): boolean {
  if (r.inherentDirection) return false;
  for (let k = Math.max(s.bodyStart, r.tokStart - 6); k < Math.min(s.tokenEnd, r.tokEnd + 3); k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === "word" && (DIRECTION.has(t.norm) || CHANGE_VERBS_AFTER.has(t.norm))) return false;
  }
  // "still at four", "was 11%, the same as before"
  for (let k = Math.max(s.bodyStart, r.tokStart - 6); k < Math.min(s.tokenEnd, r.tokEnd + 5); k++) {
    const t = tokens[k];
    if (t && t.kind === "word" && UNCHANGED_WORDS.has(t.norm) && (k < r.tokStart || tokens[k + 1]?.norm === "as" || t.norm !== "same")) return true;
  }
  // the same value twice in one sentence, told as before and after
  let before = false;
  let after = false;
  for (let k = s.bodyStart; k < s.tokenEnd; k++) {
    const n = tokens[k]?.norm;
    if (n === "before") before = true;
    else if (n === "after" || n === "again") after = true;
  }
  if (before && after) for (const o of raws) if (o !== r && o.value === r.value && o.kind === r.kind) return true;
  return false;
}

function findZeroLoss(ctx: Ctx, s: Sentence, out: NumberMention[]): void {
  const { tokens } = ctx;
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t || (t.norm !== "no" && t.norm !== "zero" && t.norm !== "nobody")) continue;
    if (t.norm === "zero") continue; // handled as a number
    for (let k = i + 1; k < Math.min(s.tokenEnd, i + 6); k++) {
      const w = tokens[k];
      if (w?.raw === "-") continue; // "no foreign-body complaints"
      if (!w || w.kind === "punct") break;
      // "no appointments were lost" (a loss verb after the noun) or "no complaints" (a loss noun itself)
      if (LOSS_VERBS.has(w.norm) && (k > i + 1 || LOSS_NOUNS.has(w.norm))) {
        if (ctx.sentenceHypothetical[s.index] || s.index < ctx.firstActSentence) break;
        out.push({ span: span(t, w), sentence: s.index, cls: "result", reason: "zero-loss", tok: i });
        return;
      }
    }
  }
}

function directionNear(ctx: Ctx, r: RawNumber, s: Sentence): boolean {
  const { tokens } = ctx;
  // before the number: up to 6 words, not crossing a hard stop or a new clause lead
  let words = 0;
  for (let k = r.tokStart - 1; k >= s.bodyStart && words < 6; k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === "punct") {
      if (HARD_STOPS.has(t.raw)) break;
      continue;
    }
    words++;
    if (t.kind === "number") continue;
    if (DIRECTION.has(t.norm)) {
      if (t.norm === "from") {
        if (hasToAfter(tokens, r.tokEnd, s.tokenEnd) || tokens[r.tokStart - 1]?.norm === "to") return true;
        continue;
      }
      if (t.norm === "up" || t.norm === "down" || t.norm === "back") {
        const p = tokens[k - 1];
        if (p && UP_DOWN_LEADERS.has(p.norm)) return true;
        if (t.norm === "back" && tokens[k + 1]?.norm === "to") return true;
        continue;
      }
      if (t.norm === "more" || t.norm === "less" || t.norm === "went" || t.norm === "moved" || t.norm === "added" || t.norm === "hit" || t.norm === "completed" || t.norm === "kept") {
        if (t.norm === "went" || t.norm === "moved") {
          if (tokens[k + 1]?.norm === "from" || tokens[k + 1]?.norm === "to" || tokens[k + 1]?.norm === "up" || tokens[k + 1]?.norm === "down") return true;
          continue;
        }
        if (t.norm === "more" || t.norm === "less") continue;
        return true;
      }
      return true;
    }
    if (SUBORDINATORS.has(t.norm)) break;
  }
  // after the number: a comparative ("41% fewer tickets", "$38,000 a month less")
  words = 0;
  for (let k = r.tokEnd; k < s.tokenEnd && words < 6; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === "punct") {
      if (HARD_STOPS.has(t.raw) || t.raw === ",") break;
      continue;
    }
    words++;
    if (t.kind === "number") continue;
    if (words <= 4 && COMPARATIVES_AFTER.has(t.norm)) return true;
    if (CHANGE_VERBS_AFTER.has(t.norm)) return true;
    if (SUBORDINATORS.has(t.norm)) break;
  }
  return false;
}

function hasToAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const t = tokens[k];
    if (t?.norm === "to") return true;
  }
  return false;
}

function comparisonAt(tokens: Token[], r: RawNumber, s: Sentence): boolean {
  for (let k = r.tokEnd; k < Math.min(s.tokenEnd, r.tokEnd + 5); k++) {
    const t = tokens[k];
    if (!t) break;
    if (COMPARISON_STARTS.has(t.norm)) {
      const t2 = tokens[k + 1];
      if (t.norm === "down" || t.norm === "up") {
        if (t2?.norm !== "from") continue;
      }
      for (let j = k + 1; j < Math.min(s.tokenEnd, k + 5); j++) {
        const u = tokens[j];
        if (!u) break;
        if (u.kind === "number" || ORDINAL.has(u.norm) || (NUMBER_VALUE.get(u.norm) !== undefined && u.norm !== "one")) return true;
      }
      return false;
    }
  }
  return false;
}

function named(w: string): boolean {
  return !VAGUE_REF.has(w) && !PURPOSE_BREAKERS.has(w) && !DIRECTION.has(w) && w.length > 1;
}

const USAGE_VERBS = setOf([
  "read", "viewed", "downloaded", "used", "opened", "completed", "attended", "registered", "installed", "enrolled",
  "visited", "subscribed", "booked", "watched", "clicked", "played", "cited", "shared", "reused", "adopted", "signed",
  "served", "reached", "raised", "collected", "sold", "won", "saved", "answered", "resolved", "processed", "placed",
]);

/** "read 240,000 times", "was downloaded 3,000 times", "raised $12,000": a count of what the work achieved. */
function usageNear(tokens: Token[], r: RawNumber, s: Sentence): boolean {
  for (let k = r.tokStart - 1; k >= Math.max(s.bodyStart, r.tokStart - 3); k--) {
    const t = tokens[k];
    if (!t || t.kind === "punct") return false;
    if (USAGE_VERBS.has(t.norm)) return tokens[r.tokEnd - 1]?.norm === "times" || r.kind === "money" || tokens[r.tokEnd]?.kind === "word";
  }
  return false;
}

function namedMetricNear(tokens: Token[], r: RawNumber, s: Sentence, nouns: string[], reach = 10): boolean {
  if (nouns.some((w) => named(w) && !NOT_METRIC_NOUNS.has(w))) return true;
  // a subject noun before the verb: "refunds fell to", "scrap fell to 3%"
  for (let k = r.tokStart - 1; k >= Math.max(s.bodyStart, r.tokStart - reach); k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === "punct" && (HARD_STOPS.has(t.raw) || (reach < 10 && t.raw === ","))) break;
    if (t.kind === "word" && SUBORDINATORS.has(t.norm) && reach < 10) break;
    if (t.kind === "word" && named(t.norm) && !isPastVerb(t.norm) && !NOT_SUBJECT_WORDS.has(t.norm) && !PEOPLE.has(t.norm) && !TIME.has(t.norm)) {
      return true;
    }
    if (t.kind === "word" && PEOPLE.has(t.norm) && compoundHead(tokens[k + 1])) return true;
  }
  return false;
}

/** "debtor days", "patient falls", "staff turnover": a people word naming a measure with the noun after it. */
function compoundHead(next: Token | undefined): boolean {
  return next !== undefined && next.kind === "word" && named(next.norm) && !isPastVerb(next.norm) && !NOUN_PHRASE_STOPS.has(next.norm) && !NOT_SUBJECT_WORDS.has(next.norm) && !SUBORDINATORS.has(next.norm) && !PEOPLE.has(next.norm) && !next.norm.endsWith("ing");
}

function metricInClause(ctx: Ctx, r: RawNumber): boolean {
  return ctx.clauses[ctx.clauseOf[r.tokStart] ?? 0]?.hasMetric ?? false;
}

function hasOutcomeWindow(ctx: Ctx, s: Sentence): boolean {
  const { tokens } = ctx;
  if (timeLater(tokens, s)) return true;
  if (connectivesIn(ctx, s).some((m) => m.tokStart < s.bodyStart + 4)) return true;
  for (const m of windowsIn(ctx, s)) {
    if (windowFollows(tokens, m.tokEnd, s.tokenEnd)) return true;
  }
  return false;
}

const FIXING_VERBS = setOf([
  "reduce", "cut", "fix", "solve", "lower", "improve", "prevent", "avoid", "eliminate", "tackle", "address", "clear",
  "shorten", "speed", "stop", "end", "remove", "resolve", "handle", "manage", "minimize", "decrease",
]);

const NEGATABLE_CHANGE = setOf([
  "reduce", "improve", "increase", "cut", "lower", "raise", "boost", "change", "help", "work", "move", "fix", "solve",
  "decrease", "drop", "grow", "shift", "affect", "save", "speed", "succeed", "land", "convert", "stick", "lift",
  "budge", "impact", "pay", "matter", "raise",
]);

function findOutcomes(ctx: Ctx): OutcomeMention[] {
  const { tokens } = ctx;
  const out: OutcomeMention[] = [];
  const narratorInStory = ctx.actors.includes("narrator");
  for (const s of ctx.sentences) {
    if (ctx.sentenceHypothetical[s.index]) continue;
    for (const m of OUTCOME_MATCHER.matchAll(tokens, s.bodyStart, s.tokenEnd)) {
      const prev = tokens[m.tokStart - 1];
      if (ctx.claimed[m.tokStart] || ctx.hypoTok[m.tokStart]) continue;
      if (prev && (prev.norm === "to" || prev.norm === "would" || prev.norm === "could" || prev.norm === "can" || prev.norm === "help" || prev.norm === "helped")) continue;
      if (ctx.purpose[m.tokStart]) continue;
      const clause = ctx.clauses[ctx.clauseOf[m.tokStart] ?? 0];
      const actor = ctx.actors[m.tokStart] ?? "none";
      // "I improved the form" is an act; "the form improved" is an outcome.
      if (actor === "narrator" && m.tokEnd - m.tokStart === 1 && prev && isNarratorSubject(prev.norm) && m.value !== "thanked") continue;
      const preAction = s.index < ctx.firstActSentence;
      if (preAction && (clause?.pastPerfect || clause?.progressive)) continue;
      if (clause?.lead && SITUATION_LEADS.has(clause.lead)) continue;
      if (PRE_ACTION_SKIPPED_OUTCOMES.has(m.value) && preAction) continue;
      const sp = { start: m.start, end: m.end };
      if (clause?.negated) out.push({ span: sp, sentence: s.index, kind: "negated" });
      else if (clause?.projected) out.push({ span: sp, sentence: s.index, kind: "projected" });
      else out.push({ span: sp, sentence: s.index, kind: "vague" });
    }
    // "did not reduce churn", "never improved": a change that did not happen.
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || !(t.norm === "not" || t.norm === "never" || t.norm.endsWith("n't") || (t.norm === "failed" && tokens[i + 1]?.norm === "to"))) continue;
      if (ctx.hypoTok[i] || ctx.claimed[i]) continue;
      for (let k = i + 1; k < Math.min(s.tokenEnd, i + 4); k++) {
        const u = tokens[k];
        if (!u || u.kind !== "word") break;
        if (NEGATABLE_CHANGE.has(u.norm)) {
          out.push({ span: span(t, u), sentence: s.index, kind: "negated" });
          break;
        }
      }
    }
    // "...and we agreed a rule", "they opted in": other people acting on the narrator's work. In a story
    // told only as "we", the team's acts are the action itself, not a reaction to it.
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      const actor = ctx.actors[i];
      if (!t || (actor !== "team" && actor !== "other") || (actor === "team" && !narratorInStory)) continue;
      if (!HUMAN_OUTCOME_VERBS.has(t.norm)) continue;
      const clause = ctx.clauses[ctx.clauseOf[i] ?? 0];
      if (clause?.negated || clause?.projected || ctx.purpose[i] || s.index < ctx.firstActSentence) continue;
      out.push({ span: span(t, t), sentence: s.index, kind: "human" });
    }
  }
  return out;
}

function findLinks(ctx: Ctx, soft: SoftMention[], numbers: NumberMention[], outcomes: OutcomeMention[]): LinkMention[] {
  const { tokens } = ctx;
  const outcomeIn = new Set<number>();
  // A failed outcome still ends the chain: it lowers the result, not the integration.
  for (const nm of numbers) if (nm.cls === "result" || nm.cls === "negated") outcomeIn.add(nm.sentence);
  for (const o of outcomes) if (o.kind === "vague" || o.kind === "human" || o.kind === "negated") outcomeIn.add(o.sentence);
  const out: LinkMention[] = [];
  if (outcomeIn.size === 0) return out;
  const narratorSoftIn = new Set<number>();
  for (const sm of soft) if (sm.status === "narrator") narratorSoftIn.add(sm.sentence);
  let actSeen = false;
  for (const s of ctx.sentences) {
    if (ctx.sentenceActs[s.index]) actSeen = true;
    if (ctx.sentenceHypothetical[s.index]) continue;
    const near = outcomeIn.has(s.index) || outcomeIn.has(s.index + 1);
    for (const m of connectivesIn(ctx, s)) {
      const backward = m.value.includes("started when");
      if (ctx.purpose[m.tokStart]) continue;
      if (m.value === "so" && tokens[m.tokEnd]?.kind === "word" && SO_NOT_CAUSAL_AFTER.has(tokens[m.tokEnd]?.norm ?? "")) {
        if (tokens[m.tokEnd]?.norm !== "i") continue;
      }
      if ((backward && outcomeIn.size > 0) || (near && (actSeen || ctx.sentenceActs[s.index + 1] === true))) {
        out.push({ span: { start: m.start, end: m.end }, sentence: s.index, why: `"${m.value}" ties the act to what followed` });
      }
    }
    const later = timeLater(tokens, s);
    if (later && outcomeIn.has(s.index) && actSeen) out.push({ span: later, sentence: s.index, why: "a time window frames the outcome" });
    for (const m of windowsIn(ctx, s)) {
      if (!windowFollows(tokens, m.tokEnd, s.tokenEnd) || !outcomeIn.has(s.index) || !actSeen) continue;
      const t = tokens[m.tokStart];
      let last = tokens[m.tokEnd - 1];
      for (let k = m.tokEnd; k < Math.min(s.tokenEnd, m.tokEnd + 4); k++) {
        const u = tokens[k];
        if (!u || u.kind === "punct") break;
        last = u;
        if (TIME.has(u.norm) || MONTHS_SEASONS.has(u.norm)) break;
      }
      if (t && last) out.push({ span: span(t, last), sentence: s.index, why: "a time window frames the outcome" });
    }
  }
  // "Shifts were often left uncovered ... Uncovered shifts went from eight a month to one": the result
  // is measured on the very thing the situation described.
  if (ctx.firstActSentence > 0 && ctx.firstActSentence < ctx.sentences.length) {
    const situationWords = new Set<string>();
    for (let k = 0; k < Math.min(ctx.firstActSentence, 3); k++) {
      const s = ctx.sentences[k];
      if (!s) continue;
      for (let i = s.bodyStart; i < s.tokenEnd; i++) {
        const t = tokens[i];
        if (t && t.kind === "word" && isContentWord(t.norm)) situationWords.add(singular(t.norm));
      }
    }
    for (const nm of numbers) {
      if (nm.cls !== "result" || nm.sentence <= ctx.firstActSentence) continue;
      const s = ctx.sentences[nm.sentence];
      if (!s || out.some((l) => l.sentence === nm.sentence)) continue;
      for (let i = s.bodyStart; i < s.tokenEnd; i++) {
        const t = tokens[i];
        if (t && t.kind === "word" && isContentWord(t.norm) && situationWords.has(singular(t.norm))) {
          out.push({ span: span(t, t), sentence: s.index, why: `the result is measured on the problem you described ("${t.raw}")` });
          break;
        }
      }
    }
  }
  // "... and chased each manager personally, and completion went from 61% to 94%": in one sentence the
  // narrator's human act comes first and the outcome closes it.
  const linked = new Set(out.map((l) => l.sentence));
  const outcomeStarts = new Map<number, number[]>();
  const addStart = (sentence: number, start: number) => {
    const list = outcomeStarts.get(sentence);
    if (list) list.push(start);
    else outcomeStarts.set(sentence, [start]);
  };
  for (const nm of numbers) if (nm.cls === "result") addStart(nm.sentence, nm.span.start);
  for (const o of outcomes) if (o.kind === "vague" || o.kind === "human") addStart(o.sentence, o.span.start);
  // One try per sentence (its first human act), so a long run-on sentence stays linear.
  for (const sm of soft) {
    if (sm.status !== "narrator" || linked.has(sm.sentence)) continue;
    linked.add(sm.sentence);
    const s = ctx.sentences[sm.sentence];
    if (!s || ctx.sentenceHypothetical[s.index]) continue;
    let first = -1;
    for (const o of outcomeStarts.get(sm.sentence) ?? []) if (o >= sm.span.end && (first < 0 || o < first)) first = o;
    if (first < 0) continue;
    // the joint between the act and the outcome: the last "and" or comma before the outcome
    let joint: Token | undefined;
    for (let i = tokenIndexAt(tokens, sm.span.end); i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || t.start >= first) break;
      if (t.norm === "and" || t.norm === "then" || t.raw === ",") joint = t;
    }
    if (!joint) continue;
    out.push({ span: span(joint, joint), sentence: s.index, why: "the outcome follows the narrator's act in the same sentence" });
  }
  // "Late payments fell from 18% to 6% in one quarter. I was the credit controller... I called...":
  // a result told first, measured, with no problem in that sentence and no later result, is where the
  // narrator's acts lead.
  const opener = ctx.sentences[0];
  if (opener && ctx.firstActSentence > 0 && ctx.firstActSentence < ctx.sentences.length && narratorSoftIn.size > 0) {
    const first = numbers.find((nm) => nm.sentence === 0 && nm.cls === "result");
    const later = numbers.some((nm) => nm.sentence > 0 && nm.cls === "result");
    // "Late payments fell...": a problem word is what fell, not a problem stated.
    let falls = false;
    for (let i = opener.bodyStart; i < opener.tokenEnd; i++) if (DECREASE_WORDS.has(tokens[i]?.norm ?? "")) falls = true;
    const problem = !falls && PROBLEM_MATCHER.matchAll(tokens, opener.bodyStart, opener.tokenEnd).length > 0;
    if (first && !later && !problem) out.push({ span: first.span, sentence: 0, why: "the story opens with the result the acts produced" });
  }
  // "I presented the null result ..., and we moved the budget": a human act followed by others acting.
  for (const o of outcomes) {
    if (o.kind !== "human") continue;
    if (narratorSoftIn.has(o.sentence) || narratorSoftIn.has(o.sentence - 1)) {
      out.push({ span: o.span, sentence: o.sentence, why: "people acted on what the narrator did" });
    }
  }
  return out;
}

const SAVE_WORDS = setOf(["saved", "saves", "save", "saving", "freed", "free", "cut", "reduced", "gained", "recovered", "got", "gave", "won", "shaved", "trimmed", "less", "fewer", "more", "extra"]);
const DECREASE_WORDS = setOf(["fell", "dropped", "halved", "cut", "reduced", "down", "fewer", "less", "lower", "decreased", "shrank", "declined"]);

const FUNCTION_WORDS = setOf([
  "about", "after", "again", "also", "because", "before", "being", "between", "could", "every", "first", "from",
  "have", "into", "just", "last", "like", "many", "more", "most", "much", "only", "other", "over", "same", "some",
  "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "time",
  "times", "under", "very", "were", "what", "when", "where", "which", "while", "with", "within", "would", "year",
  "years", "month", "months", "week", "weeks", "days", "team", "teams", "people", "each", "both", "well", "made",
]);

function isContentWord(norm: string): boolean {
  return norm.length >= 4 && !FUNCTION_WORDS.has(norm) && !isPastVerb(norm) && !NUMBER_VALUE.has(norm) && !DIRECTION.has(norm);
}

function findPlain(ctx: Ctx, matcher: PhraseMatcher<string>, why: string): PlainMention[] {
  const out: PlainMention[] = [];
  for (const s of ctx.sentences) {
    for (const m of matcher.matchAll(ctx.tokens, s.tokenStart, s.tokenEnd)) {
      out.push({ span: { start: m.start, end: m.end }, sentence: s.index, why: `${why}: ${m.value}` });
    }
  }
  return out;
}

function findBuzzwords(ctx: Ctx): PlainMention[] {
  return findPlain(ctx, BUZZ_MATCHER, "buzzword");
}

/** "I was asked to", "my job was": a task marker near the start of the sentence. */
function findTasks(tokens: Token[], s: Sentence, out: PlainMention[]): void {
  for (const m of TASK_MATCHER.matchAll(tokens, s.bodyStart, Math.min(s.tokenEnd, s.bodyStart + 10))) {
    out.push({ span: { start: m.start, end: m.end }, sentence: s.index, why: m.value });
  }
}

/** An organisation or unit word in the same sentence as a job title ("shift lead at a warehouse"). */
function settingNearby(tokens: Token[], i: number, s: Sentence): boolean {
  for (let k = Math.max(s.bodyStart, i - 8); k < Math.min(s.tokenEnd, i + 8); k++) {
    const t = tokens[k];
    if (k !== i && t && t.kind === "word" && (SETTING.has(t.norm) || (t.sing1 !== "" && SETTING.has(t.sing1)))) return true;
  }
  return false;
}

function findContext(
  ctx: Ctx,
  resultClauses: ReadonlySet<number>,
): { problems: PlainMention[]; settings: PlainMention[]; timeframes: PlainMention[] } {
  const { tokens } = ctx;
  const problems: PlainMention[] = [];
  const settings: PlainMention[] = [];
  const timeframes: PlainMention[] = [];
  for (const s of ctx.sentences) {
    if (ctx.sentenceHypothetical[s.index]) continue;
    const situational = s.index <= ctx.firstActSentence || s.label === "situation" || s.label === "task";
    const problemAt = new Map<number, { end: number; value: string }>();
    for (const m of PROBLEM_MATCHER.matchAll(tokens, s.bodyStart, s.tokenEnd)) problemAt.set(m.tokStart, { end: m.tokEnd, value: m.value });
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || t.kind !== "word" || ctx.claimed[i] || ctx.skillTok[i] || ctx.hypoTok[i]) continue;
      const n = t.norm;
      const clause = ctx.clauses[ctx.clauseOf[i] ?? 0];
      // "churn fell to 3%" is a result, not a churn problem.
      const problem = resultClauses.has(ctx.clauseOf[i] ?? -1) ? undefined : problemAt.get(i);
      if (problem && (situational || (clause?.lead !== null && clause?.lead !== undefined && SITUATION_LEADS.has(clause.lead)) || clause?.pastPerfect)) {
        const last = tokens[problem.end - 1];
        const aimedAt = [tokens[i - 1], tokens[i - 2], tokens[i - 3]].some((x) => x !== undefined && FIXING_VERBS.has(x.norm));
        if (!(ctx.purpose[i] && aimedAt) && last) problems.push({ span: span(t, last), sentence: s.index, why: `problem or stakes: ${problem.value}` });
      }
      const nextTok = tokens[i + 1];
      const nextIsSetting = nextTok !== undefined && (SETTING.has(nextTok.norm) || (nextTok.sing1 !== "" && SETTING.has(nextTok.sing1)));
      if ((SETTING.has(n) || (t.sing1 !== "" && SETTING.has(t.sing1))) && !nextIsSetting) {
        let a = -1;
        let words = 0;
        for (let k = i - 1; k >= s.bodyStart && words < 4; k--) {
          const x = tokens[k];
          if (!x) break;
          if (x.kind === "punct") {
            if (x.raw === "-" || x.raw === "/" || x.raw === "'") continue;
            break;
          }
          if (SETTING_BREAKS.has(x.norm)) break;
          words++;
          if (SETTING_ANCHORS.has(x.norm)) {
            a = SETTING_PREPOSITIONS.has(x.norm) ? k + 1 : k;
            while (a < i && tokens[a]?.kind === "punct") a++;
            break;
          }
        }
        if (a >= 0 && a <= i) {
          const first = tokens[a];
          if (first) settings.push({ span: span(first, t), sentence: s.index, why: "where it happened" });
        }
      }
      if (ROLE.has(n)) {
        const p = tokens[i - 1];
        const p2 = tokens[i - 2];
        const anchored = [p, p2, tokens[i - 3]].some((x) => x !== undefined && ROLE_ANCHORS.has(x.norm)) || (p?.norm === "a" && p2?.norm === "was");
        // A job title alone ("As Chief Marketing Officer") is not context; it counts beside an organisation.
        if (anchored && settingNearby(tokens, i, s)) settings.push({ span: span(t, t), sentence: s.index, why: "the narrator's role" });
      }
      if (MONTHS_SEASONS.has(n) && MONTH_SEASON_NAMES.has(n)) {
        timeframes.push({ span: span(t, t), sentence: s.index, why: "when it happened" });
      }
      if ((n === "a" || n === "an" || n === "one") && situational && TIME.has(tokens[i + 1]?.norm ?? "") && !DIRECTION.has(tokens[i - 1]?.norm ?? "")) {
        const u = tokens[i + 1];
        if (u) timeframes.push({ span: span(t, u), sentence: s.index, why: "a duration or time frame" });
      }
      if (ORDINAL.has(n) && TIME.has(tokens[i + 1]?.norm ?? "") && tokens[i - 1] !== undefined && POSSESSIVES.has(tokens[i - 1]?.norm ?? "")) {
        const u = tokens[i + 1];
        if (u) timeframes.push({ span: span(t, u), sentence: s.index, why: "when it happened" });
      }
      if (TIME_OF_DAY.has(n) && !/s$/.test(tokens[i + 1]?.norm ?? "") && [tokens[i - 1], tokens[i - 2], tokens[i - 3], tokens[i - 4]].some((x) => x !== undefined && TIME_OF_DAY_ANCHORS.has(x.norm))) {
        timeframes.push({ span: span(t, t), sentence: s.index, why: "when it happened" });
      }
      if ((n === "deadline" || n === "go-live" || n === "without") && situational) {
        timeframes.push({ span: span(t, t), sentence: s.index, why: "a constraint" });
      }
    }
  }
  return { problems, settings, timeframes };
}
