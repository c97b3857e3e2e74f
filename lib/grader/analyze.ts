// One linear pass over the text that every rule reads from: who acts in each
// clause, which skills are used (and by whom), which numbers are results, and
// which clauses are claims, hypotheticals, projections or negations.
// Rules stay small because the judgment lives in named predicates here.
import { findBridges } from "./analysis/bridges";
import { findClosingOutcomes } from "./analysis/closing";
import { HARD_STOPS, isPastVerb, PEOPLE, setOf, span, statusAt, tokenIndexAt, TOOL_PREPS, type Actor, type Clause, type Ctx, type SkillStatus } from "./analysis/core";
import { findDomainTerms, softTokens } from "./analysis/domain-terms";
import { findPlaceholders } from "./analysis/placeholders";
import { findPresentActs, type RoutineMention } from "./analysis/routine";
import { HARD_SKILLS } from "./lexicon/hard-skills";
import { SOFT_SKILLS, SOLO_BEHAVIOURS } from "./lexicon/soft-skills";
import {
  BUZZWORDS,
  CAUSAL_CONNECTIVES,
  CLAIM_ADJECTIVES,
  CLAIM_NOUNS,
  DIRECTION_WORDS,
  FIGURE_OF_SPEECH_AFTER,
  FINDING_VERBS,
  HEADCOUNT_NOUNS,
  METRIC_WORDS,
  NON_ACTION_VERBS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PROBLEM_WORDS,
  ROLE_WORDS,
  SETTING_WORDS,
  TASK_MARKERS,
  TIME_UNITS,
  VAGUE_OUTCOMES,
  VAGUE_REFERENTS,
} from "./lexicon/words";
import { inflect, PhraseMatcher, type PhraseMatch } from "./matcher";
import { readText, type Sentence, type TextDoc, type Token } from "./text";
import type { HardField, SoftFamily, Span, StarPart } from "./types";

export { isPastVerb, type Actor, type SkillStatus };



export type HardMention = { term: string; field: HardField; span: Span; sentence: number; status: SkillStatus };
export type SoftMention = { family: SoftFamily; behaviour: string; span: Span; sentence: number; status: SkillStatus };

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
  "time-of-day": "a time of day, not a result",
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
  "wrong-way": "a change the wrong way: a failure, not a success metric",
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

export type OutcomeMention = { span: Span; sentence: number; kind: "vague" | "projected" | "negated" | "human" };
export type LinkMention = { span: Span; sentence: number; why: string };
export type ClaimMention = { span: Span; sentence: number; kind: "self-praise" | "skill-list" };
export type ActMention = { span: Span; sentence: number; actor: Actor; tok: number };
export type PlainMention = { span: Span; sentence: number; why: string };
/** A word everyday English seldom uses, inside a clause: "reconciled", "spirometry", "WorldCat". */
export type DomainMention = { term: string; span: Span; sentence: number; status: SkillStatus };

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
  subjects: { narrator: number; team: number; passive: number; fragment: number };
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

// ---------------------------------------------------------------- lexicon setup


// A Map, not an object lookup: "__proto__" or "constructor" in the text must not read as a number.
const NUMBER_VALUE: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORDS));
const NON_ACTION = setOf(NON_ACTION_VERBS);
const FINDING = setOf(FINDING_VERBS);
const DIRECTION = setOf(DIRECTION_WORDS);
const METRIC = setOf(METRIC_WORDS);
const VAGUE_REF = setOf(VAGUE_REFERENTS);
const HEADCOUNT = setOf(HEADCOUNT_NOUNS);
const TIME = setOf(TIME_UNITS);
const ORDINAL = setOf(ORDINAL_WORDS);
const PROBLEM_MATCHER = new PhraseMatcher<string>(PROBLEM_WORDS.map((w) => [w, w] as const));
const SETTING = setOf(SETTING_WORDS);
const ROLE = setOf(ROLE_WORDS);
const CLAIM_ADJ = setOf(CLAIM_ADJECTIVES);
const CLAIM_NOUN = setOf(CLAIM_NOUNS);
const FIGURE_AFTER = setOf(FIGURE_OF_SPEECH_AFTER);

const NARRATOR_SUBJECTS = setOf(["i", "i'm", "i've", "i'd", "i'll", "myself"]);
const TEAM_SUBJECTS = setOf(["we", "we've", "we'd", "we're", "we'll"]);
const OTHER_SUBJECTS = setOf(["they", "they'd", "they've", "they're", "he", "she", "he'd", "she'd", "you", "it", "nobody", "everyone", "everybody", "who"]);
const DETERMINERS = setOf(["the", "a", "an", "their", "his", "her", "its", "this", "that", "these", "those", "every", "each", "both", "all", "our", "your"]);
const ADVERBS = setOf([
  "then", "also", "personally", "quickly", "first", "just", "finally", "eventually", "actually", "still", "immediately",
  "ultimately", "simply", "later", "next", "carefully", "initially", "myself", "together", "really", "only", "instead",
  "deliberately", "gradually", "jointly", "directly", "alone", "even", "soon", "specifically",
]);
const VERB_PREFIXES = setOf(["re", "co", "pre", "over", "under", "de", "mis", "un", "out", "cross", "double", "self", "sub", "multi", "non", "up", "down", "back", "hand", "fast", "live", "hot", "soft", "hard", "spot", "road", "stress", "user", "pair", "test"]);
/** "my manager did", "my colleague wrote": people of the narrator's, not the narrator. */
const OTHERS_OF_MINE = setOf([
  "colleague", "colleagues", "manager", "boss", "team", "lead", "director", "peer", "peers", "coworker", "coworkers",
  "partner", "client", "clients", "customer", "customers", "supervisor", "mentor", "report", "reports", "predecessor",
]);
const VAGUE_DOING = setOf([
  "helped", "worked", "supported", "handled", "drove", "leveraged", "utilized", "spearheaded", "championed",
  "contributed", "participated", "assisted", "improved", "managed", "owned", "oversaw", "got", "went", "started",
  "joined", "tried",
]);
const SUBORDINATORS = setOf([
  "while", "when", "whereas", "but", "because", "although", "though", "which", "who", "where", "until", "once", "so",
  "since", "unless", "if", "after", "before", "whilst", "whenever",
]);
const SITUATION_LEADS = setOf(["when", "while", "whereas", "whilst", "before"]);
const CLAUSE_PUNCT = setOf([",", ";", ":", "(", ")", "—", "–", "[", "]", '"']);
const BE = setOf(["was", "were", "been", "being", "is", "are", "get", "got"]);
const NEGATORS = setOf(["not", "never", "neither", "nor", "cannot"]);
const PROJECTORS = setOf([
  "should", "will", "would", "could", "might", "may", "expected", "expect", "expects", "projected", "forecast",
  "forecasted", "anticipated", "potential", "potentially", "likely", "hopefully", "i'll", "we'll", "it'll", "aim",
  "aims", "aiming", "estimate", "estimates", "estimated", "pending", "predicted", "predict", "predicts", "projection",
]);
const HABITUAL = setOf(["usually", "always", "normally", "typically", "generally", "tend", "often", "regularly", "sometimes"]);
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
const PURPOSE_BREAKERS = setOf(["the", "a", "an", "my", "our", "their", "his", "her", "its", "this", "that", "them", "him", "me", "us", "it", "about", "around", "roughly", "nearly", "almost", "over", "under", "just", "only", "some", "more", "less", "fewer", "zero", "none", "nobody"]);
const HUMAN_OUTCOME_VERBS = setOf([
  "agreed", "adopted", "approved", "decided", "moved", "switched", "started", "stopped", "opted", "reused", "signed",
  "kept", "used", "changed", "followed", "chose", "let", "completed", "began", "thanked", "invited", "asked",
  "accepted", "bought", "renewed", "rolled", "took", "implemented", "funded", "hired", "promoted", "cleared",
  "dropped", "scrapped", "cancelled", "canceled", "paused", "prioritized", "approved", "redirected", "reallocated",
]);

const HARD_MATCHER = new PhraseMatcher<{ term: string; field: HardField }>(
  (Object.entries(HARD_SKILLS) as [HardField, readonly string[]][]).flatMap(([field, entries]) =>
    entries.flatMap((entry) => {
      const variants = entry.split("|");
      const term = (variants[0] ?? entry).replace(/^=/, "");
      return variants.map((v) => [v, { term, field }] as const);
    }),
  ),
);

type SoftValue = { family: SoftFamily; behaviour: string; needsPeople: boolean };

/** Parse "lemma>past>pp rest+" into the inflected phrases it stands for. */
export function softEntryForms(entry: string): { forms: string[]; behaviour: string; needsPeople: boolean } {
  const needsPeople = entry.endsWith("+");
  const body = needsPeople ? entry.slice(0, -1) : entry;
  const [head = "", ...rest] = body.split(" ");
  const [lemma = head, past, pp] = head.split(">");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  return { forms: inflect(lemma, past, pp).map((f) => `${f}${tail}`), behaviour: `${lemma}${tail}`, needsPeople };
}

const SOLO = setOf(SOLO_BEHAVIOURS.map((entry) => softEntryForms(entry).behaviour));

/** A soft-skill behaviour that involves nobody else ("decided", "stayed late"): not an act with people. */
export function isSoloBehaviour(behaviour: string): boolean {
  return SOLO.has(behaviour);
}

const SOFT_MATCHER = new PhraseMatcher<SoftValue>(
  (Object.entries(SOFT_SKILLS) as [SoftFamily, readonly string[]][]).flatMap(([family, entries]) =>
    entries.flatMap((entry) => {
      const { forms, behaviour, needsPeople } = softEntryForms(entry);
      return forms.map((f) => [f, { family, behaviour, needsPeople }] as const);
    }),
  ),
);

