// Stage: every figure in the story (digits, spelled numbers, percentages, money, multipliers,
// "one in four") and what it is: a result of the narrator's action, context, a finding, a projection,
// negated, a figure of speech or a figure with no metric, with a reason code (NUMBER_REASONS).
import { FIGURE_OF_SPEECH_AFTER, HEADCOUNT_NOUNS, VAGUE_REFERENTS } from "../lexicon/words";
import type { Sentence, Token } from "../text";
import type { Span } from "../types";
import { HARD_STOPS, isPastVerb, PEOPLE, setOf, span, type Ctx } from "./core";
import { negatedBefore, onTrackTo } from "./clauses";
import { connectivesIn, timeLater, windowFollows, windowsIn } from "./windows";
import { ADVERBS, BE, DETERMINERS, DIRECTION, METRIC, MONTHS_SEASONS, NUMBER_VALUE, ORDINAL, PURPOSE_BREAKERS, singular, SITUATION_LEADS, SUBORDINATORS, TIME } from "./words";

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
  "time-to-outcome": "how soon the outcome came after the action",
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
  dip: "a dip on the way, before the change that counts",
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
const FIGURE_AFTER = setOf(FIGURE_OF_SPEECH_AFTER);
/** Whether token `k` opens its sentence or follows a comma or other clause mark. */
function opensClause(tokens: Token[], k: number, s: Sentence): boolean {
  return k <= s.bodyStart || (tokens[k - 1]?.kind === "punct" && tokens[k - 1]?.raw !== "-");
}

/**
 * Window words that, opening a clause, give the time a change took, never the metric itself: "In eight
 * weeks food cost came down from 36% to 29%" ("restored it in 40 minutes instead of 6 hours" is a change).
 */
const WINDOW_OPENERS = setOf(["in", "within", "over", "during", "after"]);
const WINDOW_PREPS = setOf(["for", "over", "within", "during", "in", "after", "across", "every", "each", "per", "of", "past", "last", "next", "following", "first"]);
const NOT_A_MEASURE_AFTER_HYPHEN = setOf(["to", "off", "on", "of", "by", "and", "or", "the", "a", "an", "stop", "size", "time", "way", "liner", "pager"]);
const APPROXIMATORS = setOf(["about", "around", "nearly", "almost", "roughly", "some", "approximately", "just", "only", "over", "under", "~"]);
const LABEL_WORDS = setOf(["year", "grade", "level", "phase", "stage", "round", "step", "tier", "band", "version", "v", "release", "wave", "cohort", "q", "week", "day", "room", "ward", "line", "page", "item", "question", "number", "no", "unit", "floor", "gate", "terminal", "chapter", "section", "class", "key", "stage"]);
const VERSION_PREV = setOf(["version", "v", "release", "ver", "wcag", "python", "ios", "android", "php", "java", "node", "react", "angular", "vue", "windows", "macos", "html", "http", "oauth", "tls", "ssl", "ipv", "excel", "office", "sql", "net", "web", "gpt", "iso"]);
const COMPARATIVES_AFTER = setOf(["fewer", "more", "less", "lower", "higher", "faster", "quicker", "slower", "shorter", "longer", "better", "cheaper", "smaller", "bigger", "larger", "up", "down", "increase", "decrease", "reduction", "improvement", "drop", "rise", "gain", "saving", "savings", "growth", "off"]);
const LOSS_NOUNS = setOf(["complaints", "errors", "incidents", "defects", "outages", "escalations", "injuries", "falls", "failures", "breaches", "returns", "refunds", "delays"]);
const LOSS_VERBS = setOf(["escalations", "injuries", "failures", "breaches", "refunds", "delays","lost", "missed", "dropped", "cancelled", "canceled", "delayed", "breached", "failed", "injured", "harmed", "rejected", "returned", "escalated", "late", "overdue", "errors", "complaints", "incidents", "defects", "outages"]);
const COMPARISON_STARTS = setOf(["instead", "rather", "compared", "versus", "vs", "down", "up", "against", "opposed"]);
const MONEY_SCALES = setOf(["k", "m", "bn", "million", "billion", "thousand", "grand"]);
const CURRENCY_WORDS = setOf(["dollars", "pounds", "euros", "usd", "gbp", "eur"]);

/** Codes that stand before an amount ("USD 5,000"), unlike a standard's code before its number ("ASC 330", "ISO 9001"). */
const CURRENCY_CODES = setOf(["usd", "gbp", "eur", "aud", "cad", "nzd", "chf", "jpy", "inr", "zar", "sgd", "hkd"]);

const NOUN_PHRASE_STOPS = setOf(["of", "with", "in", "on", "at", "for", "to", "from", "by", "and", "or", "a", "an", "the", "per", "that", "than", "as", "each", "every", "instead"]);
const GIVE_FORMS = setOf(["give", "gave", "giving", "gives"]);
const ORG_UNITS = setOf([
  "team", "teams", "office", "offices", "site", "sites", "branch", "branches", "store", "stores", "ward", "wards", "department",
  "departments", "unit", "units", "centre", "centres", "center", "centers", "plant", "plants", "warehouse", "warehouses", "depot",
  "depots", "clinic", "clinics", "school", "schools", "region", "regions", "entity", "entities", "subsidiary", "subsidiaries",
  // What a business offers, counted whole: "dropped two loss-making product lines", "cut three routes".
  "line", "lines", "product", "products", "brand", "brands", "route", "routes", "service", "services", "sku", "skus",
]);
/** Nouns of a plan: "the proposal to cut two posts" counts what was proposed, not what changed. */
const PLAN_NOUNS = setOf(["proposal", "proposals", "plan", "plans", "idea", "request", "bid", "threat", "attempt", "decision", "option", "options"]);

/** "the proposal to cut two posts": "to" and its verb, within three words before the figure, right after a plan noun. */
function planBefore(tokens: Token[], at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from + 1, at - 3); k--) {
    if (tokens[k]?.norm === "to") return PLAN_NOUNS.has(tokens[k - 1]?.norm ?? "") && k + 1 < at;
  }
  return false;
}

const RATE_LEADS = setOf(["a", "an", "per", "each", "every"]);
/** "two units a year later": a span of time after the count, not a rate. */
const AFTER_SPAN = setOf(["later", "ago", "after", "before", "earlier", "on", "into", "in"]);

