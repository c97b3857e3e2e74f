// Stage: the setting of the story: problems and stakes, where it happened and the narrator's role,
// when and how long, limits told in words ("only two of us"), task markers ("I was asked to") and buzzwords. Reads the clauses, claims,
// hypotheticals and which clauses hold a result.
import { BUZZWORDS, CONSTRAINT_PATTERNS, ROLE_WORDS, SETTING_WORDS, TASK_MARKERS } from "../lexicon/words";
import { PhraseMatcher } from "../matcher";
import type { Sentence, TextDoc, Token } from "../text";
import { innerHyphen, setOf, span, tokenIndexAt, type Ctx } from "./core";
import type { PlainMention } from "./types";
import { DIRECTION, isTimeUnit, MONTHS_SEASONS, ORDINAL, PROBLEM_MATCHER, SITUATION_LEADS, TIME } from "./words";

const SETTING = setOf(SETTING_WORDS);
const ROLE = setOf(ROLE_WORDS);
const SETTING_BREAKS = setOf(["by", "of", "with", "to", "from", "into", "than", "and", "or", "that", "which", "who"]);
const BUZZ_MATCHER = new PhraseMatcher<string>(BUZZWORDS.map((b) => [b, b] as const));
const TASK_MATCHER = new PhraseMatcher<string>(TASK_MARKERS.map((c) => [c, c] as const));
const SETTING_ANCHORS = setOf(["a", "an", "our", "the", "my", "their", "this", "at", "on", "in", "for"]);
const SETTING_PREPOSITIONS = setOf(["at", "on", "in", "for"]);
const ROLE_ANCHORS = setOf(["as", "was", "am", "became"]);
const MONTH_SEASON_NAMES = setOf(["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "spring", "summer", "autumn", "winter"]);
const POSSESSIVES = setOf(["my", "our", "the", "his", "her", "their", "its"]);
const TIME_OF_DAY = setOf(["night", "morning", "evening", "afternoon", "weekend", "day"]);
const TIME_OF_DAY_ANCHORS = setOf(["on", "that", "one", "last"]);

/** Capitalised words after "at" that name a time or a stand-in, not an organisation. */
const NOT_ORGANISATION_NAMES = setOf([
  "christmas", "easter", "thanksgiving", "halloween", "diwali", "eid", "ramadan", "hanukkah", "new", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "i", "first", "one", "that", "this", "all", "least", "times", "once", "xyz", "abc", "acme",
  "x", "y", "z", "company", "level", "stage", "year", "step", "phase", "week", "month", "midnight", "noon",
]);
/** Words before "at" that make it a skill ("good at Excel"), not a place. */
const SKILLED_AT = setOf(["good", "great", "better", "best", "skilled", "expert", "proficient", "excel", "excelled", "strong", "bad", "worse", "look", "looked", "looking", "aimed", "arrived"]);
const NAME_JOINERS = setOf(["&", "of", "and", "-", "'"]);

/** "Kept" before an -ing word (read as "continued"; the raw word is checked). */
const KEPT = setOf(["kept", "keeps"]);
const KEPT_NORMS = setOf(["kept", "keeps", "continued", "continues"]);

const FIXING_VERBS = setOf([
  "reduce", "cut", "fix", "solve", "lower", "improve", "prevent", "avoid", "eliminate", "tackle", "address", "clear",
  "shorten", "speed", "stop", "end", "remove", "resolve", "handle", "manage", "minimize", "decrease",
]);

function findPlain(ctx: Ctx, matcher: PhraseMatcher<string>, why: string): PlainMention[] {
  const out: PlainMention[] = [];
  for (const s of ctx.sentences) {
    for (const m of matcher.matchAll(ctx.tokens, s.tokenStart, s.tokenEnd)) {
      out.push({ span: { start: m.start, end: m.end }, sentence: s.index, why: `${why}: ${m.value}` });
    }
  }
  return out;
}

/** Around "leverage", the words of finance's own measure ("net leverage", "the leverage covenant"), which is no buzzword. */
const LEVERAGE_BEFORE = setOf(["net", "gross", "debt", "financial", "operating", "senior", "total", "our", "the", "its", "their"]);
const LEVERAGE_AFTER = setOf(["ratio", "ratios", "covenant", "covenants", "multiple", "multiples", "test", "headroom", "target", "fell", "rose", "was", "of", "at", "to", "from"]);

function financeLeverage(ctx: Ctx, m: PlainMention): boolean {
  const k = tokenIndexAt(ctx.tokens, m.span.start);
  const t = ctx.tokens[k];
  if (t?.norm !== "leverage") return false;
  return LEVERAGE_BEFORE.has(ctx.tokens[k - 1]?.norm ?? "") || LEVERAGE_AFTER.has(ctx.tokens[k + 1]?.norm ?? "");
}

export function findBuzzwords(ctx: Ctx): PlainMention[] {
  return findPlain(ctx, BUZZ_MATCHER, "buzzword").filter((m) => !financeLeverage(ctx, m));
}

/** "I was asked to", "my job was": a task marker near the start of the sentence. */
export function findTasks(tokens: Token[], s: Sentence, out: PlainMention[]): void {
  for (const m of TASK_MATCHER.matchAll(tokens, s.bodyStart, Math.min(s.tokenEnd, s.bodyStart + 10))) {
    out.push({ span: { start: m.start, end: m.end }, sentence: s.index, why: m.value });
  }
}

/** Every constraint pattern in one expression, one capture group each, so the text is read once. */
const CONSTRAINT_RE = new RegExp(`\\b(?:${CONSTRAINT_PATTERNS.map(([pattern]) => `(${pattern})`).join("|")})`, "gi");

/** Limits and times told in words ("only two of us", "a tight deadline", "last winter"): CONSTRAINT_PATTERNS. */
export function findConstraints({ text, tokens }: TextDoc): PlainMention[] {
  const out: PlainMention[] = [];
  for (const m of text.matchAll(CONSTRAINT_RE)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const why = CONSTRAINT_PATTERNS[group]?.[1] ?? "a constraint";
    const sentence = tokens[tokenIndexAt(tokens, m.index)]?.sentence ?? 0;
    out.push({ span: { start: m.index, end: m.index + m[0].length }, sentence, why });
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

/** "Year 10", "Year 7": a school year group named by a capital and a number. */
function yearGroupAt(tokens: Token[], k: number): boolean {
  return /^[A-Z]/.test(tokens[k]?.raw ?? "") && tokens[k + 1]?.kind === "number";
}

/** Names in which "high" describes nothing wrong: "the high street", "a high school". */
const HIGH_NAMES = setOf(["street", "school", "court", "st"]);
const DETERMINERS_BEFORE_PLACE = setOf(["the", "a", "an", "our", "my", "their", "his", "her", "its", "this", "that"]);
const WORK_VERBS = setOf(["work", "worked", "working", "works", "tried", "try", "trying", "pushed", "trained", "studied"]);

/**
 * A problem word used in another sense: "on the high street" (a place), "behind the kiosk" (where,
 * not late), "worked hard" (effort). "High demand", "behind schedule" and "a hard deadline" still count.
 */
function notAProblem(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.norm;
  const next = tokens[i + 1]?.norm ?? "";
  // "conflict resolution skills", "crisis management": a skill's name, not a conflict or a crisis.
  if (next === "resolution" || next === "management") return true;
  // "problem solving", "problem-solving skills": a skill's name, not a problem.
  if ((w === "problem" || w === "problems") && (next === "solving" || next === "solver" || next === "solvers" || (next === "-" && (tokens[i + 2]?.norm ?? "").startsWith("solv")))) return true;
  // "a high school", "a high-school student".
  if (w === "high") return HIGH_NAMES.has(next === "-" ? (tokens[i + 2]?.norm ?? "") : next);
  if (w === "behind") return DETERMINERS_BEFORE_PLACE.has(next);
  if (w === "hard") return WORK_VERBS.has(tokens[i - 1]?.norm ?? "");
  return false;
}

/** A capitalised name from `k` ("Johnsons & Burkley", "St Mary's Hospital"), or null: not a tool, a time or a stand-in. */
function organisationNameAfter(ctx: Ctx, k: number, s: Sentence): { start: number; end: number } | null {
  const { tokens } = ctx;
  const first = tokens[k];
  if (!first || k >= s.tokenEnd || first.kind !== "word" || !/^[A-Z]/.test(first.raw) || ctx.skillTok[k] || NOT_ORGANISATION_NAMES.has(first.norm)) return null;
  let last = first;
  for (let j = k + 1; j < Math.min(s.tokenEnd, k + 6); j++) {
    const x = tokens[j];
    const after = tokens[j + 1];
    if (x && x.kind === "word" && /^[A-Z]/.test(x.raw) && x.norm !== "i" && !x.norm.startsWith("i'")) last = x;
    else if (x && NAME_JOINERS.has(x.raw) && after && after.kind === "word" && /^[A-Z]/.test(after.raw)) continue;
    else break;
  }
  return { start: first.start, end: last.end };
}

/** The problem words that negate: the problem is what follows them ("the collection didn't have it"). */
const NEGATIONS = setOf(["wasn't", "weren't", "didn't", "doesn't", "don't", "hadn't", "isn't", "aren't", "wouldn't", "not", "no", "never", "nobody"]);

/** Words that end what a negation negates: "weren't trained on it" is quoted as "weren't trained". */
const NEGATED_ENDS = setOf(["on", "in", "at", "to", "for", "with", "by", "of", "and", "or", "but", "because", "so", "it", "them", "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "that"]);

export function findContext(
  ctx: Ctx,
  resultClauses: ReadonlySet<number>,
): { problems: PlainMention[]; settings: PlainMention[]; timeframes: PlainMention[] } {
  const { tokens } = ctx;
  const problems: PlainMention[] = [];
  const settings: PlainMention[] = [];
  const timeframes: PlainMention[] = [];
  const named: PlainMention[] = [];
  for (const s of ctx.sentences) {
    if (ctx.sentenceHypothetical[s.index]) continue;
    const situational = s.index <= ctx.firstActSentence || s.label === "situation" || s.label === "task";
    const problemAt = new Map<number, { end: number; value: string }>();
    for (const m of PROBLEM_MATCHER.matchAll(tokens, s.bodyStart, s.tokenEnd)) problemAt.set(m.tokStart, { end: m.tokEnd, value: m.value });
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || t.kind !== "word" || ctx.claimed[i]) continue;
      // "the circuits kept tripping", "the printer keeps jamming": trouble that recurs, told before the narrator
      // acts (read before the habitual skip: a recurring fault is the situation, not a routine of the narrator's).
      if (KEPT_NORMS.has(t.norm) && KEPT.has(t.raw.toLowerCase()) && situational && !resultClauses.has(ctx.clauseOf[i] ?? -1) && ctx.actors[i] !== "narrator" && ctx.actors[i] !== "team") {
        const v = tokens[i + 1];
        if (v && v.kind === "word" && v.norm.length > 5 && v.norm.endsWith("ing") && !problemAt.has(i + 1)) problems.push({ span: span(t, v), sentence: s.index, why: "what was wrong or at stake before you acted" });
      }
      if (ctx.skillTok[i] || ctx.hypoTok[i]) continue;
      const n = t.norm;
      const clause = ctx.clauses[ctx.clauseOf[i] ?? 0];
      // "churn fell to 3%" is a result, not a churn problem.
      const problem = resultClauses.has(ctx.clauseOf[i] ?? -1) || notAProblem(tokens, i) ? undefined : problemAt.get(i);
      if (problem && (situational || (clause?.lead !== null && clause?.lead !== undefined && SITUATION_LEADS.has(clause.lead)) || clause?.pastPerfect)) {
        // A negation is the problem with what it negates: quote "weren't working", not "weren't".
        let end = problem.end;
        if (NEGATIONS.has(problem.value)) for (let k = end; k < Math.min(s.tokenEnd, problem.end + 2) && tokens[k]?.kind === "word" && !NEGATED_ENDS.has(tokens[k]?.norm ?? ""); k++) end = k + 1;
        const last = tokens[end - 1];
        const aimedAt = [tokens[i - 1], tokens[i - 2], tokens[i - 3]].some((x) => x !== undefined && FIXING_VERBS.has(x.norm));
        // The quote shows the words; the reason says what they were read as (not "problem or stakes: not").
        if (!(ctx.purpose[i] && aimedAt) && last) problems.push({ span: span(t, last), sentence: s.index, why: "what was wrong or at stake before you acted" });
      }
      const nextTok = tokens[i + 1];
      const nextIsSetting = nextTok !== undefined && (SETTING.has(nextTok.norm) || (nextTok.sing1 !== "" && SETTING.has(nextTok.sing1)));
      // "a one-page call guide", "a two-site rollout": a setting word inside a compound modifier names no setting.
      const inModifier = innerHyphen(tokens, i - 1) && nextTok !== undefined && nextTok.kind === "word" && !SETTING_BREAKS.has(nextTok.norm);
      // "a good team player" is a claim about the narrator, "1.5 bar" a pressure: neither is where it happened.
      const notPlace = (nextTok !== undefined && (nextTok.norm === "player" || nextTok.norm === "players")) || ((n === "bar" || n === "bars") && tokens[i - 1]?.kind === "number");
      if ((SETTING.has(n) || (t.sing1 !== "" && SETTING.has(t.sing1))) && !nextIsSetting && !inModifier && !notPlace) {
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
          // "our 200,000 square foot distribution centre": a figure describes the place, it does not push the anchor out of reach.
          if (x.kind !== "number") words++;
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
      // "at Johnsons & Burkley", "when I joined Ocado", "I worked for Deloitte": the organisation by its name.
      const name = (n === "at" && !SKILLED_AT.has(tokens[i - 1]?.norm ?? "")) || n === "joined" || (n === "for" && WORK_VERBS.has(tokens[i - 1]?.norm ?? "")) ? organisationNameAfter(ctx, i + 1, s) : null;
      if (name) named.push({ span: name, sentence: s.index, why: "where it happened" });
      if (ROLE.has(n)) {
        const p = tokens[i - 1];
        const p2 = tokens[i - 2];
        const anchored = [p, p2, tokens[i - 3]].some((x) => x !== undefined && ROLE_ANCHORS.has(x.norm)) || (p?.norm === "a" && p2?.norm === "was");
        // A job title alone ("As Chief Marketing Officer") is not context; it counts beside an organisation.
        if (anchored && settingNearby(tokens, i, s)) settings.push({ span: span(t, t), sentence: s.index, why: "your role" });
      }
      if (MONTHS_SEASONS.has(n) && MONTH_SEASON_NAMES.has(n)) {
        timeframes.push({ span: span(t, t), sentence: s.index, why: "when it happened" });
      }
      // "a Year 10 set" is a school year group, not a time frame.
      if ((n === "a" || n === "an" || n === "one") && situational && isTimeUnit(tokens[i + 1]) && !yearGroupAt(tokens, i + 1) && !DIRECTION.has(tokens[i - 1]?.norm ?? "")) {
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
  // A name the setting words found already ("at Memorial Regional Hospital") is not a second setting.
  for (const m of named) if (!settings.some((x) => x.span.start === m.span.start && x.span.end === m.span.end)) settings.push(m);
  return { problems, settings, timeframes };
}