const BUZZ_MATCHER = new PhraseMatcher<string>(BUZZWORDS.map((b) => [b, b] as const));
const OUTCOME_MATCHER = new PhraseMatcher<string>(VAGUE_OUTCOMES.map((b) => [b, b] as const));
const CONNECTIVE_MATCHER = new PhraseMatcher<string>(
  CAUSAL_CONNECTIVES.filter((c) => c !== "then").map((c) => [c, c] as const),
);
const TASK_MATCHER = new PhraseMatcher<string>(TASK_MARKERS.map((c) => [c, c] as const));
const WINDOW_MATCHER = new PhraseMatcher<string>(
  [
    "within", "over the next", "over the following", "in the following", "in the next", "by the", "by the end of",
    "the next", "the following", "after", "since", "later", "in the first", "that quarter", "that year",
    "that month", "that season",
  ].map((c) => [c, c] as const),
);
const MONTHS_SEASONS = setOf([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "spring", "summer", "autumn", "fall", "winter", "term", "half-term", "launch", "rollout", "release",
  "revision", "change", "go-live", "end", "pilot", "assessment", "review", "audit", "year", "quarter", "month", "week",
  "season", "cut-over", "migration", "deadline",
]);

// Word sets used in hot loops (a regex literal would allocate on every evaluation).
const CONDITIONAL_OPENERS = setOf(["if", "whenever", "imagine", "suppose", "say"]);
const BEEN_HAD = setOf(["been", "had"]);
const HABIT_VERBS = setOf(["make", "try", "tend", "focus", "believe", "aim", "prefer", "ensure", "work", "love", "enjoy", "thrive"]);
const VERB_LEADERS = setOf(["i", "we", "to", "and", "then", "also", "they", "he", "she", "you", "personally", "would", "will", "could", "did", "usually", "always", "often", "normally", "typically", "sometimes"]);
const MONEY_SCALES = setOf(["k", "m", "bn", "million", "billion", "thousand", "grand"]);
const CURRENCY_WORDS = setOf(["dollars", "pounds", "euros", "usd", "gbp", "eur"]);
/** Codes that stand before an amount ("USD 5,000"), unlike a standard's code before its number ("ASC 330", "ISO 9001"). */
const CURRENCY_CODES = setOf(["usd", "gbp", "eur", "aud", "cad", "nzd", "chf", "jpy", "inr", "zar", "sgd", "hkd"]);
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

// ---------------------------------------------------------------- small predicates


function isNarratorSubject(norm: string): boolean {
  return NARRATOR_SUBJECTS.has(norm);
}


function singular(w: string): string {
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) return w.slice(0, -1);
  return w;
}

// ---------------------------------------------------------------- the pass


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
    for (const m of TASK_MATCHER.matchAll(tokens, s.bodyStart, Math.min(s.tokenEnd, s.bodyStart + 10))) {
      tasks.push({ span: { start: m.start, end: m.end }, sentence: s.index, why: m.value });
    }
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
  const buzzwords = findPlain(ctx, BUZZ_MATCHER, "buzzword");
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
  const domainTerms = findDomainTerms(ctx, inSoft);
  return {
    ...base, actors, sentenceHypothetical, sentenceActs, firstActSentence, acts: liveActs,
    vagueActs: vagueActs.filter((a) => !hypoTok[a.tok] && !claimed[a.tok]), hard, soft, numbers, outcomes,
    links, claims, hypotheticals, buzzwords, problems, settings, timeframes, tasks, subjects, hiddenNarrator,
    domainTerms, presentActs: findPresentActs(tokens, sentences),
    placeholders, closingOutcomes: findClosingOutcomes(ctx),
    bridges: findBridges(ctx, soft.filter((m) => !SOLO.has(m.behaviour)), [...hard, ...domainTerms]),
  };
}



function markActs(n: number, acts: readonly ActMention[], vague: readonly ActMention[], tokens: Token[]): Uint8Array {
  const out = new Uint8Array(n);
  for (const a of acts) out[a.actor === "passive" ? tokenAt(tokens, a.span.start, a.tok) : a.tok] = 1;
  for (const a of vague) out[a.tok] = 1;
  return out;
}

/** The token starting at `start`, searched forward from a nearby index. */
function tokenAt(tokens: Token[], start: number, from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) if (tokens[k]?.start === start) return k;
  return from;
}

function segmentClauses(tokens: Token[], s: Sentence, clauses: Clause[], clauseOf: Int32Array): void {
  let cur: Clause = newClause(s.tokenStart, null);
  clauses.push(cur);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t) continue;
    const isBoundaryPunct = t.kind === "punct" && CLAUSE_PUNCT.has(t.raw);
    const isSub = t.kind === "word" && SUBORDINATORS.has(t.norm) && i > s.bodyStart;
    if (isBoundaryPunct || isSub) {
      cur.end = i;
      cur = newClause(i, isSub ? t.norm : null);
      clauses.push(cur);
    }
    clauseOf[i] = clauses.length - 1;
    const nxt = tokens[i + 1];
    const nxt2 = tokens[i + 2];
    if (t.norm === "had" || t.norm.endsWith("'d")) {
      if ((nxt && (isPastVerb(nxt.norm) || nxt.norm === "been")) || (nxt && ADVERBS.has(nxt.norm) && nxt2 && isPastVerb(nxt2.norm))) {
        cur.pastPerfect = true;
      }
    }
    if ((t.norm === "was" || t.norm === "were") && nxt && (nxt.norm.endsWith("ing") || (nxt2?.norm.endsWith("ing") ?? false))) {
      cur.progressive = true;
    }
    // A conditional clause ("if it's approved") has not happened yet.
    if ((PROJECTORS.has(t.norm) && !projectionNoun(t, nxt)) || t.norm === "if" || t.norm === "unless" || (t.norm === "going" && nxt?.norm === "to") || (t.norm === "on" && nxt?.norm === "track")) {
      cur.projected = true;
    }
    if (NEGATORS.has(t.norm) || t.norm.endsWith("n't") || (t.norm === "failed" && nxt?.norm === "to")) cur.negated = true;
    if (METRIC.has(t.norm)) cur.hasMetric = true;
  }
  cur.end = s.tokenEnd;
}

/** "forecast accuracy", "the estimate process": the word names a measure or a piece of work, not a result still to come. */
const MEASURE_AFTER_PROJECTOR = setOf(["accuracy", "error", "errors", "bias", "model", "models", "process", "cycle", "tool", "review", "meeting", "team"]);
function projectionNoun(t: Token, next: Token | undefined): boolean {
  return (t.norm === "forecast" || t.norm === "projection" || t.norm === "estimate") && next !== undefined && (MEASURE_AFTER_PROJECTOR.has(next.norm) || METRIC.has(next.norm));
}

function newClause(start: number, lead: string | null): Clause {
  return { start, end: start, lead, pastPerfect: false, progressive: false, projected: false, negated: false, hasMetric: false };
}

function atClauseStart(tokens: Token[], i: number, s: Sentence, { withAnd }: { withAnd: boolean }): boolean {
  if (i <= s.bodyStart) return true;
  const p = tokens[i - 1];
  if (!p) return true;
  if (p.kind === "punct") return CLAUSE_PUNCT.has(p.raw) || p.raw === "-";
  if (SUBORDINATORS.has(p.norm) || p.norm === "that" || p.norm === "then") return true;
  if (p.norm === "and" || p.norm === "or") {
    const pp = tokens[i - 2];
    return withAnd || (pp !== undefined && pp.raw === ",");
  }
  return false;
}

