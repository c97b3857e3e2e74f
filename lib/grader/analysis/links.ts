// Stage: what ties the narrator's acts to the outcome: a connective ("which meant"), a time window
// ("within two months"), the result measured on the problem described, or the outcome closing the
// sentence of the act. Reads the soft skills, numbers and outcomes found before.
import type { Token } from "../text";
import { isPastVerb, setOf, span, tokenIndexAt, type Ctx } from "./core";
import type { NumberMention } from "./numbers";
import type { LinkMention, OutcomeMention, SoftMention } from "./types";
import { connectivesIn, timeLater, windowFollows, windowsIn } from "./windows";
import { DIRECTION, MONTHS_SEASONS, NUMBER_VALUE, PROBLEM_MATCHER, singular, TIME } from "./words";

const SO_NOT_CAUSAL_AFTER = setOf(["much", "many", "far", "long", "i", "as"]);

export function findLinks(ctx: Ctx, soft: SoftMention[], numbers: NumberMention[], outcomes: OutcomeMention[]): LinkMention[] {
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
    out.push({ span: span(joint, joint), sentence: s.index, why: "the outcome follows your act in the same sentence" });
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
      out.push({ span: o.span, sentence: o.sentence, why: "people acted on what you did" });
    }
  }
  return out;
}

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