/** "units an hour", "lines per shift": a rate follows within three words of the figure. */
function rateAfter(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end - 1, from + 3); k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word") return false;
    const u = tokens[k + 1]?.norm ?? "";
    if (RATE_LEADS.has(t.norm) && (TIME.has(u) || u === "shift" || u === "head") && !AFTER_SPAN.has(tokens[k + 2]?.norm ?? "")) return true;
  }
  return false;
}
const GROUP_NOUNS = setOf(["team", "class", "group", "staff", "crew", "panel", "cohort", "family", "department"]);
const UNDER_WORDS = setOf(["under", "less", "just", "only"]);
const WINDOW_DETERMINERS = setOf(["the", "a", "next", "following", "last", "first"]);
const UP_DOWN_LEADERS = setOf(["went", "go", "goes", "gone", "came", "come", "is", "was", "are", "were", "it", "by", "now"]);
const CHANGE_VERBS_AFTER = setOf(["fell", "rose", "dropped", "grew", "increased", "decreased", "improved", "declined", "moved", "jumped", "climbed", "doubled", "halved"]);
const SOMEONES = setOf(["our", "their", "its", "my", "his", "her", "those", "these", "this", "that"]);
const AMOUNT_NOUNS = setOf(["number", "amount", "share", "proportion", "percentage", "count", "volume"]);
const NOT_METRIC_NOUNS = setOf(["a", "an", "the", "of", "month", "year", "week", "day"]);
const NOT_SUBJECT_WORDS = setOf(["by", "to", "from", "about", "around", "over", "in", "of", "and", "was", "were", "is", "are", "had", "has", "have", "been", "it", "we", "they", "i", "our", "my", "their", "its", "roughly", "nearly", "almost", "only", "just", "some", "a", "an", "the"]);

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
    // "rang 9-1-1", "1-800-555-0199": a number to call, not a figure.
    if (t.kind === "number" && (inCode(tokens, i) || namePart(tokens, i))) continue;
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
      // "into a good one.", "another one,": "one" standing for a thing named before, not a count.
      if (w === "one" && isPronounOne(tokens, i)) continue;
      let end = i + 1;
      let value = v;
      while (end < s.tokenEnd) {
        const e = tokens[end];
        // "ninety-four": a hyphen that joins a tens word to a units word; "ninety-nine point two": a spoken decimal.
        const next = tokens[end + 1];
        const nv = next ? NUMBER_VALUE.get(next.norm) : undefined;
        if (e?.raw === "-" && next && nv !== undefined && nv >= 1 && nv <= 9 && value >= 20 && value < 100 && value % 10 === 0 && e.start === tokens[end - 1]?.end && next.start === e.end) {
          value += nv;
          end += 2;
          continue;
        }
        if (e?.norm === "point" && nv !== undefined && nv <= 9 && Number.isInteger(nv)) {
          value += nv / 10;
          end += 2;
          continue;
        }
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
  let end = from + 4;
  // after "a 30% rise in" / "a 25% increase in the number of": the words that name what changed
  let changeOf = -1;
  for (let k = from; k < Math.min(to, end); k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === "punct") {
      if (t.raw === "-") continue;
      break;
    }
    if (changeOf < 0 && (t.norm === "in" || t.norm === "of") && out.length > 0 && out.every((w) => DIRECTION.has(w))) {
      changeOf = out.length;
      end = k + 7;
      continue;
    }
    if (changeOf === out.length && (NOUN_PHRASE_STOPS.has(t.norm) || SOMEONES.has(t.norm) || AMOUNT_NOUNS.has(t.norm))) continue;
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

export function findNumbers(ctx: Ctx, selfPortrait: boolean): NumberMention[] {
  const { tokens } = ctx;
  const out: NumberMention[] = [];
  /** Each noun the situation's figures counted, with the values it had there. */
  const contextNouns = new Map<string, Set<number>>();
  /** Each measure the situation named as a subject before its figure ("our pass rate was 71%"), with its values. */
  const contextMeasures = new Map<string, Set<number>>();
  let measure: { key: string; at: number } | null = null;
  /** "we missed 14 cut-offs ... Afterwards we missed 3": the past verb right before a count, as a key for the count without its noun. */
  let countedBy: string | null = null;
  let contextClock = false;
  // The current number: set per iteration and read by the two helpers below, which are
  // created once per call (not once per number) to keep adversarial inputs cheap.
  let sp: Span = { start: 0, end: 0 };
  let tok = 0;
  let value = 0;
  let sentenceIndex = 0;
  let nouns: string[] = [];
  let isClock = false;
  let outsized = false;
  const mention = (cls: NumberClass, reason: NumberReason, change = false) =>
    out.push({ span: sp, sentence: sentenceIndex, cls, reason, tok, ...(change ? { change } : {}), ...(cls === "result" && outsized ? { implausible: true } : {}) });
  const rememberContext = () => {
    for (const nn of nouns) contextNouns.set(nn, (contextNouns.get(nn) ?? new Set<number>()).add(value));
    if (countedBy) contextNouns.set(countedBy, (contextNouns.get(countedBy) ?? new Set<number>()).add(value));
    if (measure) contextMeasures.set(measure.key, (contextMeasures.get(measure.key) ?? new Set<number>()).add(value));
    if (isClock) contextClock = true;
  };
  // The first sentence where someone acts in the story's own time: in "I was looking after a man on the
  // ward. His sats had dropped from 96% to 89%. I sat him up", the first act is the scene and the past
  // perfect is the backstory, so the change is how things stood.
  let firstPlainAct = ctx.sentences.length;
  const firstAct = ctx.actTok.indexOf(1);
  const firstActTok = firstAct === -1 ? tokens.length : firstAct;
  // The narrator's (or the team's) last act: a rise told before it was answered by it, a dip, not the ending.
  let lastOwnAct = -1;
  for (let k = tokens.length - 1; k >= 0 && lastOwnAct < 0; k--) if (ctx.actTok[k] && (ctx.actors[k] === "narrator" || ctx.actors[k] === "team")) lastOwnAct = k;
  for (let i = 0; i < tokens.length; i++) {
    if (!ctx.actTok[i]) continue;
    const c = ctx.clauses[ctx.clauseOf[i] ?? 0];
    if (c && !c.progressive && !c.pastPerfect) {
      firstPlainAct = tokens[i]?.sentence ?? firstPlainAct;
      break;
    }
  }
  /** Whether the situation counted this noun at another value than the current number's. */
  const movedFrom = (w: string) => {
    const values = contextNouns.get(w);
    return values !== undefined && (values.size > 1 || !values.has(value));
  };
  // Kinds of figure (a percentage, an amount of money) told in earlier sentences: a baseline for a level reached later.
  const baselineKinds = new Set<RawNumber["kind"]>();
  for (const s of ctx.sentences) {
    const raws = readNumbers(tokens, s);
    findFrequencyChange(ctx, s, out);
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
      sp = unit !== undefined && r.kind !== "money" && unit.kind === "word" && TIME.has(unit.norm) && unit.norm !== "s" ? span(first, unit) : span(first, last);
      sentenceIndex = s.index;
      tok = r.tokStart;
      value = r.value;
      isClock = r.kind === "clock";
      const clause = ctx.clauses[ctx.clauseOf[r.tokStart] ?? 0];
      const prev = tokens[r.tokStart - 1];
      const prev2 = tokens[r.tokStart - 2];
      const next = tokens[r.tokEnd];
      // "three Year 6 classrooms": a school year group names the classrooms, it is no span of time.
      const yearGroup = tokens[r.tokEnd]?.raw === "Year" && tokens[r.tokEnd + 1]?.kind === "number";
      nouns = headNouns(tokens, yearGroup ? r.tokEnd + 2 : r.tokEnd, s.tokenEnd);
      measure = r.kind === "percent" || r.kind === "money" ? subjectMeasure(tokens, r, s) : null;
      countedBy = r.kind === "plain" && prev !== undefined && isPastVerb(prev.norm) && !BE.has(prev.norm) && prev.norm !== "had" ? `verb:${prev.norm}` : (verbAfterFigure(tokens, r, s) ?? null);
      // "down from 40", "compared with 9 the year before": a figure set beside another.
      const compared = comparisonAt(tokens, r, s);
      const preAction = s.index < ctx.firstActSentence;

      if (r.kind === "ordinal") {
        if (compared && !clause?.projected) mention("result", "before-after", true);
        continue;
      }
      if (ctx.claimed[r.tokStart]) continue;
      // "a 999 call", "the 911 line": an emergency number is a name, not an amount.
      if (r.kind === "plain" && EMERGENCY_NUMBERS.has(first.raw) && EMERGENCY_AFTER.has(next?.norm ?? "")) continue;
      // "at the 2am obs", "by 6am": when it happened, not how much ("from 9pm to 6pm" is still a change).
      // "One morning at 5:30 a bus broke down": a clock time after "at" or "by" is when, with or without am/pm.
      if (r.kind === "clock" && (r.tokEnd - r.tokStart === 2 || /(am|pm)$/i.test(first.raw) || CLOCK_LEADS.has(prev?.norm ?? "")) && !compared && !CLOCK_PAIRS.has(prev?.norm ?? "") && !CLOCK_PAIRS.has(next?.norm ?? "")) {
        mention("context", "time-of-day");
        continue;
      }
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
      // "closed four regional finance teams", "opened two new depots": how many units the work touched, a count of work done.
      // ("128 units an hour", "40 lines a shift" is a rate, measured like any other.)
      if (r.kind === "plain" && !compared && nouns.some((w) => ORG_UNITS.has(w)) && !rateAfter(tokens, r.tokEnd, s.tokenEnd)) {
        mention("context", "scope");
        rememberContext();
        continue;
      }
      if (r.kind === "plain" && prev && (LABEL_WORDS.has(prev.norm) || prev.raw === "Set") && first.kind === "number") {
        if (compared && !clause?.projected && !ctx.hypoTok[r.tokStart]) mention("result", "before-after", true);
        continue;
      }
      if (ctx.hypoTok[r.tokStart]) continue;
      // "our leverage was forecast to hit 3.9x against a 3.5x covenant", told before the narrator acts: the
      // stakes of the situation, not a result the story hopes for.
      if (clause?.projected && preAction && (forecastBefore(tokens, clause.start, r.tokStart) || reportedWould(tokens, s.bodyStart, r.tokStart))) {
        mention("context", "situation-figure");
        rememberContext();
        continue;
      }
      // "A first-time buyer came to me wanting to borrow £200,000": money someone wanted before anyone acted is the stakes, not a hoped-for result.
      if (preAction && ctx.firstActSentence < ctx.sentences.length && r.kind === "money" && (clause?.projected || ctx.purpose[r.tokStart]) && !planBefore(tokens, r.tokStart, s.bodyStart)) {
        mention("context", "situation-figure");
        rememberContext();
        continue;
      }
      // "The new part would not arrive for two days": what could not happen sooner is a constraint of the situation, not a hoped-for result.
      if (clause?.projected && clause.negated && r.kind === "plain" && TIME.has(nouns[0] ?? "")) {
        mention("context", "duration");
        continue;
      }
      // "because it would only show one sentence": a plain count of things, with no measure, no time and no change
      // word in its clause, is how the narrator pictured something, not a result the story hopes for.
      if (clause?.projected && plainCountOfThings(ctx, r, nouns, compared)) continue;
      if (clause?.projected || (ctx.purpose[r.tokStart] && r.kind !== "plain") || planBefore(tokens, r.tokStart, s.bodyStart)) {
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
        ((s.index <= ctx.firstActSentence || s.index < firstPlainAct) && !ctx.actClauses.has(ctx.clauseOf[r.tokStart] ?? -1) && (clause?.pastPerfect === true || clause?.progressive === true)) ||
        // Under the writer's own "Situation:" a change is how things stood, whatever the tense.
        ctx.sections[s.index] === "situation";
      if (situationClause || (s.index <= ctx.firstActSentence && describedByWhose(tokens, r.tokStart, s))) {
        mention("context", "situation-figure");
        rememberContext();
        continue;
      }
      if (prev && (prev.norm === "of") && prev2 && GROUP_NOUNS.has(prev2.norm)) {
        mention("context", "team-size");
        continue;
      }
      // "the two employees got on better": a comparative about the people, not a change in their number.
      const peopleCount = r.kind === "plain" && PEOPLE.has(tokens[r.tokEnd]?.norm ?? "") && !AMOUNT_PREPS.has(prev?.norm ?? "") && !compared;
      if (r.kind !== "money" && nouns.some((w) => HEADCOUNT.has(w) || HEADCOUNT.has(`${w}s`)) && (peopleCount || !directionNear(ctx, r, s))) {
        mention("context", "head-count");
        rememberContext();
        continue;
      }
      // "£180,000 a year", "5% a month": a sum or a share per period is a rate, never a duration.
      const isTime = nouns.length > 0 && TIME.has(nouns[0] ?? "") && r.kind !== "money" && r.kind !== "percent";
      // "Over six months our missed referrals dropped...": opening a clause before a time, "over" is the window, not "more than".
      const overWindow = prev?.norm === "over" && isTime && opensClause(tokens, r.tokStart - 1, s);
      const approx = prev !== undefined && APPROXIMATORS.has(prev.norm) && !overWindow;
      const prep = approx ? prev2 : prev;
      const windowed = prep !== undefined && WINDOW_PREPS.has(prep.norm);
      const inUnder = prev && UNDER_WORDS.has(prev.norm) && prev2 && (prev2.norm === "in" || prev2.norm === "than");
      // "he was reviewed within 15 minutes", "resolved within two hours": after the act, how fast the outcome came is measured.
      const before = tokens[(approx ? r.tokStart - 2 : r.tokStart - 1) - 1];
      if (isTime && prep?.norm === "within" && s.index > ctx.firstActSentence && before !== undefined && isPastVerb(before.norm) && !BE.has(before.norm) && !ctx.sentenceHypothetical[s.index]) {
        mention("result", "time-to-outcome");
        continue;
      }
      if (!inUnder && (!compared || (windowed && isTime && WINDOW_OPENERS.has(prep?.norm ?? "") && opensClause(tokens, r.tokStart - (approx ? 2 : 1), s))) && (windowed || (prev && WINDOW_DETERMINERS.has(prev.norm) && prev2 && WINDOW_PREPS.has(prev2.norm))) && (isTime || r.kind === "plain")) {
        mention("context", isTime ? "duration" : "scope");
        continue;
      }
      if (!preAction && unchangedAt(tokens, r, s, raws)) {
        mention("context", "unchanged");
        continue;
      }
      // "zero downtime", "zero missed deliveries": nothing of a loss; "the zero points" of a machine are no count of anything lost.
      const zeroLoss = r.value === 0 && nouns.some((w) => LOSS_MEASURES.has(w) || ZERO_OF.has(w));
      // "Our newsletter performance doubled." in a story where nobody does anything: a figure tied to no action.
      if (selfPortrait && (r.inherentDirection || directionNear(ctx, r, s) || compared)) {
        mention("vague-figure", "untied");
        continue;
      }
      if (r.inherentDirection || directionNear(ctx, r, s, baselineKinds.has(r.kind)) || zeroLoss || compared) {
        if (clause?.negated && negatedBefore(tokens, clause.start, r.tokStart)) {
          mention("negated", "negated");
          continue;
        }
        // "the job took twice as long as I had priced", "litigation that cost them £200,000 more": costlier or slower, a failure.
        if (costlier(tokens, r, s)) {
          mention("negated", "wrong-way");
          continue;
        }
        // "I lifted two treads", "cut two posts", "raised three concerns": a count of things the verb acted on, not an amount of change.
        if (countOfObjects(tokens, r, nouns)) {
          mention("context", "scope");
          rememberContext();
          continue;
        }
        // a bare "doubled" needs its metric right beside it ("sign-ups doubled", "doubled sign-ups")
        if (!namedMetricNear(tokens, r, s, nouns, r.inherentDirection ? 3 : 10)) {
          mention("vague-figure", "no-metric");
          continue;
        }
        // "conversion fell by 2%", "complaints rose 15%", "handle time went from 6 to 9 minutes": a change the
        // wrong way is a failure, not a success metric; told before anyone acts, it is what was wrong.
        if (wrongWay(tokens, r, s) || wrongWayFromTo(tokens, r, raws)) {
          if (r.tokStart < firstActTok) {
            mention("context", "situation-figure");
            rememberContext();
          } else if (changesAgainLater(tokens, r, s) || lastOwnAct >= (ctx.sentences[s.index + 1]?.tokenStart ?? Infinity)) mention("context", "dip");
          else mention("negated", "wrong-way");
          continue;
        }
        mention("result", r.inherentDirection ? "change-spelled" : "change", true);
        continue;
      }
      if (r.kind !== "percent" && s.index >= ctx.firstActSentence && ctx.firstActSentence < ctx.sentences.length && usageNear(ctx, r, s)) {
        mention("result", "reach-count");
        continue;
      }
      // "40 missed appointments a month ... In the end we had 12": the same measure at a new value. The same
      // value again ("three campaigns ... all three campaigns launched") is the scale, not a change.
      // "we missed 3 cut-offs a week ... Afterwards we missed 14": more of a loss is a failure.
      const lossRose = countedBy !== null && LOSS_VERBS.has(countedBy.slice(countedBy.indexOf(":") + 1)) && [...(contextNouns.get(countedBy) ?? [])].every((v) => v < value);
      const countedAgain = countedBy !== null && (nouns.length === 0 || countedBy.startsWith("after:")) && movedFrom(countedBy);
      if (!preAction && sentenceHasWindow && countedAgain && lossRose) {
        mention("negated", "wrong-way");
        continue;
      }
      if (!preAction && sentenceHasWindow && ((r.kind === "clock" && contextClock) || nouns.some(movedFrom) || countedAgain)) {
        mention("result", "same-measure-after", true);
        continue;
      }
      // "Last spring our pass rate was 71%. ... By June the pass rate was 93%.": the measure named as the
      // subject of both figures, at a new value, is a before and after; a measure that moved the wrong way is a failure.
      const earlier = measure && !preAction && sentenceHasWindow ? contextMeasures.get(measure.key) : undefined;
      if (measure && earlier && (earlier.size > 1 || !earlier.has(value))) {
        const was = [...earlier].at(-1) ?? value;
        if ((value < was && gainMeasureAt(tokens, measure.at)) || (value > was && lossMeasureAt(tokens, measure.at))) mention("negated", "wrong-way");
        else mention("result", "same-measure-after", true);
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

/** What was not had again: "has not had a fall", "haven't seen a single complaint". */
const HAD_FORMS = setOf(["had", "have", "has", "seen", "recorded", "logged", "received"]);
const ANY_ONE = setOf(["a", "an", "any", "one", "another", "single"]);
/** Things one can "not have" that are no loss avoided: "not had a chance to rest", "haven't had a day off". */
const NOT_A_LOSS = setOf(["chance", "time", "moment", "minute", "day", "break", "holiday", "choice", "opportunity", "need", "reason", "idea", "clue", "lot", "degree", "job"]);
const MODALS = setOf(["would", "will", "could", "might", "should", "can", "may", "must", "to", "wouldn't", "won't", "couldn't", "shouldn't", "can't", "mustn't"]);
const SINCE_WORDS = setOf(["since", "afterwards", "afterward"]);
const PERIOD_LEADS = setOf(["in", "for", "over", "across"]);

/**
 * "has not had a nuisance trip in six months", "hasn't had a problem with his reporting since": an event
 * that stopped, counted at zero over a period after the act. Returns the span from the negation to the
 * last word before the period, or null. Without a period it is a claim about a career ("I have never had a
 * lesson go badly"), not a result.
 */
function notHadSince(tokens: Token[], i: number, s: Sentence): Span | null {
  const t = tokens[i];
  if (!t || !(t.norm === "not" || t.norm === "never" || t.norm.endsWith("n't"))) return null;
  // "so that we would not have a gap", "won't have a repeat": a hope, not a count.
  if (MODALS.has(t.norm) || MODALS.has(tokens[i - 1]?.norm ?? "")) return null;
  let k = i + 1;
  if (tokens[k]?.norm === "been" || tokens[k]?.norm === "ever") k++;
  if (!HAD_FORMS.has(tokens[k]?.norm ?? "")) return null;
  k++;
  if (!ANY_ONE.has(tokens[k]?.norm ?? "")) return null;
  if (tokens[k + 1]?.norm === "single") k++;
  const firstWord = tokens[k + 1];
  if (!firstWord || firstWord.kind !== "word" || NOT_A_LOSS.has(firstWord.norm)) return null;
  for (let j = k + 1; j < Math.min(s.tokenEnd, k + 9); j++) {
    const w = tokens[j];
    const prev = tokens[j - 1];
    if (!w || !prev || j === k + 1) continue;
    if (w.kind === "punct" && w.raw !== "-") return null;
    if (SINCE_WORDS.has(w.norm) || (PERIOD_LEADS.has(w.norm) && windowFollows(tokens, j + 1, s.tokenEnd))) return span(t, prev);
  }
  return null;
}

const FREQUENCY_WORDS = setOf(["daily", "weekly", "monthly", "hourly", "nightly", "never", "rarely", "occasionally"]);
const FREQUENCY_UNITS = setOf(["day", "days", "week", "weeks", "month", "months", "shift", "shifts", "night", "nights", "lesson", "lessons", "hour", "term", "afternoon", "afternoons", "morning", "mornings"]);
const FREQUENCY_COUNTS = setOf(["once", "twice"]);
const FREQUENCY_EVERY = setOf(["every", "most", "each"]);
const FREQUENCY_VERBS = setOf([
  "fell", "dropped", "declined", "decreased", "slipped", "dipped", "rose", "increased", "grew", "climbed", "jumped", "went", "moved", "cut", "reduced", "brought", "down", "up",
]);

/** The end (exclusive) of a frequency told in words at `k` ("daily", "every shift", "about once a week", "three times a month"), or -1. */
function frequencyAt(tokens: Token[], k: number): number {
  let i = k;
  if (APPROXIMATORS.has(tokens[i]?.norm ?? "")) i++;
  const t = tokens[i];
  if (!t) return -1;
  if (FREQUENCY_WORDS.has(t.norm)) return i + 1;
  if (FREQUENCY_EVERY.has(t.norm) && FREQUENCY_UNITS.has(tokens[i + 1]?.norm ?? "")) return i + 2;
  const times = FREQUENCY_COUNTS.has(t.norm) ? i + 1 : (t.kind === "number" || NUMBER_VALUE.has(t.norm)) && tokens[i + 1]?.norm === "times" ? i + 2 : -1;
  if (times < 0) return -1;
  const per = tokens[times]?.norm;
  return (per === "a" || per === "per" || per === "every") && FREQUENCY_UNITS.has(tokens[times + 1]?.norm ?? "") ? times + 2 : -1;
}

/**
 * "his meltdowns had dropped from daily to about once a week": a before and after told as how often, not
 * in figures, after the narrator acts and after a change verb (ANNOTATION.md: a before/after change).
 */
function findFrequencyChange(ctx: Ctx, s: Sentence, out: NumberMention[]): void {
  const { tokens } = ctx;
  if (ctx.sentenceHypothetical[s.index] || s.index <= ctx.firstActSentence) return;
  for (let i = s.bodyStart + 1; i < s.tokenEnd; i++) {
    if (tokens[i]?.norm !== "from" || !FREQUENCY_VERBS.has(tokens[i - 1]?.norm ?? "")) continue;
    const before = frequencyAt(tokens, i + 1);
    if (before < 0 || tokens[before]?.norm !== "to") continue;
    const after = frequencyAt(tokens, before + 1);
    const first = tokens[i];
    const last = tokens[after - 1];
    if (after < 0 || !first || !last) continue;
    out.push({ span: span(first, last), sentence: s.index, cls: "result", reason: "before-after", tok: i, change: true });
    return;
  }
}

function findZeroLoss(ctx: Ctx, s: Sentence, out: NumberMention[]): void {
  const { tokens } = ctx;
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    const held = notHadSince(tokens, i, s);
    if (held) {
      if (ctx.sentenceHypothetical[s.index] || s.index < ctx.firstActSentence) return;
      out.push({ span: held, sentence: s.index, cls: "result", reason: "zero-loss", tok: i });
      return;
    }
    // "we lost none of our key accounts", "we lost no output that shift": a past loss verb right before "none" or "no".
    const prev = tokens[i - 1];
    if ((t?.norm === "none" || t?.norm === "no") && i > s.bodyStart && prev && LOSS_VERBS.has(prev.norm) && isPastVerb(prev.norm)) {
      if (ctx.sentenceHypothetical[s.index] || s.index < ctx.firstActSentence) return;
      out.push({ span: span(prev, t), sentence: s.index, cls: "result", reason: "zero-loss", tok: i });
      return;
    }
    if (!t || (t.norm !== "no" && t.norm !== "zero" && t.norm !== "nobody" && t.norm !== "none")) continue;
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
  "completion", "attainment", "throughput", "output", "yield", "occupancy", "footfall", "compliance", "turnout", "participation",
  "utilisation", "utilization", "coverage", "uptime", "availability", "usage", "adoption", "resolution", "grade", "grades", "covers",
  "marks", "deposits",
]);
/** Heads that take their sense from the word before: "pass rate" should rise, "error rate" should fall. */
const MODIFIED_HEADS = setOf(["rate", "rates", "ratio", "percentage", "level", "levels", "score", "scores", "figure", "figures"]);
const GAIN_MODIFIERS = setOf(["pass", "success", "survival", "response", "recovery", "hit", "win", "close", "fill", "return", "repeat", "approval", "vaccination", "immunisation", "immunization", "literacy", "reading", "test", "exam", "inspection", "audit", "quality"]);
const LOSS_MODIFIERS = setOf(["error", "failure", "fail", "defect", "dropout", "drop-out", "vacancy", "sickness", "absence", "abandon", "abandonment", "churn", "complaint", "incident", "injury", "infection", "readmission", "scrap", "reject", "rejection", "turnover", "attrition", "bounce", "default", "arrears", "mortality", "no-show", "DNA"]);

/** The measure's direction from its head, or from the word before a head such as "rate" ("pass rate", "error rate"). */
function gainMeasureAt(tokens: Token[], h: number): boolean {
  const head = tokens[h]?.norm ?? "";
  if (MODIFIED_HEADS.has(head)) return GAIN_MODIFIERS.has(tokens[h - 1]?.norm ?? "") || GAIN_MEASURES.has(tokens[h - 1]?.norm ?? "");
  return GAIN_MEASURES.has(head);
}
function lossMeasureAt(tokens: Token[], h: number): boolean {
  const head = tokens[h]?.norm ?? "";
  if (MODIFIED_HEADS.has(head)) return LOSS_MODIFIERS.has(tokens[h - 1]?.norm ?? "") || LOSS_MEASURES.has(tokens[h - 1]?.norm ?? "");
  return LOSS_MEASURES.has(head) || (ABANDONED.has(tokens[h - 1]?.norm ?? "") && (head === "calls" || head === "carts" || head === "baskets"));
}
/** What went wrong with a call, a cart or an appointment: "abandoned calls", "missed appointments". */
const ABANDONED = setOf(["abandoned", "dropped", "missed", "unanswered", "repeat"]);
const COST_VERBS = setOf(["cost", "costs", "costing", "took", "takes", "taking", "lasted", "ran"]);

/** "took twice as long", "cost them £200,000 more", "ran three weeks longer": a cost or a time that grew. */
function costlier(tokens: Token[], r: RawNumber, s: Sentence): boolean {
  let verb = false;
  for (let k = r.tokStart - 1; k >= Math.max(s.bodyStart, r.tokStart - 4); k--) if (COST_VERBS.has(tokens[k]?.norm ?? "")) verb = true;
  if (!verb) return false;
  const a = tokens[r.tokEnd]?.norm ?? "";
  const b = tokens[r.tokEnd + 1]?.norm ?? "";
  // "£200,000 more." ends the clause; "95% more accurate" is more of a quality.
  const moreAt = (k: number) => tokens[k]?.norm === "more" && (tokens[k + 1] === undefined || tokens[k + 1]?.kind === "punct" || AFTER_MORE.has(tokens[k + 1]?.norm ?? ""));
  return moreAt(r.tokEnd) || (TIME.has(a) && moreAt(r.tokEnd + 1)) || a === "longer" || (TIME.has(a) && b === "longer") || (a === "as" && (b === "long" || b === "much"));
}
const AFTER_MORE = setOf(["than", "in", "to", "on", "for", "per", "a", "each", "overall", "again"]);

const PARTICLES = setOf(["off", "out"]);

/** A plain count right after a past verb of direction, before a thing that is no measure: "lifted two treads", "cut two posts". */
function countOfObjects(tokens: Token[], r: RawNumber, nouns: readonly string[]): boolean {
  // "signed off 96 permits", "closed out 30 snags": the verb's particle sits between it and the count.
  const verb = PARTICLES.has(tokens[r.tokStart - 1]?.norm ?? "") ? tokens[r.tokStart - 2] : tokens[r.tokStart - 1];
  const noun = nouns[0] ?? "";
  if (r.kind !== "plain" || !verb || !DIRECTION.has(verb.norm) || !isPastVerb(verb.norm) || noun === "") return false;
  return !METRIC.has(noun) && !TIME.has(noun) && !LOSS_MEASURES.has(noun) && !GAIN_MEASURES.has(noun) && noun !== "percent" && noun !== "points" && noun !== "per" && !/^(?:pounds?|dollars?|euros?|k|m|bn|million|thousand|hundred)$/.test(noun);
}

/**
 * The measure a change verb is told of, from the word before the verb at `j`: back over adverbs and "had"
 * ("completion had fallen"), and to the head before "for" or "of" ("latency for traffic went down").
 */
function measureHead(tokens: Token[], j: number, from: number): number {
  while (j > from && (ADVERBS.has(tokens[j]?.norm ?? "") || AUXILIARIES.has(tokens[j]?.norm ?? ""))) j--;
  if (MEASURE_PREPS.has(tokens[j - 1]?.norm ?? "") && j - 2 >= from) j -= 2;
  return j;
}
const AUXILIARIES = setOf(["had", "has", "have", "was", "were", "is", "are", "been"]);
const MEASURE_PREPS = setOf(["for", "of", "on", "in", "across"]);

// "returns" is left out: "homework returns rose" and "investment returns rose" are gains, only a shop's returns are losses.
/** Words after "zero" that make it nothing of a loss: a loss named by its noun or by what went wrong with the thing. */
const ZERO_OF = setOf([
  "missed", "late", "lost", "failed", "unplanned", "repeat", "overdue", "unresolved", "outstanding", "cancelled", "canceled",
  "accidents", "accident", "incident", "mistakes", "mistake", "error", "defect", "injury", "breach", "complaint", "no-shows",
  "readmissions", "rejects", "rework", "write-offs", "disruption", "delay", "issues", "findings", "vacancies", "exceptions",
]);
const LOSS_MEASURES = setOf([...[...LOSS_NOUNS].filter((w) => w !== "returns"), "churn", "abandonment", "turnover", "absence", "absences", "costs", "cost", "waste", "downtime", "backlog", "overtime", "attrition"]);
const FELL = setOf(["fell", "fallen", "dropped", "declined", "decreased", "slipped", "shrank", "shrunk", "plummeted", "dipped", "sank", "sunk"]);
const ROSE = setOf(["rose", "risen", "increased", "grew", "grown", "climbed", "jumped", "spiked", "soared", "doubled", "tripled"]);

/** A measure named right before its own change verb, moving the wrong way ("overall conversion actually fell slightly, by 2%"). */
function wrongWay(tokens: Token[], r: RawNumber, s: Sentence): boolean {
  for (let k = r.tokStart - 1; k >= Math.max(s.bodyStart + 1, r.tokStart - 6); k--) {
    const v = tokens[k];
    if (!v || (v.kind === "punct" && HARD_STOPS.has(v.raw))) return false;
    if (!FELL.has(v.norm) && !ROSE.has(v.norm)) continue;
    // The measure is the verb's subject: the word before it, or further back over an adverb or "had"
    // ("completion had fallen"), and the head before "for" or "of" ("latency for traffic went down").
    const m = measureHead(tokens, k - 1, s.bodyStart);
    return (FELL.has(v.norm) && gainMeasureAt(tokens, m)) || (ROSE.has(v.norm) && lossMeasureAt(tokens, m));
  }
  return false;
}

/** Words that turn a sentence to what came next: "rose from 18 to 25 while drivers adjusted, then fell to 6". */
const THEN_WORDS = setOf(["then", "later", "but", "before", "until", "eventually", "finally"]);
const AGAIN_VERBS = setOf([...FELL, ...ROSE, "recovered", "back", "returned", "settled"]);

/** After `r` in its sentence: "then" (or the like), a change verb within three words, and a figure within four after it. */
function changesAgainLater(tokens: Token[], r: RawNumber, s: Sentence): boolean {
  for (let k = r.tokEnd; k < s.tokenEnd; k++) {
    if (!THEN_WORDS.has(tokens[k]?.norm ?? "")) continue;
    for (let v = k + 1; v <= Math.min(s.tokenEnd - 1, k + 3); v++) {
      if (!AGAIN_VERBS.has(tokens[v]?.norm ?? "")) continue;
      for (let n = v + 1; n <= Math.min(s.tokenEnd - 1, v + 4); n++) if (tokens[n]?.kind === "number") return true;
    }
  }
  return false;
}

/** Measures where less is better, named by a word before "time": "handle time", "waiting time", "turnaround time". */
const LOWER_IS_BETTER_TIMES = setOf([
  "handle", "handling", "wait", "waiting", "response", "turnaround", "processing", "lead", "cycle", "resolution", "queue", "hold", "downtime",
  "door-to-needle", "length-of-stay", "call", "travel", "transit", "dwell", "changeover", "setup", "set-up", "load", "loading", "build",
]);
const LOWER_IS_BETTER = setOf([...LOSS_MEASURES, "wait", "waits", "delay", "delays", "queue", "queues", "no-shows", "arrears", "debt", "vacancies", "sickness"]);

/**
 * A "from X to Y" change whose direction is in its figures, not a verb ("handle time went from 6 to 9
 * minutes", "conversion went from 5% to 3%"): the wrong way when a measure where less is better rose, or
 * one where more is better fell. The measure is the word before the verb before "from".
 */
function wrongWayFromTo(tokens: Token[], r: RawNumber, raws: readonly RawNumber[]): boolean {
  let before: RawNumber | undefined;
  let after: RawNumber | undefined;
  if (tokens[r.tokStart - 1]?.norm === "to") {
    before = raws.find((q) => q.kind === r.kind && q.tokEnd < r.tokStart && r.tokStart - 1 - q.tokEnd <= 1 && tokens[q.tokStart - 1]?.norm === "from");
    after = r;
  } else if (tokens[r.tokStart - 1]?.norm === "from") {
    before = r;
    after = raws.find((q) => q.kind === r.kind && q.tokStart > r.tokEnd && q.tokStart - 1 - r.tokEnd <= 1 && tokens[q.tokStart - 1]?.norm === "to");
  }
  if (!before || !after || r.kind === "clock" || r.kind === "ordinal") return false;
  // "from 2 hours to 45 minutes", "from £1.2m to £900k": compared in one unit.
  const [was, now] = inOneUnit(tokens, before, after);
  if (was === now) return false;
  let k = before.tokStart - 2;
  while (k > 0 && (ADVERBS.has(tokens[k]?.norm ?? "") || tokens[k]?.norm === "up" || tokens[k]?.norm === "down")) k--;
  const verb = tokens[k]?.norm ?? "";
  if (!FROM_TO_VERBS.has(verb) && !FELL.has(verb) && !ROSE.has(verb)) return false;
  const h = measureHead(tokens, k - 1, 0);
  const head = tokens[h]?.norm ?? "";
  const lowerBetter = LOWER_IS_BETTER.has(head) || lossMeasureAt(tokens, h) || ((head === "time" || head === "times") && LOWER_IS_BETTER_TIMES.has(tokens[h - 1]?.norm ?? ""));
  const rose = now > was;
  return (rose && lowerBetter) || (!rose && gainMeasureAt(tokens, h));
}

/** Seconds in a unit of time, and the size of a money scale: to compare "2 hours" with "45 minutes", "£1.2m" with "£900k". */
const UNIT_SCALE: ReadonlyMap<string, number> = new Map([
  ...["second", "seconds", "sec", "secs", "s"].map((u) => [u, 1] as const),
  ...["minute", "minutes", "min", "mins"].map((u) => [u, 60] as const),
  ...["hour", "hours", "hr", "hrs"].map((u) => [u, 3600] as const),
  ...["day", "days"].map((u) => [u, 86400] as const),
  ...["week", "weeks"].map((u) => [u, 604800] as const),
  ...["month", "months"].map((u) => [u, 2629800] as const),
  ...["year", "years"].map((u) => [u, 31557600] as const),
]);
const MONEY_SCALE: ReadonlyMap<string, number> = new Map([["k", 1e3], ["thousand", 1e3], ["grand", 1e3], ["m", 1e6], ["million", 1e6], ["bn", 1e9], ["billion", 1e9]]);

/** A figure's scale: its unit of time after it, or its money scale ("£1.2m", "£900 k", "$3 million"); 0 when it has none. */
function scaleOf(tokens: Token[], r: RawNumber): number {
  if (r.kind === "money") {
    const suffix = /([a-z]+)$/i.exec(tokens[r.tokStart]?.raw ?? "")?.[1]?.toLowerCase() ?? tokens[r.tokStart + 1]?.norm ?? "";
    return MONEY_SCALE.get(suffix) ?? 1;
  }
  return r.kind === "plain" ? (UNIT_SCALE.get(tokens[r.tokEnd]?.norm ?? "") ?? 0) : 0;
}

/** Two figures of one measure in one unit: each by its own scale when both have one, else as written. */
function inOneUnit(tokens: Token[], a: RawNumber, b: RawNumber): [number, number] {
  const sa = scaleOf(tokens, a);
  const sb = scaleOf(tokens, b);
  return sa > 0 && sb > 0 ? [a.value * sa, b.value * sb] : [a.value, b.value];
}

const FROM_TO_VERBS = setOf(["went", "moved", "changed", "shifted", "gone", "moving", "going"]);

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
    // "the falls-risk checklist": a word inside a hyphenated compound names a thing, it is no change.
    if (DIRECTION.has(t.norm) && (tokens[k + 1]?.raw === "-" || tokens[k - 1]?.raw === "-")) continue;
    if (DIRECTION.has(t.norm)) {
      if (t.norm === "from") {
        if (hasToAfter(tokens, r.tokEnd, s.tokenEnd) || tokens[r.tokStart - 1]?.norm === "to") return true;
        continue;
      }
      if (t.norm === "up" || t.norm === "down" || t.norm === "back") {
        const p = tokens[k - 1];
        // "was back at the bakery at 3am" is a place, not a level regained.
        // "got it down to 4%", but not "narrow it down by testing one system": after "it", and before "by", the amount comes next.
        let amountNext = true;
        for (let j = k + 1; j < r.tokStart; j++) if (!AMOUNT_PREPS.has(tokens[j]?.norm ?? "") && !APPROXIMATORS.has(tokens[j]?.norm ?? "")) amountNext = false;
        if (p && UP_DOWN_LEADERS.has(p.norm) && (p.norm !== "it" || amountNext) && (t.norm !== "back" || BACK_LEVELS.has(tokens[k + 1]?.norm ?? ""))) return true;
        if (t.norm === "back" && tokens[k + 1]?.norm === "to") return true;
        // "brought failures down by 30%", "pushed the rate up to 92%", "scores up 18%": the particle right before the amount.
        // Before the narrator's first act it is how things stood ("refunds had crept up to 9%").
        if (t.norm !== "back" && s.index >= ctx.firstActSentence && amountNext) return true;
        // "narrowed it down by testing one...": the phrasal verb is done before the number; what it changed is not this figure.
        if (p?.norm === "it" && !amountNext) break;
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
  if (changedBy(ctx, r)) return true;
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
    // "two of my teachers fell out", "the deal fell through": a phrasal verb, no change in an amount.
    if (CHANGE_VERBS_AFTER.has(t.norm) && !NOT_A_CHANGE_AFTER.has(tokens[k + 1]?.norm ?? "")) return true;
    if (SUBORDINATORS.has(t.norm)) break;
  }
  return false;
}

const EMERGENCY_NUMBERS = setOf(["999", "911", "111", "112", "101", "000"]);
const EMERGENCY_AFTER = setOf(["call", "calls", "caller", "callers", "line", "lines", "operator", "operators", "service", "services", "handler", "handlers", "centre", "center", "dispatcher", "dispatch"]);

/** A plain figure that counts things ("one sentence", "two options"): no measure or time after it, no comparison, and no change or saving word in its clause before it. */
function plainCountOfThings(ctx: Ctx, r: RawNumber, nouns: readonly string[], compared: boolean): boolean {
  const head = nouns[0] ?? "";
  if (r.kind !== "plain" || compared || head === "" || TIME.has(head) || nouns.some((w) => METRIC.has(w))) return false;
  const clause = ctx.clauseOf[r.tokStart];
  for (let k = r.tokStart - 1; k >= 0 && ctx.clauseOf[k] === clause; k--) {
    const w = ctx.tokens[k]?.norm ?? "";
    if (DIRECTION.has(w) || SAVE_WORDS.has(w)) return false;
  }
  return true;
}

/** Particles after "fell", "dropped" and the like that make a phrasal verb with no amount: "fell out", "fell behind". */
const NOT_A_CHANGE_AFTER = setOf(["out", "behind", "through", "apart", "ill", "over", "asleep", "sick"]);

/** Verbs that change an amount and take it after "by" ("raised the efficiency of the system by 12%"). */
const CHANGED_BY = setOf([
  "raised", "increased", "reduced", "cut", "lowered", "boosted", "improved", "decreased", "shortened", "lifted",
  "slashed", "trimmed", "grew", "accelerated", "sped", "dropped", "brought", "pushed", "drove",
]);

/**
 * "raised the efficiency of the whole system by 12%", "which cut the time the team spent on month-end by
 * 30%": a change verb in the number's own clause and its amount after "by", however long the metric between.
 */
function changedBy(ctx: Ctx, r: RawNumber): boolean {
  const { tokens } = ctx;
  if (tokens[r.tokStart - 1]?.norm !== "by") return false;
  const clause = ctx.clauseOf[r.tokStart];
  for (let k = r.tokStart - 2, words = 0; k >= 0 && words < 12 && ctx.clauseOf[k] === clause; k--) {
    const t = tokens[k];
    if (!t || (t.kind === "punct" && HARD_STOPS.has(t.raw))) break;
    if (t.kind !== "word") continue;
    words++;
    if (CHANGED_BY.has(t.norm)) return true;
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

/** Words before a clock time that make it a time of day: "at 5:30", "by 7:15", "around 6:45". */
const CLOCK_LEADS = setOf(["at", "by", "around", "before", "after", "since", "past"]);

/** Words that set one clock time beside another ("from 11pm to 9pm", "at 9pm instead of 11pm"): a change, not a time of day. */
const CLOCK_PAIRS = setOf(["from", "to", "than", "instead", "until", "till"]);

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
function usageNear(ctx: Ctx, r: RawNumber, s: Sentence): boolean {
  const { tokens } = ctx;
  for (let k = r.tokStart - 1; k >= Math.max(s.bodyStart, r.tokStart - 3); k--) {
    const t = tokens[k];
    if (!t || t.kind === "punct") return false;
    // "I completed all 140 inspections": the narrator's own work counted, not people reached (ANNOTATION.md: counts of work done).
    if (USAGE_VERBS.has(t.norm) && ctx.actTok[k] && ctx.actors[k] === "narrator") return false;
    if (USAGE_VERBS.has(t.norm)) return tokens[r.tokEnd - 1]?.norm === "times" || r.kind === "money" || tokens[r.tokEnd]?.kind === "word";
  }
  return false;
}

/**
 * "12% of our card disputes were rejected ... By June only 3% were rejected", "30% failed the titration
 * questions ... only 10% failed them": the past verb after a share, over "of ..." and "were", as a key for
 * the same measure told again.
 */
function verbAfterFigure(tokens: Token[], r: RawNumber, s: Sentence): string | undefined {
  if (r.kind !== "percent" && r.kind !== "fraction") return undefined;
  let k = r.tokEnd;
  if (tokens[k]?.norm === "of") {
    k++;
    while (k < Math.min(s.tokenEnd, r.tokEnd + 7) && (tokens[k]?.kind === "word" || tokens[k]?.kind === "number" || tokens[k]?.raw === "'") && !isPastVerb(tokens[k]?.norm ?? "") && !BE.has(tokens[k]?.norm ?? "")) k++;
  }
  while (k < s.tokenEnd && (BE.has(tokens[k]?.norm ?? "") || tokens[k]?.norm === "got" || ADVERBS.has(tokens[k]?.norm ?? ""))) k++;
  const v = tokens[k];
  return v && v.kind === "word" && isPastVerb(v.norm) && !BE.has(v.norm) ? `after:${v.norm}` : undefined;
}

/** Between a measure and its figure: "the pass rate was 71%", "stood at 71%". */
const MEASURE_BE = setOf(["was", "were", "is", "are", "stood", "sat", "at", "of", "been", "ran", "averaged"]);
const NOT_MEASURE_HEADS = setOf(["it", "this", "that", "which", "there", "we", "they", "i", "he", "she", "what", "all", "total"]);

/**
 * The measure named as the subject before a figure ("our room inspection pass rate was 71%"): its head, with
 * the word before a head such as "rate" ("pass rate"), as a key, and the head's token.
 */
function subjectMeasure(tokens: Token[], r: RawNumber, s: Sentence): { key: string; at: number } | null {
  let k = r.tokStart - 1;
  let be = 0;
  while (k > s.bodyStart && MEASURE_BE.has(tokens[k]?.norm ?? "") && be < 3) {
    k--;
    be++;
  }
  const head = tokens[k];
  if (be === 0 || !head || head.kind !== "word" || NOT_MEASURE_HEADS.has(head.norm) || PEOPLE.has(head.norm) || TIME.has(head.norm) || isPastVerb(head.norm) || DETERMINERS.has(head.norm)) return null;
  const mod = tokens[k - 1];
  const key = MODIFIED_HEADS.has(head.norm) && mod?.kind === "word" && !DETERMINERS.has(mod.norm) ? `${mod.norm} ${head.norm}` : head.norm;
  return { key, at: k };
}

/** Forms of "save" that make a sum of money its own measure: "saved £40,000", "a saving of £180,000 a year". */
const SAVED = setOf(["saved", "saves", "save", "saving", "savings"]);

function namedMetricNear(tokens: Token[], r: RawNumber, s: Sentence, nouns: string[], reach = 10): boolean {
  if (nouns.some((w) => named(w) && !NOT_METRIC_NOUNS.has(w))) return true;
  // ANNOTATION.md's own example "saved $3.2M": money saved names what it measures.
  if (r.kind === "money") for (let k = r.tokStart - 1; k >= Math.max(s.bodyStart, r.tokStart - 4); k--) if (SAVED.has(tokens[k]?.norm ?? "")) return true;
  // a subject noun before the verb: "refunds fell to", "scrap fell to 3%"
  for (let k = r.tokStart - 1; k >= Math.max(s.bodyStart, r.tokStart - reach); k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === "punct" && (HARD_STOPS.has(t.raw) || (reach < 10 && t.raw === ","))) break;
    if (t.kind === "word" && SUBORDINATORS.has(t.norm) && reach < 10) break;
    // "Abandoned calls fell": a call or a visit with what went wrong with it is a measure, not a meeting.
    if (t.kind === "word" && named(t.norm) && !isPastVerb(t.norm) && !NOT_SUBJECT_WORDS.has(t.norm) && (!PEOPLE.has(t.norm) || METRIC.has(t.norm) || ABANDONED.has(tokens[k - 1]?.norm ?? "")) && !TIME.has(t.norm)) {
      return true;
    }
    if (t.kind === "word" && PEOPLE.has(t.norm) && compoundHead(tokens[k + 1])) return true;
    // "Falls dropped from 9 to 3": a word that can name a change is the metric when a change verb follows it.
    if (t.kind === "word" && DIRECTION.has(t.norm) && !isPastVerb(t.norm) && CHANGE_VERBS_AFTER.has(tokens[k + 1]?.norm ?? "")) return true;
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
  // "By March downtime was one hour a week", "In December there were three falls", "In the summer exam": a sentence opening on "by" or "in" and a month or season.
  const at = tokens[s.bodyStart + 1]?.norm === "the" ? s.bodyStart + 2 : s.bodyStart + 1;
  if ((tokens[s.bodyStart]?.norm === "by" || tokens[s.bodyStart]?.norm === "in") && MONTHS_SEASONS.has(tokens[at]?.norm ?? "")) return true;
  // "Afterwards we missed 3".
  if (tokens[s.bodyStart]?.norm === "afterwards" || tokens[s.bodyStart]?.norm === "afterward") return true;
  // "After I rewired the motor, it lost one hour a week": after the narrator's act.
  if (tokens[s.bodyStart]?.norm === "after" && (tokens[s.bodyStart + 1]?.norm === "i" || tokens[s.bodyStart + 1]?.norm === "we")) return true;
  if (connectivesIn(ctx, s).some((m) => m.tokStart < s.bodyStart + 4)) return true;
  for (const m of windowsIn(ctx, s)) {
    if (windowFollows(tokens, m.tokEnd, s.tokenEnd)) return true;
  }
  return false;
}

const SAVE_WORDS = setOf(["saved", "saves", "save", "saving", "freed", "free", "cut", "reduced", "gained", "recovered", "got", "gave", "won", "shaved", "trimmed", "less", "fewer", "more", "extra"]);

const ONE_DETERMINERS = setOf(["a", "an", "another", "which", "my", "our", "your", "their", "his", "her"]);
/** Words before a "one" that make it the end of a count ("from twelve a week to one", "down to just one"). */
const ONE_COUNT_LEADS = setOf(["to", "from", "than", "by", "of", "at", "per", "only", "just", "down", "up", "under", "over"]);

/**
 * "one" closing its clause after a determiner and at most two words ("a good one.", "another one,",
 * "a much better one"): it stands for a thing named before. "from twelve a week to one" stays a count.
 */
function isPronounOne(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // "a one-week delay": a compound adjective, a count.
  if (next !== undefined && (next.kind === "word" || HYPHENS.test(next.raw))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || NUMBER_VALUE.has(t.norm) || ONE_COUNT_LEADS.has(t.norm)) return false;
    if (ONE_DETERMINERS.has(t.norm)) return true;
  }
  return false;
}

const HYPHENS = /^[-\u2010-\u2013]$/;

const STOOD = setOf(["was", "were", "stood", "sat", "averaged", "ran"]);

/** "took over a Year 10 set whose average on the autumn mock was 31%": a figure describing what the narrator took on, as it stood. */
function describedByWhose(tokens: Token[], at: number, s: Sentence): boolean {
  let stood = false;
  for (let k = at - 1; k >= Math.max(s.bodyStart, at - 10); k--) {
    const t = tokens[k];
    if (!t || (t.kind === "punct" && t.raw !== "-")) return false;
    if (STOOD.has(t.norm)) stood = true;
    if (t.norm === "whose") return stood;
  }
  return false;
}

/** Units written onto a number in capitals ("40KW", "2GB"): a measure, not a name. */
const CAPITAL_UNITS = setOf([
  "kw", "kwh", "mw", "gw", "gb", "mb", "tb", "kb", "kg", "km", "mm", "cm", "ml", "mg", "hz", "ghz", "mhz", "hr", "hrs", "v", "kv", "a",
  "ma", "w", "kva", "mva", "psi", "db", "l", "hp", "rpm", "ppm",
]);

/** "a 3PL warehouse", "2FA", "the 5S audit": a number written onto capitals is part of a name, not a figure. */
function namePart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return t !== undefined && next !== undefined && next.kind === "word" && next.start === t.end && /^[A-Z]+$/.test(next.raw) && !CAPITAL_UNITS.has(next.norm) && /^\d+$/.test(t.raw);
}

/** A number in a run of three or more joined by hyphens ("9-1-1", "1-800-555-0199"): a code, where a range has two. */
function inCode(tokens: Token[], i: number): boolean {
  const joined = (k: number, dir: 1 | -1) => HYPHENS.test(tokens[k + dir]?.raw ?? "") && tokens[k + 2 * dir]?.kind === "number";
  return (joined(i, -1) && (joined(i, 1) || joined(i - 2, -1))) || (joined(i, 1) && joined(i + 2, 1));
}

/** Words that make a figure someone's forecast of how things were heading ("was forecast to hit 3.9x"). */
const FORECAST_WORDS = setOf(["forecast", "forecasted", "forecasts", "projected", "predicted", "expected", "estimated"]);

const REPORTING = setOf(["told", "said", "warned", "informed", "announced", "reported", "confirmed", "notified", "emailed", "rang"]);

/** "the supplier told us the frame would be three weeks late": news of what was coming, told before the act, is the situation. */
function reportedWould(tokens: readonly Token[], from: number, to: number): boolean {
  let reported = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.norm ?? "";
    if (REPORTING.has(w)) reported = true;
    else if (reported && w === "would") return true;
  }
  return false;
}

/** A forecast in the clause before the figure: a forecast word, "on track to" or "set to". */
function forecastBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.norm ?? "";
    if (FORECAST_WORDS.has(w) || onTrackTo(tokens, k) || (w === "set" && tokens[k + 1]?.norm === "to")) return true;
  }
  return false;
}