function trackActors(
  tokens: Token[],
  s: Sentence,
  actors: Actor[],
  subjects: Doc["subjects"],
  acts: ActMention[],
  vagueActs: ActMention[],
): void {
  let actor: Actor = "none";
  let lead: Actor = "none";
  let firstSubjectAt = -1;
  let lastSubjectAt = -10;
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === "word") {
      const n = t.norm;
      const startish = atClauseStart(tokens, i, s, { withAnd: true });
      if (isNarratorSubject(n) || (n === "me" && startish && tokens[i + 1]?.norm === "and")) {
        actor = "narrator";
        subjects.narrator++;
        lastSubjectAt = i;
      } else if (TEAM_SUBJECTS.has(n)) {
        actor = "team";
        subjects.team++;
        lastSubjectAt = i;
      } else if (OTHER_SUBJECTS.has(n) && startish) {
        actor = "other";
        lastSubjectAt = i;
      } else if (peopleSubjectAt(tokens, i, s)) {
        // "Students told us...", "and the department adopted it": people other than the narrator act.
        actor = "other";
        lastSubjectAt = i;
      } else if (n === "my" && startish && OTHERS_OF_MINE.has(tokens[i + 1]?.norm ?? "")) {
        actor = tokens[i + 1]?.norm === "team" ? "team" : "other";
        lastSubjectAt = i + 1;
      } else if (n === "my" && actor === "none") {
        actor = "narrator";
        lastSubjectAt = i;
      } else if (DETERMINERS.has(n) && atClauseStart(tokens, i, s, { withAnd: false }) && i > s.bodyStart && actor !== "none") {
        const p = tokens[i - 1];
        // "..., the clerks now clear" starts a new subject; "...into pandas and the CSV" does not.
        if (p && (p.kind === "punct" || SUBORDINATORS.has(p.norm) || p.norm === "and")) actor = "other";
      } else if (BE.has(n) && actor !== "narrator" && actor !== "team") {
        const nx = tokens[i + 1];
        const nx2 = tokens[i + 2];
        const pp = nx && isPastVerb(nx.norm) ? nx : nx && ADVERBS.has(nx.norm) && nx2 && isPastVerb(nx2.norm) ? nx2 : null;
        if (pp && !NON_ACTION.has(pp.norm)) {
          actor = "passive";
          subjects.passive++;
          acts.push({ span: span(pp, pp), sentence: s.index, actor: "passive", tok: i });
        }
      } else if (actor === "narrator" && n.endsWith("ing") && n.length > 4 && progressiveAfterSubject(tokens, i, lastSubjectAt)) {
        // "I was running huddles", "I have been coaching the leads": narrated in the progressive.
        acts.push({ span: span(t, t), sentence: s.index, actor, tok: i });
      } else if (actor === "narrator" && infinitiveOfPlan(tokens, i)) {
        // "My approach was to analyse...", "what I did was build...": the plan is the act.
        acts.push({ span: span(t, t), sentence: s.index, actor, tok: i });
      } else if (
        actor === "narrator" &&
        tokens[lastSubjectAt]?.norm === "i" &&
        i - lastSubjectAt <= 2 &&
        gapToSubject(tokens, i, lastSubjectAt) &&
        isPresentNarration(t, tokens[i + 1])
      ) {
        // "I talk with the nurses", "I explain it to them": a story told in the present tense.
        acts.push({ span: span(t, t), sentence: s.index, actor, tok: i });
      } else if (isPastVerb(n) || (i === s.bodyStart && /^[A-Z]/.test(t.raw))) {
        const isVerbHere = isPastVerb(n);
        if (i === s.bodyStart && isVerbHere && !NON_ACTION.has(n) && !adjectivalOpener(tokens, i, s)) {
          actor = "fragment";
          lead = "fragment";
          subjects.fragment++;
          acts.push({ span: span(t, t), sentence: s.index, actor: "fragment", tok: i });
        } else if (isVerbHere && VAGUE_DOING.has(n) && actor === "narrator" && gapToSubject(tokens, i, lastSubjectAt)) {
          vagueActs.push({ span: span(t, t), sentence: s.index, actor, tok: i });
        } else if (isVerbHere && !NON_ACTION.has(n)) {
          const gap = gapToSubject(tokens, i, lastSubjectAt);
          if (gap) acts.push({ span: span(t, t), sentence: s.index, actor, tok: i });
          // ", and missed handovers went from…": an -ed word before a noun and its verb modifies that noun.
          else if (isCoordinated(tokens, i) && lead !== "none" && !(tokens[i - 1]?.norm === "and" && adjectivalOpener(tokens, i, s))) {
            // ", rewrote the job" after a side clause returns to the sentence's subject;
            // "... who dropped it and funded X" keeps the current one.
            const p = tokens[i - 1];
            const pp = tokens[i - 2];
            // ", and trained all 18 operators" after a side clause in the passive or with another subject.
            const commaAnd = p?.norm === "and" && pp?.raw === "," && actor !== lead && (actor === "passive" || actor === "other");
            if (actor === "none" || p?.kind === "punct" || commaAnd) actor = lead;
            acts.push({ span: span(t, t), sentence: s.index, actor, tok: i });
          }
        }
      }
      if (lead === "none" && (actor === "narrator" || actor === "team" || actor === "other")) {
        lead = actor;
        firstSubjectAt = i;
      }
    }
    actors[i] = actor;
  }
  // "The report was written by me": the passive names the narrator after all.
  for (let i = s.bodyStart + 1; i < s.tokenEnd; i++) {
    if (tokens[i - 1]?.norm === "by" && (tokens[i]?.norm === "me" || tokens[i]?.norm === "myself")) {
      for (let k = s.bodyStart; k < s.tokenEnd; k++) if (actors[k] === "passive") actors[k] = "narrator";
      for (const a of acts) {
        if (a.sentence === s.index && a.actor === "passive") {
          a.actor = "narrator";
          subjects.passive--;
          subjects.narrator++;
        }
      }
      break;
    }
  }
  // A fronted instrument ("Using SQL, I found...") belongs to the sentence's first subject.
  if (firstSubjectAt > s.bodyStart && lead !== "none") {
    for (let i = s.bodyStart; i < firstSubjectAt; i++) if (actors[i] === "none") actors[i] = lead;
  }
}

/** "I'm a hard-working team player", "I am very organised": the narrator describing themselves. */
function selfIntro(tokens: Token[], s: Sentence): boolean {
  const a = tokens[s.bodyStart];
  const b = tokens[s.bodyStart + 1];
  const c = tokens[s.bodyStart + 2];
  if (!a || !b) return false;
  if (a.norm === "i'm") return b.norm === "a" || b.norm === "an" || b.norm === "very" || b.norm === "really";
  return a.norm === "i" && b.norm === "am" && (c?.norm === "a" || c?.norm === "an" || c?.norm === "very" || c?.norm === "really");
}

/** A people noun at a clause start ("Students", "the department", "two nurses") followed by a past verb. */
function peopleSubjectAt(tokens: Token[], i: number, s: Sentence): boolean {
  const t = tokens[i];
  const nx = tokens[i + 1];
  if (!t || !nx || nx.kind !== "word" || !isPastVerb(nx.norm) || NON_ACTION.has(nx.norm)) return false;
  const isPeople = (PEOPLE.has(t.norm) || (t.sing1 !== "" && PEOPLE.has(t.sing1))) && !MEETING_WORDS.has(t.norm) && !MEETING_WORDS.has(t.sing1);
  if (!isPeople || t.norm === "them" || t.norm === "him" || t.norm === "her") return false;
  let k = i - 1;
  while (k >= s.bodyStart && (DETERMINERS.has(tokens[k]?.norm ?? "") || NUMBER_VALUE.has(tokens[k]?.norm ?? "") || tokens[k]?.kind === "number")) k--;
  if (k < s.bodyStart) return true;
  const p = tokens[k];
  return p !== undefined && (p.norm === "and" || p.norm === "then" || p.norm === "so" || (p.kind === "punct" && CLAUSE_PUNCT.has(p.raw)) || SUBORDINATORS.has(p.norm));
}

/** "Uncovered shifts went from...": a sentence-initial -ed word that modifies the subject of a later verb. */
export function adjectivalOpener(tokens: Token[], i: number, s: Sentence): boolean {
  const nx = tokens[i + 1];
  if (!nx || nx.kind !== "word" || DETERMINERS.has(nx.norm) || PURPOSE_BREAKERS.has(nx.norm)) return false;
  for (let k = i + 2; k < Math.min(s.tokenEnd, i + 8); k++) {
    const t = tokens[k];
    if (!t || (t.kind === "punct" && CLAUSE_PUNCT.has(t.raw))) return false;
    if (t.kind === "word" && (isPastVerb(t.norm) || BE.has(t.norm))) return true;
    if (t.kind === "word" && (t.norm === "in" || t.norm === "with" || t.norm === "for" || t.norm === "using")) return false;
  }
  return false;
}

function isCoordinated(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p) return false;
  if (p.kind === "punct") return p.raw === "," || p.raw === ";" || p.raw === ":";
  if (p.norm === "and" || p.norm === "then" || p.norm === "or" || p.norm === "also") return true;
  if (ADVERBS.has(p.norm)) {
    const pp = tokens[i - 2];
    return pp !== undefined && (pp.raw === "," || pp.norm === "and" || pp.norm === "then");
  }
  return false;
}

const STATE_VERBS = setOf([
  "am", "was", "have", "has", "had", "know", "think", "believe", "feel", "love", "like", "want", "need", "hope", "care",
  "enjoy", "prefer", "thrive", "excel", "pride", "bring", "do", "did", "can", "could", "will", "would", "should",
  "must", "may", "might", "also", "then", "really", "always", "usually", "never", "still", "just", "mean", "guess",
  "see", "wish", "remember", "understand", "agree", "tend", "try", "make", "work", "focus", "aim", "ensure", "to",
]);
const NARRATION_NEXT = setOf([
  "the", "a", "an", "my", "our", "their", "his", "her", "its", "it", "them", "him", "this", "that", "these", "those",
  "with", "to", "for", "up", "out", "down", "through", "over", "each", "every", "all", "two", "three", "some",
]);

/** "I was running", "I'm building", "I have been coaching": -ing right after the narrator and a be-form. */
function progressiveAfterSubject(tokens: Token[], i: number, subjectAt: number): boolean {
  if (subjectAt < 0 || i - subjectAt > 4) return false;
  let be = false;
  for (let k = subjectAt; k < i; k++) {
    const n = tokens[k]?.norm ?? "";
    if (n === "i'm" || n === "was" || n === "am" || n === "been" || n === "were") be = true;
    else if (k > subjectAt && !ADVERBS.has(n) && n !== "have" && n !== "had" && n !== "i've" && n !== "i'd" && n !== "also" && n !== "still") return false;
  }
  return be;
}

/** "was to analyse" (my approach was to...), "did was build" (what I did was...). */
function infinitiveOfPlan(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  const pp = tokens[i - 2];
  const ppp = tokens[i - 3];
  const t = tokens[i];
  if (!t || t.kind !== "word" || STATE_VERBS.has(t.norm) || isPastVerb(t.norm)) return false;
  if (p?.norm === "to" && pp?.norm === "was" && ppp !== undefined && PLAN_NOUNS.has(ppp.norm)) return true;
  return p?.norm === "was" && pp?.norm === "did" && ppp?.norm === "i";
}

const PLAN_NOUNS = setOf(["approach", "plan", "idea", "solution", "fix", "job", "role", "part", "answer", "response", "first", "step", "move", "instinct", "priority", "decision"]);

