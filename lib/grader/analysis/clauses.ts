// Stage: cuts each sentence into clauses at punctuation and subordinators ("while", "because") and
// marks what each clause is: past perfect or progressive background, projected, negated, or naming a
// metric. Produces Ctx.clauses and Ctx.clauseOf, read by every later stage.
import type { Sentence, Token } from "../text";
import { isPastVerb, setOf, type Clause } from "./core";
import { ADVERBS, CLAUSE_PUNCT, METRIC, PARTICIPLES, SUBORDINATORS } from "./words";

const NEGATORS = setOf(["not", "never", "neither", "nor", "cannot"]);

/** Forms of "be" before "going to" that make it a plan: "we were going to miss", not "instead of going to ICU". */
const GOING_TO_BE = setOf(["am", "is", "are", "was", "were", "be", "been", "i'm", "we're", "you're", "they're", "it's", "he's", "she's", "that's", "who's", "not"]);

/** "not", "never", "didn't", "failed to": a word that negates its clause. */
export function isNegator(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (NEGATORS.has(t.norm) || t.norm.endsWith("n't") || (t.norm === "failed" && tokens[i + 1]?.norm === "to"));
}

/** A negator in the clause before `at`: "did not improve" is negated, "fell, and errors did not go up" is not. */
export function negatedBefore(tokens: Token[], clauseStart: number, at: number): boolean {
  for (let k = clauseStart; k < at; k++) if (isNegator(tokens, k)) return true;
  return false;
}

const PROJECTORS = setOf([
  "should", "will", "would", "could", "might", "may", "expected", "expect", "expects", "projected", "forecast",
  "forecasted", "anticipated", "potential", "potentially", "likely", "hopefully", "i'll", "we'll", "it'll", "aim",
  "aims", "aiming", "estimate", "estimates", "estimated", "pending", "predicted", "predict", "predicts", "projection",
]);

/**
 * "on track to save £50k", "on track for a record month": a result still ahead. "got back on track" and
 * "kept the launch on track" tell how it stands now, not a projection.
 */
export function onTrackTo(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 2]?.norm;
  return tokens[i]?.norm === "on" && tokens[i + 1]?.norm === "track" && (after === "to" || after === "for");
}

export function segmentClauses(tokens: Token[], s: Sentence, clauses: Clause[], clauseOf: Int32Array): void {
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
      if ((nxt && (isPastVerb(nxt.norm) || PARTICIPLES.has(nxt.norm))) || (nxt && ADVERBS.has(nxt.norm) && nxt2 && (isPastVerb(nxt2.norm) || PARTICIPLES.has(nxt2.norm)))) {
        cur.pastPerfect = true;
      }
    }
    if ((t.norm === "was" || t.norm === "were") && nxt && (nxt.norm.endsWith("ing") || (nxt2?.norm.endsWith("ing") ?? false))) {
      cur.progressive = true;
    }
    // A conditional clause ("if it's approved") has not happened yet.
    if ((PROJECTORS.has(t.norm) && !monthMay(tokens, i, s.bodyStart) && !projectionNoun(t, nxt) && !projectionObject(tokens, i, s.bodyStart) && !pastAbility(tokens, i)) || t.norm === "if" || t.norm === "unless" || (t.norm === "going" && nxt?.norm === "to" && GOING_TO_BE.has(tokens[i - 1]?.norm ?? "")) || onTrackTo(tokens, i)) {
      if (!cur.projected) cur.projectedAt = i;
      cur.projected = true;
    }
    if (isNegator(tokens, i)) cur.negated = true;
    if (METRIC.has(t.norm)) cur.hasMetric = true;
  }
  cur.end = s.tokenEnd;
}

const MONTH_LEADS = setOf(["in", "of", "since", "by", "until", "till", "last", "this", "next", "early", "late", "mid", "from", "to", "during", "through"]);

/** "In May I found...", "since May": the month, not the modal verb. */
function monthMay(tokens: Token[], i: number, bodyStart: number): boolean {
  const t = tokens[i];
  if (t?.norm !== "may") return false;
  return MONTH_LEADS.has(tokens[i - 1]?.norm ?? "") || (t.raw === "May" && i > bodyStart) || tokens[i + 1]?.kind === "number";
}

/** After "could", verbs that tell an effect still to come ("could save", "could be", "could have"), not an ability. */
const COULD_EFFECTS = setOf([
  "have", "be", "save", "reduce", "cut", "increase", "improve", "lower", "raise", "boost", "grow", "lead", "result", "prevent",
  "avoid", "generate", "bring", "make", "double", "halve", "drop", "help", "affect", "mean", "become", "potentially", "easily",
  "add", "free", "deliver", "win", "lose", "cost", "earn", "unlock", "enable", "speed", "shorten", "lift",
]);
const COULD_ADVERBS = setOf(["now", "all", "finally", "already", "independently", "confidently", "each", "both", "then", "suddenly", "actually"]);

/** "five of the six could blend all Set 1 sounds", "she could now walk unaided": an ability reached, told in the past; not a projection. */
function pastAbility(tokens: Token[], i: number): boolean {
  if (tokens[i]?.norm !== "could") return false;
  let k = i + 1;
  while (COULD_ADVERBS.has(tokens[k]?.norm ?? "")) k++;
  const v = tokens[k];
  return v !== undefined && v.kind === "word" && !COULD_EFFECTS.has(v.norm) && !v.norm.endsWith("n't") && v.norm !== "not";
}

/** "forecast accuracy", "the estimate process": the word names a measure or a piece of work, not a result still to come. */
const MEASURE_AFTER_PROJECTOR = setOf(["accuracy", "error", "errors", "bias", "model", "models", "process", "cycle", "tool", "review", "meeting", "team"]);

function projectionNoun(t: Token, next: Token | undefined): boolean {
  // "pupils at the expected standard", "the expected level": an attainment measure schools report, not a forecast.
  if (t.norm === "expected" && next !== undefined && (next.norm === "standard" || next.norm === "standards" || next.norm === "level" || next.norm === "levels")) return true;
  return (t.norm === "forecast" || t.norm === "projection" || t.norm === "estimate") && next !== undefined && (MEASURE_AFTER_PROJECTOR.has(next.norm) || METRIC.has(next.norm));
}

const OBJECT_LEADS = setOf(["the", "a", "an", "our", "my", "their", "its", "this", "that", "new"]);

/** "presented the forecast", "rebuilt the 13-week cash forecast": the document an act was done to, not a claim about the future. */
function projectionObject(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i];
  if (!t || !(t.norm === "forecast" || t.norm === "forecasts" || t.norm === "projection" || t.norm === "projections" || t.norm === "estimate" || t.norm === "estimates")) return false;
  let sawLead = false;
  for (let k = i - 1; k >= Math.max(from, i - 6); k--) {
    const w = tokens[k];
    if (!w) return false;
    if (OBJECT_LEADS.has(w.norm)) sawLead = true;
    else if (isPastVerb(w.norm)) return sawLead;
    else if (w.kind === "punct" && w.raw !== "-") return false;
  }
  return false;
}

function newClause(start: number, lead: string | null): Clause {
  return { start, end: start, lead, pastPerfect: false, progressive: false, projected: false, projectedAt: -1, negated: false, hasMetric: false };
}

export function atClauseStart(tokens: Token[], i: number, s: Sentence, { withAnd }: { withAnd: boolean }): boolean {
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