/** A present-tense verb in a narrated story: "I talk with", "I explain it", "I show them". */
function isPresentNarration(t: Token, next: Token | undefined): boolean {
  if (t.kind !== "word" || STATE_VERBS.has(t.norm) || t.norm.endsWith("ly") || t.norm.endsWith("ing") || isPastVerb(t.norm)) return false;
  if (t.norm.length < 3 || NARRATOR_SUBJECTS.has(t.norm)) return false;
  return next !== undefined && next.kind === "word" && (NARRATION_NEXT.has(next.norm) || PEOPLE.has(next.norm));
}

function gapToSubject(tokens: Token[], i: number, subjectAt: number): boolean {
  if (subjectAt < 0 || i - subjectAt > 4) return false;
  for (let k = subjectAt + 1; k < i; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (ADVERBS.has(t.norm) || t.norm === "had" || t.norm === "have" || t.norm === "then" || t.norm === "both") continue;
    // "I re-modelled", "I co-wrote": a verb prefix joined by a hyphen
    if (VERB_PREFIXES.has(t.norm) && tokens[k + 1]?.raw === "-") continue;
    if (t.raw === "-" && tokens[k - 1] !== undefined && VERB_PREFIXES.has(tokens[k - 1]?.norm ?? "")) continue;
    return false;
  }
  return true;
}

function markFindingsAndPurpose(tokens: Token[], s: Sentence, findingActive: Uint8Array, purpose: Uint8Array): void {
  let finding = false;
  let inPurpose = false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === "word") {
      // "no-show rate" is not "showed": a finding verb inside a hyphenated compound is a noun.
      if (FINDING.has(t.norm) && tokens[i - 1]?.raw !== "-" && !(i === s.bodyStart && adjectivalOpener(tokens, i, s))) finding = true;
      else if (
        t.norm === "within" || t.norm === "result" || t.norm === "after" || t.norm === "which" || t.norm === "so" ||
        t.norm === "then" || t.norm === "led" || t.norm === "once" || t.norm === "until" || t.norm === "now"
      ) {
        finding = false;
      }
      if (t.norm === "to") {
        const nx = tokens[i + 1];
        inPurpose = nx !== undefined && nx.kind === "word" && !PURPOSE_BREAKERS.has(nx.norm) && !ORDINAL.has(nx.norm) && NUMBER_VALUE.get(nx.norm) === undefined && !/ing$/.test(nx.norm);
      } else if (t.kind === "word" && (SUBORDINATORS.has(t.norm) || t.norm === "and" || (isPastVerb(t.norm) && !t.norm.endsWith("ed")) || (inPurpose && isPastVerb(t.norm) && tokens[i - 1]?.norm !== "to"))) {
        inPurpose = false;
      }
    } else if (t.raw === ";" || t.raw === ":" || t.raw === "(" || t.raw === ",") {
      inPurpose = false;
      const nx = tokens[i + 1];
      if (t.raw === ";" || (t.raw === "," && nx !== undefined && (nx.norm === "and" || nx.norm === "but" || isPastVerb(nx.norm)))) finding = false;
    }
    findingActive[i] = finding ? 1 : 0;
    purpose[i] = inPurpose ? 1 : 0;
  }
}

/** Where a claim ends: the next ; : or sentence end, or a new "I" clause after a comma or "and". */
function claimClauseEnd(tokens: Token[], s: Sentence, i: number): number {
  let j = i;
  while (j < s.tokenEnd) {
    const t = tokens[j];
    if (!t) break;
    if (t.kind === "punct" && (t.raw === ";" || t.raw === ":" || SENTENCE_ENDS.has(t.raw))) break;
    if (j > i + 1 && isNarratorSubject(t.norm)) {
      // ", and I mentored", ", and last year I mentored": a new clause of the narrator's own.
      let joined = false;
      for (let q = j - 1; q >= Math.max(i + 1, j - 3); q--) {
        const p = tokens[q];
        if (p && (p.raw === "," || p.norm === "and" || p.norm === "but" || p.norm === "where")) joined = true;
      }
      if (joined) break;
    }
    j++;
  }
  return j;
}

function findClaims(tokens: Token[], s: Sentence): { mention: ClaimMention; from: number; to: number }[] {
  const out: { mention: ClaimMention; from: number; to: number }[] = [];
  const firstNext = tokens[s.tokenStart + 1];
  // "Skills: SolidWorks, GD&T, ..." as a label line.
  const head = tokens[s.tokenStart];
  if (head && /^(skills?|strengths?|expertise|competencies|tools|technologies|tech stack|stack)$/.test(head.norm) && firstNext?.raw === ":") {
    const end = claimClauseEnd(tokens, s, s.tokenStart + 2);
    const last = tokens[end - 1];
    if (last) out.push({ mention: { span: span(head, last), sentence: s.index, kind: "skill-list" }, from: s.tokenStart, to: end });
    return out;
  }
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word") continue;
    const n = t.norm;
    const n1 = tokens[i + 1]?.norm ?? "";
    const n2 = tokens[i + 2]?.norm ?? "";
    let hit = false;
    if (n === "i'm" || (n === "i" && (n1 === "am" || n1 === "was"))) {
      const k = n === "i'm" ? i + 1 : i + 2;
      hit = claimAfterBe(tokens, k);
    } else if ((n === "i" || n === "i've") && (n1 === "know" || n1 === "excel" || n1 === "thrive" || n1 === "pride" || n1 === "care" || n1 === "love" || n1 === "bring")) {
      hit = true;
    } else if ((n === "i" && n1 === "have" && (CLAIM_ADJ.has(n2) || CLAIM_NOUN.has(n2))) || (n === "i've" && (n1 === "got" || n1 === "always") )) {
      hit = true;
    } else if ((n === "i've" || (n === "i" && n1 === "have")) && (n2 === "been" || n1 === "been")) {
      const k = n === "i've" ? i + 2 : i + 3;
      hit = claimAfterBe(tokens, k);
    } else if (n === "my" && (n1 === "strength" || n1 === "strengths" || n1 === "expertise" || n1 === "superpower")) {
      hit = true;
    } else if (n === "one" && n1 === "of" && n2 === "my" && [3, 4, 5].some((k) => /^(strength|superpower)/.test(tokens[i + k]?.norm ?? ""))) {
      hit = true;
    } else if ((n === "good" || n === "skilled" || n === "proficient" || n === "expert" || n === "fluent" || n === "experienced") && (n1 === "at" || n1 === "in" || n1 === "with")) {
      hit = true;
    } else if ((n === "strong" || n === "excellent" || n === "great" || n === "solid") && (CLAIM_NOUN.has(n1) || CLAIM_NOUN.has(n2) || CLAIM_NOUN.has(tokens[i + 3]?.norm ?? ""))) {
      hit = true;
    } else if (n === "natural" && CLAIM_NOUN.has(n1)) {
      hit = true;
    } else if (n === "people" && n1 === "look" && n2 === "up") {
      hit = true;
    }
    if (hit) {
      const from = i;
      let end = claimClauseEnd(tokens, s, i + 1);
      while (end > from + 1 && TRAILING_JOINERS.has(tokens[end - 1]?.norm ?? "")) end--;
      const last = tokens[end - 1];
      if (last && end > from) {
        out.push({ mention: { span: span(t, last), sentence: s.index, kind: "self-praise" }, from, to: end });
        i = end;
      }
    }
  }
  // (A bare comma list of skills with no verb is caught by the skill-list rule from the hard-skill hits.)
  return out;
}

const SENTENCE_ENDS = setOf([".", "!", "?", "…"]);
const TRAILING_JOINERS = setOf(["and", "but", "or", ",", "so", "-", "–", "—"]);

function claimAfterBe(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    const t = tokens[j];
    if (!t || t.kind !== "word") return false;
    if (CLAIM_ADJ.has(t.norm) || CLAIM_NOUN.has(t.norm)) return true;
    if (t.norm === "a" || t.norm === "an" || t.norm === "really" || t.norm === "very" || t.norm === "always" || t.norm === "quite" || t.norm === "known" || t.norm === "the") continue;
    if (t.norm.endsWith("-first") || t.norm.endsWith("-oriented") || t.norm.endsWith("-driven") || t.norm.endsWith("-minded")) return true;
    return false;
  }
  return false;
}

type HypoRange = { span: Span; from: number; to: number; habitual: boolean };

/** The stretch a hypothetical covers: the whole sentence after "If...", else up to the next clause. */
function hypoRange(tokens: Token[], s: Sentence, conditional: boolean, a: Token, b: Token, i: number, habitual = false): HypoRange {
  if (conditional) return { span: span(a, b), from: s.bodyStart, to: s.tokenEnd, habitual: false };
  let j = i + 1;
  while (j < s.tokenEnd) {
    const t = tokens[j];
    if (!t) break;
    if (t.raw === ";" || t.raw === ":") break;
    if (t.raw === "," && (tokens[j + 1]?.norm === "and" || tokens[j + 1]?.norm === "but" || tokens[j + 1]?.norm === "including")) break;
    j++;
  }
  return { span: span(a, b), from: i, to: j, habitual };
}

const MODALS_BEFORE_SUBJECT = setOf(["would", "could", "should", "will", "might"]);
const HABIT_MARKERS = setOf(["every", "each", "weekly", "daily", "monthly", "fortnightly", "nightly", "often", "usually", "always", "regularly"]);

function hasHabitMarker(tokens: Token[], s: Sentence): boolean {
  for (let k = s.bodyStart; k < s.tokenEnd; k++) if (HABIT_MARKERS.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

/** Past verbs that report a plan or a promise: "promised I would", "explained what we would do". */
const REPORTING_PAST = setOf([
  "promised", "said", "told", "explained", "assured", "agreed", "decided", "knew", "realised", "realized", "thought",
  "guaranteed", "confirmed", "committed", "warned", "made", "insisted", "planned", "hoped", "expected", "figured", "so",
]);
/** "promised I would", "told the foreman that I would", "so I would know": a future seen from a past act, not a hypothetical. */
function reportedFromPast(tokens: Token[], i: number, start: number): boolean {
  for (let k = i - 1; k >= Math.max(start, i - 6); k--) {
    const w = tokens[k];
    if (!w || w.kind !== "word") return false;
    if (REPORTING_PAST.has(w.norm)) return true;
  }
  return false;
}

function findHypothetical(tokens: Token[], s: Sentence): HypoRange | null {
  const opener = tokens[s.bodyStart];
  const conditional = opener !== undefined && CONDITIONAL_OPENERS.has(opener.norm);
  // "How would I handle a conflict?": a question about what one would do frames the answer as hypothetical.
  if (tokens[s.tokenEnd - 1]?.raw === "?") {
    for (let i = s.bodyStart; i < s.tokenEnd - 1; i++) {
      const t = tokens[i];
      const nx = tokens[i + 1];
      if (t && nx && MODALS_BEFORE_SUBJECT.has(t.norm) && (nx.norm === "i" || nx.norm === "you" || nx.norm === "we")) {
        return hypoRange(tokens, s, true, t, nx, i);
      }
    }
  }
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word") continue;
    const n = t.norm;
    const nx = tokens[i + 1];
    if ((n === "i" || n === "we") && nx) {
      const nn = nx.norm;
      if (nn === "would" && !conditional && reportedFromPast(tokens, i, s.bodyStart)) continue;
      if (nn === "would" || (conditional && (nn === "could" || nn === "might" || nn === "will"))) {
        // "Each Friday I would walk the team through it" is a past habit, not a hypothetical.
        return hypoRange(tokens, s, conditional, t, nx, i, !conditional && nn === "would" && hasHabitMarker(tokens, s));
      }
      if (HABITUAL.has(nn)) {
        const v = tokens[i + 2];
        if (v && v.kind === "word" && !isPastVerb(v.norm) && !BEEN_HAD.has(v.norm)) return hypoRange(tokens, s, conditional, t, v, i, !conditional);
      }
      if (HABIT_VERBS.has(nn) && !(tokens[i - 1]?.norm === "that" || tokens[i - 1]?.norm === "so")) {
        return hypoRange(tokens, s, conditional, t, nx, i, !conditional);
      }
    }
    if (n === "i'd" && nx && nx.kind === "word" && !isPastVerb(nx.norm) && nx.norm !== "been") return hypoRange(tokens, s, conditional, t, nx, i);
    if (conditional && (n === "would" || n === "i'll" || n === "i'd") && nx) return hypoRange(tokens, s, conditional, t, nx, i);
  }
  return null;
}


const BUILD_VERBS = setOf([
  "built", "rebuilt", "created", "designed", "redesigned", "wrote", "rewrote", "developed", "configured", "automated",
  "coded", "programmed", "scripted", "drafted", "prototyped", "modeled", "mapped", "implemented", "introduced",
  "set", "setup", "devised", "compiled", "engineered",
]);

/** Technical artifacts a narrator can build: the teachable craft shows in the thing made. */
const ARTIFACTS: ReadonlyMap<string, HardField> = new Map([
  ["checklist", "operations"], ["template", "business-tools"], ["tracker", "business-tools"], ["script", "technology"],
  ["macro", "business-tools"], ["model", "data"], ["database", "technology"], ["query", "data"], ["workflow", "operations"],
  ["map", "operations"], ["playbook", "operations"], ["prototype", "creative"], ["calculator", "business-tools"],
  ["algorithm", "technology"], ["automation", "technology"], ["plugin", "technology"], ["bot", "technology"],
  ["flowchart", "operations"], ["diagram", "engineering"], ["schedule", "operations"], ["timetable", "operations"],
  ["forecast", "finance"], ["budget", "finance"], ["simulation", "engineering"], ["dataset", "data"],
  ["report", "data"], ["app", "technology"], ["website", "technology"], ["tool", "technology"], ["form", "business-tools"],
  ["scorecard", "operations"], ["rubric", "education"], ["curriculum", "education"], ["protocol", "healthcare"],
  ["wireframe", "creative"], ["mock-up", "creative"], ["mockup", "creative"], ["layout", "creative"],
  // Generic: a domain noun + system/table/register/log/rule built by the narrator ("rebuilt our tariff lookup table").
  ["table", "data"], ["lookup", "data"], ["system", "technology"], ["spreadsheet", "business-tools"], ["register", "operations"],
  ["log", "operations"], ["rule", "technology"], ["sop", "operations"], ["plan", "operations"], ["rota", "operations"],
  ["dashboard", "data"], ["audit", "operations"], ["analysis", "data"],
]);

/** Plain artifact words that show craft only with a domain noun before them: "a tariff lookup table", not "a report". */
const GENERIC_ARTIFACTS = setOf(["report", "plan", "form", "system", "rule", "table", "log", "register", "analysis", "audit", "tool", "app", "website"]);
const CLEAR_ADJECTIVES = setOf(["clear", "good", "great", "nice", "better", "long", "brief", "whole", "same", "other", "different", "usual", "standard", "proper", "one-page", "updated", "revised"]);

function domainModified(tokens: Token[], k: number, from: number): boolean {
  const m = tokens[k - 1];
  if (!m || k - 1 <= from || m.kind !== "word") return false;
  if (NOT_MODIFIERS.has(m.norm) || DETERMINERS.has(m.norm) || CLEAR_ADJECTIVES.has(m.norm) || isPastVerb(m.norm)) return false;
  return m.norm.length >= 3 && !m.norm.endsWith("ly") && !PEOPLE.has(m.norm);
}

/** Heads of technique phrases: "a gap analysis", "a load test", "a time study". */
const TECHNIQUE_HEADS: ReadonlyMap<string, HardField> = new Map([
  ["analysis", "data"], ["audit", "operations"], ["survey", "data"], ["test", "technology"], ["testing", "technology"],
  ["mapping", "operations"], ["inspection", "engineering"], ["assessment", "operations"], ["calculation", "finance"],
  ["calculations", "finance"], ["simulation", "engineering"], ["benchmarking", "operations"], ["benchmark", "operations"],
  ["experiment", "data"], ["forecast", "finance"], ["modeling", "data"], ["reconciliation", "finance"],
]);
const NOT_MODIFIERS = setOf([
  "the", "a", "an", "my", "our", "their", "his", "her", "its", "this", "that", "these", "those", "quick", "full",
  "proper", "simple", "short", "small", "big", "first", "new", "detailed", "thorough", "careful", "rough", "basic",
  "some", "any", "each", "every", "whole", "own", "formal", "informal", "initial", "final", "further", "more",
]);

/** "I ran a gap analysis", "did a load test": a named technique as the object of the narrator's act. */
function findTechniques(ctx: Ctx, s: Sentence, out: HardMention[]): void {
  const { tokens } = ctx;
  let actSeen = false;
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (ctx.actTok[i]) actSeen = true;
    if (!actSeen || ctx.skillTok[i] || t.kind !== "word") continue;
    const field = TECHNIQUE_HEADS.get(t.norm);
    if (field === undefined) continue;
    let k = i - 1;
    while (k > s.bodyStart && tokens[k]?.raw === "-") k -= 2;
    const mod = tokens[k];
    const modHead = tokens[i - 1];
    if (!mod || !modHead || mod.kind !== "word" || modHead.kind === "punct" && modHead.raw !== "-") continue;
    if (NOT_MODIFIERS.has(mod.norm) || ctx.skillTok[k] || ctx.actTok[k] || isPastVerb(mod.norm) || PEOPLE.has(mod.norm) || mod.norm.length < 3) continue;
    out.push({ term: `${mod.norm} ${t.norm}`, field, span: span(mod, t), sentence: s.index, status: statusAt(ctx, i, s.index) });
    for (let q = k; q <= i; q++) ctx.skillTok[q] = 1;
  }
}

const CALENDAR_WORDS = setOf([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
  "may", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter", "q1", "q2",
  "q3", "q4",
]);

/** "using Kobo", "in SAP", "into PowerApps": a named tool as the instrument of the narrator's act. */
function findNamedTools(ctx: Ctx, s: Sentence, out: HardMention[]): void {
  const { tokens } = ctx;
  let actSeen = false;
  for (let i = s.bodyStart; i < s.tokenEnd - 1; i++) {
    const p = tokens[i];
    if (!p) continue;
    if (ctx.actTok[i]) actSeen = true;
    if (!actSeen || p.kind !== "word" || !(TOOL_PREPS.has(p.norm) || p.norm === "from")) continue;
    // "in our Tripleseat", "from the PMS": a possessive or article may stand before the tool's name.
    const at = tokens[i + 1]?.norm === "our" || tokens[i + 1]?.norm === "the" ? i + 2 : i + 1;
    const t = tokens[at];
    if (!t || t.kind !== "word" || ctx.skillTok[at] || CALENDAR_WORDS.has(t.norm) || PEOPLE.has(t.norm)) continue;
    if (NARRATOR_SUBJECTS.has(t.norm) || t.raw.length < 2) continue;
    const capital = /^[A-Z]/.test(t.raw);
    const shaped = /^[A-Z]{2,}[A-Za-z0-9]*$/.test(t.raw) || /^[A-Z][a-z]+[A-Z]/.test(t.raw) || /\d/.test(t.raw);
    // A capitalised name right after a data or artifact noun ("the order form in Tripleseat", "reports from Opera").
    const afterArtifact = capital && p.norm !== "on" && artifactBefore(tokens, i, s);
    if (!(shaped || afterArtifact || (capital && (p.norm === "using" || p.norm === "via")))) continue;
    if (p.norm === "from" && !afterArtifact) continue;
    out.push({ term: t.raw, field: "business-tools", span: span(t, t), sentence: s.index, status: statusAt(ctx, at, s.index) });
    ctx.skillTok[at] = 1;
  }
}

function artifactBefore(tokens: Token[], prep: number, s: Sentence): boolean {
  const w = tokens[prep - 1];
  if (!w || prep - 1 < s.bodyStart || w.kind !== "word") return false;
  return DATA_NOUNS.has(w.norm) || ARTIFACTS.has(w.norm) || (w.sing1 !== "" && ARTIFACTS.has(w.sing1));
}

const SPECIFIC_ARTIFACTS = setOf([
  "checklist", "template", "tracker", "script", "macro", "map", "playbook", "flowchart", "diagram", "protocol",
  "scorecard", "rubric", "wireframe", "prototype", "calculator", "database", "query", "dataset", "simulation",
]);

const ANALYSIS_VERBS = setOf([
  "analyzed", "audited", "modeled", "benchmarked", "reconciled", "surveyed", "measured", "tracked", "logged", "tested",
  "calculated", "plotted", "charted", "graphed", "segmented", "sampled", "crunched", "cross-referenced", "compared",
  "analyze", "audit", "track", "log", "test", "calculate", "compare", "mapped", "coded", "pulled", "exported", "queried",
  "reviewed", "examined", "studied", "cleaned", "merged", "matched", "cross-checked", "validated", "categorized", "classified",
  "tagged", "scored", "ranked", "filtered", "sorted", "extracted", "downloaded", "collated", "mined", "traced", "profiled",
  "forecast", "forecasted", "monitored", "cross-tabulated", "dug", "combed", "went",
]);
const DATA_NOUNS = setOf([
  "data", "numbers", "figures", "results", "records", "logs", "responses", "scores", "trends", "statistics", "stats",
  "metrics", "readings", "measurements", "timings", "invoices", "transactions", "reports", "files", "histories", "entries",
  "volumes", "bookings", "claims", "counts", "hits", "tables", "spreadsheets", "exports", "extracts", "rates", "samples",
  "returns", "appointments", "referrals", "prescriptions", "orders", "scans", "rejects", "notes", "minutes", "history", "log",
]);

/** "I analysed the attendance data", "tracked the readings": working with data is a hard skill in use. */
function findDataWork(ctx: Ctx, s: Sentence, out: HardMention[]): void {
  const { tokens } = ctx;
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const v = tokens[i];
    if (!v || !ctx.actTok[i] || !ANALYSIS_VERBS.has(v.norm) || ctx.skillTok[i]) continue;
    // "went back through six months of run files": only with "through".
    if (v.norm === "went" && !(tokens[i + 1]?.norm === "through" || (tokens[i + 1]?.norm === "back" && tokens[i + 2]?.norm === "through"))) continue;
    for (let k = i + 1; k < Math.min(s.tokenEnd, i + 8); k++) {
      const t = tokens[k];
      if (!t || t.kind === "punct" || ctx.skillTok[k]) break;
      if (k > i + 1 && (isPastVerb(t.norm) || t.norm === "and" || PEOPLE_PREPS.has(t.norm))) break;
      if (DATA_NOUNS.has(t.norm)) {
        out.push({ term: "data analysis", field: "data", span: span(v, t), sentence: s.index, status: statusAt(ctx, i, s.index) });
        for (let q = i; q <= k; q++) ctx.skillTok[q] = 1;
        break;
      }
    }
  }
}

function findArtifacts(ctx: Ctx, s: Sentence, out: HardMention[]): void {
  const { tokens } = ctx;
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const v = tokens[i];
    if (!v || !ctx.actTok[i] || ctx.skillTok[i]) continue;
    const built = BUILD_VERBS.has(v.norm);
    for (let k = i + 1; k < Math.min(s.tokenEnd, i + 8); k++) {
      const t = tokens[k];
      if (!t || (t.kind === "punct" && t.raw !== "-")) break;
      if (ctx.skillTok[k]) break;
      const noun = ARTIFACTS.has(t.norm) ? t.norm : t.sing1;
      const field = ARTIFACTS.get(noun);
      // Building anything on the list shows craft; merely using it counts only for specific artifacts.
      // A generic artifact counts only when the narrator or the team made it ("they agreed a swap system" does not).
      const own = ctx.actors[i] === "narrator" || ctx.actors[i] === "team" || ctx.actors[i] === "fragment" || ctx.actors[i] === "passive";
      if (field !== undefined && (built || SPECIFIC_ARTIFACTS.has(noun)) && (!GENERIC_ARTIFACTS.has(noun) || (own && domainModified(tokens, k, i)))) {
        out.push({ term: t.sing1 !== "" && ARTIFACTS.has(t.sing1) ? t.sing1 : t.norm, field, span: span(t, t), sentence: s.index, status: statusAt(ctx, k, s.index) });
        break;
      }
      if (k > i + 1 && (isPastVerb(t.norm) || PEOPLE_PREPS.has(t.norm))) break;
    }
  }
}

function findHard(ctx: Ctx): HardMention[] {
  const out: HardMention[] = [];
  for (const s of ctx.sentences) {
    for (const m of HARD_MATCHER.matchAll(ctx.tokens, s.tokenStart, s.tokenEnd)) {
      for (let k = m.tokStart; k < m.tokEnd; k++) ctx.skillTok[k] = 1;
      let status = statusAt(ctx, m.tokStart, s.index);
      if (status === "narrator" && governedByBuzzVerb(ctx.tokens, m.tokStart, s)) status = "mentioned";
      out.push({ term: m.value.term, field: m.value.field, span: { start: m.start, end: m.end }, sentence: s.index, status });
    }
    findTechniques(ctx, s, out);
    findNamedTools(ctx, s, out);
    findDataWork(ctx, s, out);
    findArtifacts(ctx, s, out);
  }
  return out;
}

const BUZZ_VERBS = setOf(["leveraged", "leverage", "leveraging", "utilized", "harnessed", "drove", "spearheaded", "championed"]);

function governedByBuzzVerb(tokens: Token[], at: number, s: Sentence): boolean {
  for (let k = at - 1; k >= Math.max(s.tokenStart, at - 6); k--) {
    const t = tokens[k];
    if (!t) break;
    if (BUZZ_VERBS.has(t.norm)) return true;
    if (isPastVerb(t.norm)) return false;
  }
  return false;
}

const SOFT_NOUNS = setOf(["presentation", "workshop", "brainstorm", "pilot", "storytell"]);

/** "I presented", "presenting", "- Briefed the minister": a verb, not "the support team". */
/** Words before a noun phrase: "the two teaching assistants", "our nursing staff". */
const NOUN_PHRASE_OPENERS = setOf([...DETERMINERS, "my", "two", "three", "four", "five", "six", "several", "some", "many", "new"]);

function usedAsVerb(tokens: Token[], at: number, s: Sentence): boolean {
  const t = tokens[at];
  if (!t) return false;
  // "the two teaching assistants": an -ing word between a determiner and people names them; it is not an act.
  if (t.norm.endsWith("ing") && PEOPLE.has(tokens[at + 1]?.norm ?? "") && (NOUN_PHRASE_OPENERS.has(tokens[at - 1]?.norm ?? "") || tokens[at - 1]?.kind === "number")) return false;
  if (isPastVerb(t.norm) || t.norm.endsWith("ing") || at === s.bodyStart) return true;
  const p = tokens[at - 1];
  return p !== undefined && VERB_LEADERS.has(p.norm);
}

/** Index of the first people word in tokens[from, to), or -1 ("walked the ops leads" -> "leads"). */
function peopleAt(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === "punct" && (t.raw === ";" || t.raw === ":")) break;
    if (t.kind === "word" && (PEOPLE.has(t.norm) || (t.sing1 !== "" && PEOPLE.has(t.sing1)) || t.raw === "IT")) return k;
    // "updated the screens in Figma and reviewed them with the PM": the people belong to the next act.
    if (t.norm === "and" && k > from && isPastVerb(tokens[k + 1]?.norm ?? "")) break;
  }
  return -1;
}

const TEACHING_VERBS = setOf([
  "taught", "trained", "coached", "mentored", "onboarded", "showed", "guided", "led", "supervised", "teach", "train",
  "coach", "mentor", "show", "guide", "lead", "managed", "developed", "upskilled",
]);
const TALKING_VERBS = setOf([
  "told", "explained", "called", "emailed", "asked", "briefed", "wrote", "sent", "gave", "took", "presented", "answered",
  "updated", "warned", "reminded", "phoned", "messaged", "texted", "tell", "explain", "call", "email", "ask", "brief",
  "write", "send", "give", "take", "present", "talk", "talked", "spoke", "speak", "visited", "visit", "reassured",
]);
const PEOPLE_PREPS = setOf(["to", "for", "with", "alongside", "among", "between"]);
const OBJECT_FILLERS = setOf([
  "the", "a", "an", "my", "our", "their", "his", "her", "its", "all", "each", "every", "both", "two", "three", "four",
  "five", "six", "new", "other", "senior", "junior", "night", "day", "local", "key", "main", "whole", "it", "this",
  "that", "these", "those", "them", "some", "several", "few", "many",
]);

/** The people an act is aimed at: a people object ("trained operators") or "to/for/with" + people, within the clause. */
/** "cut debtor days", "reduced patient falls": the people word names a measure, not whom the act reached. */
function measureAfter(next: Token | undefined): boolean {
  return next !== undefined && next.kind === "word" && (TIME.has(next.norm) || METRIC.has(next.norm) || (next.sing1 !== "" && METRIC.has(next.sing1)));
}

function peopleObject(tokens: Token[], verb: number, s: Sentence): number {
  let sawPrep = false;
  for (let k = verb + 1; k < Math.min(s.tokenEnd, verb + 8); k++) {
    const t = tokens[k];
    if (!t) return -1;
    if (t.kind === "punct") {
      if (t.raw === "-" || t.raw === "'" || t.raw === "’") continue;
      return -1;
    }
    if (k > verb + 1 && (isPastVerb(t.norm) || SUBORDINATORS.has(t.norm) || t.norm === "and")) return -1;
    const isPeople = (PEOPLE.has(t.norm) || (t.sing1 !== "" && PEOPLE.has(t.sing1)) || t.raw === "IT") && t.norm !== "them" && t.norm !== "it" && !measureAfter(tokens[k + 1]);
    if (isPeople && !MEETING_WORDS.has(t.norm) && !MEETING_WORDS.has(t.sing1)) return k;
    if (PEOPLE_PREPS.has(t.norm)) sawPrep = true;
    // "matched them to invoice lines on supplier": the prepositional object ended before the people word.
    else if (sawPrep && OBJECT_END_PREPS.has(t.norm)) return -1;
    else if (!OBJECT_FILLERS.has(t.norm) && !sawPrep && k > verb + 3) return -1;
  }
  return -1;
}
const OBJECT_END_PREPS = setOf(["on", "in", "at", "by", "from", "into", "onto", "per", "against", "than"]);

const MEETING_WORDS = setOf([
  "meeting", "meetings", "huddle", "huddles", "workshop", "workshops", "session", "sessions", "stand-up", "standup",
  "sync", "call", "calls", "town", "webinar", "briefing", "briefings", "retrospective", "retro", "training", "demo",
  "presentation", "review", "interview", "interviews", "class", "classes", "lesson", "lessons", "shift", "shifts",
]);

/** Words that open a reported clause after a verb ("recognised that...", "showed how..."). */
const REPORTED = setOf(["that", "what", "how", "why", "whether"]);

function findSoft(ctx: Ctx): SoftMention[] {
  const out: SoftMention[] = [];
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    const taken = new Set<number>();
    for (const m of SOFT_MATCHER.matchAll(tokens, s.bodyStart, s.tokenEnd)) {
      if (!usedAsVerb(tokens, m.tokStart, s) && !SOFT_NOUNS.has(m.value.behaviour)) continue;
      // "recognised that the patient was hypoxic", "showed that the nurses...": a finding about people, not an act with them.
      if (m.value.needsPeople && REPORTED.has(tokens[m.tokEnd]?.norm ?? "") && (FINDING.has(tokens[m.tokStart]?.norm ?? "") || m.value.behaviour === "recognize")) continue;
      const who = m.value.needsPeople ? peopleAt(tokens, m.tokEnd, Math.min(s.tokenEnd, m.tokEnd + 10)) : -1;
      if (m.value.needsPeople && who < 0) continue;
      if (ctx.purpose[m.tokStart] && ctx.actors[m.tokStart] !== "narrator") continue;
      const status = statusAt(ctx, m.tokStart, s.index);
      // Quote the people too when they follow closely: "walked the ops leads", not just "walked".
      let whoEnd = who;
      while (whoEnd >= 0 && whoEnd + 1 < s.tokenEnd && PEOPLE.has(tokens[whoEnd + 1]?.norm ?? "")) whoEnd++;
      const whom = who >= 0 && who - m.tokEnd <= 4 ? tokens[whoEnd] : undefined;
      const end = whom ? whom.end : m.end;
      out.push({ family: m.value.family, behaviour: m.value.behaviour, span: { start: m.start, end }, sentence: s.index, status });
      for (let k = m.tokStart; k < m.tokEnd + 6; k++) taken.add(k);
    }
    // "...with the machinists", "...with four customers": working alongside people.
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || (t.norm !== "with" && t.norm !== "alongside") || taken.has(i)) continue;
      for (let k = i + 1; k < Math.min(s.tokenEnd, i + 6); k++) {
        const p = tokens[k];
        if (!p || p.kind === "punct" || p.norm === "and" || p.norm === "or" || isPastVerb(p.norm)) break;
        if (PEOPLE.has(p.norm) && p.norm !== "them" && p.norm !== "account" && p.norm !== "accounts") {
          const status = statusAt(ctx, i, s.index);
          out.push({ family: "collaboration", behaviour: "worked with people", span: span(t, p), sentence: s.index, status });
          for (let q = i; q <= k; q++) taken.add(q);
          break;
        }
      }
    }
    // Any act aimed at people: "explained it to the operators", "took the maps to the crews",
    // "trained operators", "set up a review call for the leads". The verb's class gives the family.
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      if (!ctx.actTok[i] || taken.has(i)) continue;
      const v = tokens[i];
      if (!v) continue;
      // "found most users left", "noticed the drivers skipped it": a finding about people, not an act with them.
      if (FINDING.has(v.norm) && !TEACHING_VERBS.has(v.norm) && !TALKING_VERBS.has(v.norm)) continue;
      // "recognised that the patient needed...": the people open a reported clause; they are not the act's object.
      if (REPORTED.has(tokens[i + 1]?.norm ?? "")) continue;
      const k = peopleObject(tokens, i, s);
      if (k < 0 || taken.has(k)) continue;
      const p = tokens[k];
      if (!p) continue;
      const family: SoftFamily = TEACHING_VERBS.has(v.norm) ? "leadership" : TALKING_VERBS.has(v.norm) ? "communication" : "collaboration";
      out.push({ family, behaviour: `${v.norm} + people`, span: span(v, p), sentence: s.index, status: statusAt(ctx, i, s.index) });
      for (let q = i; q <= k; q++) taken.add(q);
    }
  }
  return out;
}

// ---------------------------------------------------------------- numbers


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
      else if (raw.includes(":") || /^\d{1,2}(am|pm)$/i.test(raw)) kind = "clock";
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
  // Kinds of figure (a percentage, an amount of money) told in earlier sentences: a baseline for a level reached later.
  const baselineKinds = new Set<RawNumber["kind"]>();
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
      if (r.kind === "plain" && prev && (VERSION_PREV.has(prev.norm) || (/^[A-Z]{2,5}$/.test(prev.raw) && !CURRENCY_CODES.has(prev.norm) && first.kind === "number") || (prev.raw === "(" && prev2 && VERSION_PREV.has(prev2.norm)) || (first.raw.includes(".") && prev.kind === "word" && /^[A-Z]/.test(prev.raw) && !prev.raw.endsWith(".")))) {
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
        (clause?.lead !== null && clause?.lead !== undefined && SITUATION_LEADS.has(clause.lead) && !(clause.lead === "when" && !preAction && mainClauseAfterWhen(tokens, clause.start, r.tokStart) && directionNear(ctx, r, s))) ||
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
      // "the two employees got on better": a comparative about the people, not a change in their number.
      const peopleCount = r.kind === "plain" && PEOPLE.has(tokens[r.tokEnd]?.norm ?? "") && !AMOUNT_PREPS.has(prev?.norm ?? "") && !comparisonAt(tokens, r, s);
      if (nouns.some((w) => HEADCOUNT.has(w) || HEADCOUNT.has(`${w}s`)) && (peopleCount || !directionNear(ctx, r, s))) {
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
      if (r.inherentDirection || directionNear(ctx, r, s, baselineKinds.has(r.kind)) || zeroLoss || comparisonAt(tokens, r, s)) {
        if (clause?.negated) {
          mention("negated", "negated");
          continue;
        }
        // a bare "doubled" needs its metric right beside it ("sign-ups doubled", "doubled sign-ups")
        if (!namedMetricNear(tokens, r, s, nouns, r.inherentDirection ? 3 : 10)) {
          mention("vague-figure", "no-metric");
          continue;
        }
        // "conversion fell by 2%", "complaints rose 15%": a change the wrong way is a failure, not a success metric.
        if (wrongWay(tokens, r, s)) {
          mention("negated", "wrong-way");
          continue;
        }
        mention("result", r.inherentDirection ? "change-spelled" : "change", true);
        continue;
      }
      if (r.kind !== "percent" && s.index >= ctx.firstActSentence && ctx.firstActSentence < ctx.sentences.length && usageNear(tokens, r, s)) {
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
      else if (r.kind === "clock") mention("context", "time-of-day");
      else mention("context", r.kind === "percent" || r.kind === "money" ? "situation-value" : "scale-count");
      rememberContext();
    }
    findZeroLoss(ctx, s, out);
    for (const r of raws) if (r.kind === "percent" || r.kind === "money") baselineKinds.add(r.kind);
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

/**
 * "so that when full production began the rejection rate went from 75% to under 5%": with no comma, the
 * "when" clause runs on into the main one; a second past verb before the number is the main clause's.
 */
function mainClauseAfterWhen(tokens: Token[], from: number, to: number): boolean {
  let verbs = 0;
  let last = "";
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k]?.norm ?? "";
    if (isPastVerb(w)) {
      verbs++;
      last = w;
    }
  }
  return verbs >= 2 && DIRECTION.has(last) && !BE.has(last);
}

/** Measures where more is better, and the verbs by which a measure moves down or up on its own. */
const GAIN_MEASURES = setOf([
  "conversion", "conversions", "revenue", "sales", "satisfaction", "nps", "retention", "accuracy", "attendance", "engagement", "profit", "profits",
  "margin", "margins", "uptake", "bookings", "sign-ups", "signups", "traffic", "adherence", "productivity", "morale", "enrolment", "enrollment",
]);
const LOSS_MEASURES = setOf([...LOSS_NOUNS, "churn", "abandonment", "turnover", "absence", "absences", "costs", "cost", "waste", "downtime", "backlog", "overtime", "attrition"]);
const FELL = setOf(["fell", "dropped", "declined", "decreased", "slipped", "shrank", "plummeted", "dipped", "sank"]);
const ROSE = setOf(["rose", "increased", "grew", "climbed", "jumped", "spiked", "soared", "doubled", "tripled"]);

/** A measure named right before its own change verb, moving the wrong way ("overall conversion actually fell slightly, by 2%"). */
function wrongWay(tokens: Token[], r: RawNumber, s: Sentence): boolean {
  for (let k = r.tokStart - 1; k >= Math.max(s.bodyStart + 1, r.tokStart - 6); k--) {
    const v = tokens[k];
    if (!v || (v.kind === "punct" && HARD_STOPS.has(v.raw))) return false;
    if (!FELL.has(v.norm) && !ROSE.has(v.norm)) continue;
    // The measure is the verb's subject: the word before it, or two before with an adverb between.
    const subject = ADVERBS.has(tokens[k - 1]?.norm ?? "") ? tokens[k - 2] : tokens[k - 1];
    const m = subject?.norm ?? "";
    return (FELL.has(v.norm) && GAIN_MEASURES.has(m)) || (ROSE.has(v.norm) && LOSS_MEASURES.has(m));
  }
  return false;
}

/** Verbs that state a level reached, not a change: the figure after them has no baseline. */
const LEVEL_VERBS = setOf(["reached", "hit", "achieved", "kept", "retained", "completed", "maintained"]);
/** Of those, the ones that can tell the after of a before told earlier ("had reached 85%"); holding a level ("kept it at 90%") never does. */
const ATTAIN_VERBS = setOf(["reached", "hit", "achieved"]);
const AMOUNT_PREPS = setOf(["by", "to", "from"]);
const BACK_LEVELS = setOf(["to", "under", "below", "above", "within", "down", "up"]);

function directionNear(ctx: Ctx, r: RawNumber, s: Sentence, baseline = false): boolean {
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
        // "was back at the bakery at 3am" is a place, not a level regained.
        if (p && UP_DOWN_LEADERS.has(p.norm) && (t.norm !== "back" || BACK_LEVELS.has(tokens[k + 1]?.norm ?? ""))) return true;
        if (t.norm === "back" && tokens[k + 1]?.norm === "to") return true;
        // "brought failures down by 30%", "pushed the rate up to 92%", "scores up 18%": the particle right before the amount.
        // Before the narrator's first act it is how things stood ("refunds had crept up to 9%").
        if (t.norm !== "back" && s.index >= ctx.firstActSentence && (AMOUNT_PREPS.has(tokens[k + 1]?.norm ?? "") || k === r.tokStart - 1)) return true;
        continue;
      }
      // "reached 94% satisfaction", "kept it at 98%": a level with no baseline (ANNOTATION.md: partial), unless a comparison follows.
      // With a figure of the same kind earlier in the story ("scores under 60%" ... "he had reached 85%") it is the after.
      if (LEVEL_VERBS.has(t.norm)) {
        if (baseline && ATTAIN_VERBS.has(t.norm)) return true;
        continue;
      }
      if (t.norm === "more" || t.norm === "less" || t.norm === "went" || t.norm === "moved" || t.norm === "added") {
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
    if (t.kind === "word" && named(t.norm) && !isPastVerb(t.norm) && !NOT_SUBJECT_WORDS.has(t.norm) && (!PEOPLE.has(t.norm) || METRIC.has(t.norm)) && !TIME.has(t.norm)) {
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

/** "Six months later", "a year on": a time unit followed by later/on/afterwards. */
function timeLater(tokens: Token[], s: Sentence): Span | null {
  for (let k = s.bodyStart + 1; k < s.tokenEnd; k++) {
    const t = tokens[k];
    const unit = tokens[k - 1];
    if (!t || !unit || !TIME.has(unit.norm)) continue;
    if (t.norm === "later" || t.norm === "afterwards" || t.norm === "afterward" || (t.norm === "on" && (tokens[k + 1]?.kind === "punct" || k === s.bodyStart + 2))) {
      const q = tokens[k - 2];
      const from = q && (q.kind === "number" || NUMBER_VALUE.has(q.norm) || q.norm === "a" || q.norm === "an" || q.norm === "few" || q.norm === "several") ? q : unit;
      return span(from, t);
    }
  }
  return null;
}

/** Connective matches of a sentence, computed once per analysis. */
function connectivesIn(ctx: Ctx, s: Sentence): PhraseMatch<string>[] {
  let m = ctx.connectives[s.index];
  if (m === undefined) {
    m = CONNECTIVE_MATCHER.matchAll(ctx.tokens, s.bodyStart, s.tokenEnd);
    ctx.connectives[s.index] = m;
  }
  return m;
}

/** Time-window matches of a sentence ("within", "over the next"), computed once per analysis. */
function windowsIn(ctx: Ctx, s: Sentence): PhraseMatch<string>[] {
  let m = ctx.windows[s.index];
  if (m === undefined) {
    m = WINDOW_MATCHER.matchAll(ctx.tokens, s.bodyStart, s.tokenEnd);
    ctx.windows[s.index] = m;
  }
  return m;
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

function windowFollows(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const t = tokens[k];
    if (!t) break;
    if (TIME.has(t.norm) || MONTHS_SEASONS.has(t.norm)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- outcomes and links

const FIXING_VERBS = setOf([
  "reduce", "cut", "fix", "solve", "lower", "improve", "prevent", "avoid", "eliminate", "tackle", "address", "clear",
  "shorten", "speed", "stop", "end", "remove", "resolve", "handle", "manage", "minimize", "decrease",
]);

const NEGATABLE_CHANGE = setOf([
  "reduce", "improve", "increase", "cut", "lower", "raise", "boost", "change", "help", "work", "move", "fix", "solve",
  "decrease", "drop", "grow", "shift", "affect", "save", "speed", "succeed", "land", "convert", "stick", "lift",
  "budge", "impact", "pay", "matter", "raise",
]);

/** Pointing words that open a sentence naming the narrator's act ("That helped...", "This allowed..."), and the verbs by which it brought something about. */
const EFFECT_SUBJECTS = setOf(["that", "this", "these", "doing"]);
const EFFECT_VERBS = setOf(["helped", "allowed", "enabled", "meant", "let", "led", "gave", "made", "brought", "got", "kept", "stopped", "saved", "turned"]);

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
    // "That helped the tension come down", "This allowed me to close the file": the story's own act, named by
    // a pointing word opening the next sentence, bringing something about. (Inside the act's own sentence,
    // "which led us to add a retry flow" is a link in the chain, and the sentence stays the action.)
    for (let i = s.bodyStart; i < s.tokenEnd - 1; i++) {
      const t = tokens[i];
      if (!t || !EFFECT_SUBJECTS.has(t.norm) || i !== s.bodyStart) continue;
      let k = i + 1;
      while (k < s.tokenEnd && ADVERBS.has(tokens[k]?.norm ?? "")) k++;
      const v = tokens[k];
      if (!v || !EFFECT_VERBS.has(v.norm) || ctx.hypoTok[k] || ctx.claimed[k] || ctx.purpose[k] || s.index < ctx.firstActSentence) continue;
      const clause = ctx.clauses[ctx.clauseOf[k] ?? 0];
      if (clause?.negated || clause?.projected) continue;
      out.push({ span: span(t, v), sentence: s.index, kind: "vague" });
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

/** An organisation or unit word in the same sentence as a job title ("shift lead at a warehouse"). */
function settingNearby(tokens: Token[], i: number, s: Sentence): boolean {
  for (let k = Math.max(s.bodyStart, i - 8); k < Math.min(s.tokenEnd, i + 8); k++) {
    const t = tokens[k];
    if (k !== i && t && t.kind === "word" && (SETTING.has(t.norm) || (t.sing1 !== "" && SETTING.has(t.sing1)))) return true;
  }
  return false;
}

/**
 * Setting words that say little on their own ("my team", "the project", "my job"): they count as where it
 * happened only when described ("a cross-functional team of 12", "the ERP migration project").
 */
const BARE_SETTINGS = setOf([
  "team", "job", "role", "project", "programme", "program", "account", "accounts", "deal", "system", "product", "service", "page",
  "group", "platform", "app", "website", "pipeline", "portfolio", "subscription", "checkout", "floor", "department", "division",
  "unit", "branch", "site", "class", "placement", "internship", "business",
]);
const NOT_DESCRIBING = setOf([
  "the", "a", "an", "my", "our", "their", "his", "her", "its", "this", "that", "last", "previous", "current", "new", "whole", "own", "first", "old",
  "former", "next", "same", "entire",
]);

/** A word between the anchor and the setting noun that describes it ("a 40-bed surgical ward", "our Leeds branch"). */
function describedBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = tokens[k];
    if (x && x.kind !== "punct" && !NOT_DESCRIBING.has(x.norm) && !SETTING_PREPOSITIONS.has(x.norm)) return true;
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
        if (a >= 0 && a <= i && (!BARE_SETTINGS.has(t.sing1 !== "" && SETTING.has(t.sing1) ? t.sing1 : n) || describedBetween(tokens, a, i))) {
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

export type { StarPart };

