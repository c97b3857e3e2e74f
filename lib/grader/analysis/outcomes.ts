// Stage: outcomes told without a number: vague ("improved", "went smoothly"), projected, negated
// ("did not reduce churn"), or people acting on the narrator's work ("they agreed", "the board approved").
import { VAGUE_OUTCOMES } from "../lexicon/words";
import { PhraseMatcher } from "../matcher";
import type { Token } from "../text";
import { innerHyphen, setOf, span, type Ctx } from "./core";
import { negatedBefore } from "./clauses";
import type { OutcomeMention } from "./types";
import { ADVERBS, DETERMINERS, isNarratorSubject, SITUATION_LEADS, tookTime, turnsForWorse, undoesWork } from "./words";

/** Articles and possessives: after one, a participle describes the noun that follows ("the approved script"); "that" may be a relative pronoun. */
const ARTICLES = setOf(["the", "a", "an", "our", "my", "their", "his", "her", "its", "your"]);

const HUMAN_OUTCOME_VERBS = setOf([
  "agreed", "adopted", "approved", "decided", "moved", "switched", "started", "stopped", "opted", "reused", "signed",
  "kept", "used", "changed", "followed", "chose", "let", "completed", "began", "thanked", "invited", "asked",
  "accepted", "bought", "renewed", "rolled", "took", "implemented", "funded", "hired", "promoted", "cleared",
  "dropped", "scrapped", "cancelled", "canceled", "paused", "prioritized", "approved", "redirected", "reallocated",
]);

/** Outcome phrases that say others took the work up: with "I" as their subject they are an act. */
const TAKE_UP = setOf(["rolled it out", "took it up", "took up", "picked it up", "made it standard", "started using", "began using", "kept using", "switched over", "moved over", "migrated", "wrote it into"]);

const OUTCOME_MATCHER = new PhraseMatcher<string>(VAGUE_OUTCOMES.map((b) => [b, b] as const));
const RELATIVE_LEADS = setOf(["who", "which"]);
const TEAM_CHOICES = setOf(["decided", "opted", "chose", "agreed"]);
const CAUSE_LEADS = setOf(["because", "since", "although", "though"]);
const PRE_ACTION_SKIPPED_OUTCOMES = setOf([
  "fewer", "less", "faster", "better", "became", "cleared", "completed", "kept", "signed", "accepted", "on time", "enabled", "let us", "let me",
  "allowed us", "stopped", "increased", "decreased", "reduced", "rose", "fell", "grew", "dropped", "asked me to", "went away",
  "went down", "went up", "gone down", "gone up", "came down", "moved up",
]);

const NEGATABLE_CHANGE = setOf([
  "reduce", "improve", "increase", "cut", "lower", "raise", "boost", "change", "help", "work", "move", "fix", "solve",
  "decrease", "drop", "grow", "shift", "affect", "save", "speed", "succeed", "land", "convert", "stick", "lift",
  "budge", "impact", "pay", "matter", "raise",
]);

/** Pointing words that open a sentence naming the narrator's act ("That helped...", "This allowed..."), and the verbs by which it brought something about. */
const EFFECT_SUBJECTS = setOf(["that", "this", "these", "doing"]);

const EFFECT_VERBS = setOf(["helped", "allowed", "enabled", "meant", "let", "led", "gave", "made", "brought", "got", "kept", "stopped", "saved", "turned", "prevented", "avoided", "fixed", "solved", "ended"]);

const WORSE_AFTER_MORE = setOf(["limited", "difficult", "complicated", "complex", "expensive", "costly", "likely", "urgent", "serious", "severe", "stressful", "challenging", "demanding", "restricted", "constrained", "basic"]);

/** Comparatives that tell how things went after the work, with a word of degree or of becoming before them. */
const COMPARATIVE_OUTCOMES = setOf(["better", "fewer", "easier", "faster", "smoother", "quicker", "calmer", "safer", "clearer", "happier"]);
const DEGREE_WORDS = setOf(["far", "much", "lot", "noticeably", "significantly", "markedly", "considerably", "dramatically", "vastly", "greatly", "measurably", "visibly", "substantially"]);
const BECOMING = setOf(["got", "became", "felt", "grew", "seemed", "looked", "ran", "went"]);

const INSIGHT_VERBS = setOf(["realize", "realise", "see", "understand", "think", "learn", "feel", "wonder", "question", "reflect"]);

/** The narrator's first act's token, or the text's length when there is none: acts before a token are read against it once, not per token. */
function firstNarratorAct(ctx: Ctx): number {
  for (let k = 0; k < ctx.tokens.length; k++) if (ctx.actTok[k] && ctx.actors[k] === "narrator") return k;
  return ctx.tokens.length;
}

/** "That meant I had to stay late", "That made me realise...": a burden on the narrator or a lesson, not what the work brought about. */
function burdenOrInsight(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const w = tokens[k]?.norm ?? "";
    if (INSIGHT_VERBS.has(w) || (w === "had" && tokens[k + 1]?.norm === "to")) return true;
  }
  return false;
}

export function findOutcomes(ctx: Ctx): OutcomeMention[] {
  const { tokens } = ctx;
  const out: OutcomeMention[] = [];
  const narratorInStory = ctx.actors.includes("narrator");
  // Whether the narrator has acted before a token ("I rebuilt the texts, and we saw a rise...").
  const narratorFirst = firstNarratorAct(ctx);
  for (const s of ctx.sentences) {
    if (ctx.sentenceHypothetical[s.index]) continue;
    for (const m of OUTCOME_MATCHER.matchAll(tokens, s.bodyStart, s.tokenEnd)) {
      const prev = tokens[m.tokStart - 1];
      if (ctx.claimed[m.tokStart] || ctx.hypoTok[m.tokStart]) continue;
      if (prev && (prev.norm === "to" || prev.norm === "would" || prev.norm === "could" || prev.norm === "can" || prev.norm === "help" || prev.norm === "helped")) continue;
      if (ctx.purpose[m.tokStart]) continue;
      // "my time on reach trucks is more limited": "more" of something worse is no outcome.
      if (m.value.endsWith(" more") && WORSE_AFTER_MORE.has(tokens[m.tokEnd]?.norm ?? "")) continue;
      // "it came down to being organised": what something depended on, not a fall ("food cost came down to 29%" is one).
      if (m.value === "came down" && tokens[m.tokEnd]?.norm === "to" && tokens[m.tokEnd + 1]?.kind !== "number") continue;
      // "a sold-out Saturday", "the improved-access scheme": a hyphenated compound after a determiner describes a thing, it tells no outcome.
      if (prev && DETERMINERS.has(prev.norm) && inCompound(tokens, m.tokStart, m.tokEnd)) continue;
      // "keep the approved script", "the improved form": a participle between a determiner and its noun describes the thing.
      if (prev && ARTICLES.has(prev.norm) && m.tokEnd - m.tokStart === 1 && tokens[m.tokEnd]?.kind === "word" && !ADVERBS.has(tokens[m.tokEnd]?.norm ?? "")) continue;
      const clause = ctx.clauses[ctx.clauseOf[m.tokStart] ?? 0];
      const actor = ctx.actors[m.tokStart] ?? "none";
      // "I improved the form" is an act; "the form improved" is an outcome. A phrase of others taking the work
      // up ("the other wards rolled it out") told with "I" is the narrator's own act too ("I rolled it out").
      const ownAct = actor === "narrator" && prev !== undefined && isNarratorSubject(prev.norm) && m.value !== "thanked";
      if (ownAct && (m.tokEnd - m.tokStart === 1 || TAKE_UP.has(m.value))) continue;
      const preAction = s.index < ctx.firstActSentence;
      if (preAction && (clause?.pastPerfect || clause?.progressive)) continue;
      if (clause?.lead && SITUATION_LEADS.has(clause.lead)) continue;
      // "the six pupils who had stopped doing homework": a past perfect inside a relative clause describes them, it is no outcome.
      if (clause?.pastPerfect && clause.lead !== null && RELATIVE_LEADS.has(clause.lead)) continue;
      if (PRE_ACTION_SKIPPED_OUTCOMES.has(m.value) && preAction) continue;
      // "Last spring we saw a drop in bookings": a change seen before the narrator has done anything is the situation.
      if (m.value.startsWith("saw ") && m.tokStart <= narratorFirst) continue;
      // "they dropped the pilot", "she stopped it": the narrator's work undone is a failure, not an outcome.
      if (m.tokEnd - m.tokStart === 1 && undoesWork(tokens, m.tokStart)) continue;
      // "he stopped attending": dropping out of the help is how it ended for the worse, not an outcome of the work.
      if (m.tokEnd - m.tokStart === 1 && turnsForWorse(tokens, m.tokStart)) continue;
      const sp = { start: m.start, end: m.end };
      if (clause?.negated && negatedBefore(tokens, clause.start, m.tokStart)) out.push({ span: sp, sentence: s.index, kind: "negated" });
      else if (clause?.projected) out.push({ span: sp, sentence: s.index, kind: "projected" });
      else out.push({ span: sp, sentence: s.index, kind: "vague" });
    }
    // "far fewer last-minute problems", "got noticeably better", "his punctuality got a lot better": a comparative
    // after a word of degree or of becoming, once the narrator has acted, is an outcome told without a number.
    if (s.index >= ctx.firstActSentence) {
      for (let i = s.bodyStart + 1; i < s.tokenEnd; i++) {
        const t = tokens[i];
        if (!t || !COMPARATIVE_OUTCOMES.has(t.norm) || ctx.hypoTok[i] || ctx.claimed[i] || ctx.purpose[i] || i <= narratorFirst) continue;
        let k = i - 1;
        let degree = false;
        while (k > s.bodyStart && (DEGREE_WORDS.has(tokens[k]?.norm ?? "") || (tokens[k]?.norm === "a" && tokens[k + 1]?.norm === "lot"))) {
          degree = true;
          k--;
        }
        if (!degree && !BECOMING.has(tokens[k]?.norm ?? "")) continue;
        const clause = ctx.clauses[ctx.clauseOf[i] ?? 0];
        if (clause?.projected || (clause?.negated && negatedBefore(tokens, clause.start, i))) continue;
        if (out.some((o) => o.span.start <= t.start && o.span.end >= t.end)) continue;
        out.push({ span: span(tokens[k + 1] ?? t, t), sentence: s.index, kind: "vague" });
      }
    }
    // "did not reduce churn", "never improved": a change that did not happen.
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || !(t.norm === "not" || t.norm === "never" || t.norm.endsWith("n't") || (t.norm === "failed" && tokens[i + 1]?.norm === "to"))) continue;
      if (ctx.hypoTok[i] || ctx.claimed[i]) continue;
      // "staff could not save client files", before the narrator has acted: what people could not do is the problem, not a result that failed.
      if (s.index < ctx.firstActSentence && ctx.firstActSentence < ctx.sentences.length && INABILITY.has(t.norm === "not" ? (tokens[i - 1]?.norm ?? "") : t.norm)) continue;
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
      // "That let her concentrate on what the review would say": a modal after the verb projects what follows, not the effect.
      const projected = clause !== undefined && clause.projected && clause.projectedAt < k;
      if (clause?.negated || projected || burdenOrInsight(tokens, k + 1, s.tokenEnd)) continue;
      out.push({ span: span(t, v), sentence: s.index, kind: "vague" });
    }
    // "...and we agreed a rule", "they opted in": other people acting on the narrator's work. In a story
    // told only as "we", the team's acts are the action itself, not a reaction to it.
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      const actor = ctx.actors[i];
      if (!t || (actor !== "team" && actor !== "other") || (actor === "team" && !narratorInStory)) continue;
      if (!HUMAN_OUTCOME_VERBS.has(t.norm)) continue;
      // "The captain and I talked it through and we decided to divert": the team's own decision is what it did, not a reaction to the work.
      if (actor === "team" && TEAM_CHOICES.has(t.norm) && tokens[i + 1]?.norm === "to") continue;
      // "we rolled back", "they moved back to the old rota": undoing the change is no outcome of it.
      if (tokens[i + 1]?.norm === "back") continue;
      // "the pharmacy manager scrapped it", "they dropped the pilot": the narrator's own work undone is a failure, not a reaction to it.
      if (undoesWork(tokens, i) || turnsForWorse(tokens, i)) continue;
      // "the approved script": a participle after a determiner describes a thing.
      if (ARTICLES.has(tokens[i - 1]?.norm ?? "")) continue;
      // "we used a whiteboard to sketch the pick order": a tool taken up for the work is the act itself; "It took a few sprints" is how long, not anyone acting.
      if ((t.norm === "used" && usedAsMeans(tokens, i, s.tokenEnd)) || tookTime(tokens, i)) continue;
      const clause = ctx.clauses[ctx.clauseOf[i] ?? 0];
      // "because we had let the emails sit": a side clause of cause is the background, not a reaction to the work.
      if (clause?.lead && (SITUATION_LEADS.has(clause.lead) || CAUSE_LEADS.has(clause.lead))) continue;
      if (clause?.negated || clause?.projected || ctx.purpose[i] || s.index < ctx.firstActSentence) continue;
      out.push({ span: span(t, t), sentence: s.index, kind: "human" });
    }
  }
  // "we kept the old form" is both an outcome word and people acting on the work: one outcome, the more telling one.
  const human = new Set(out.filter((o) => o.kind === "human").map((o) => o.span.start));
  return out.filter((o) => o.kind !== "vague" || !human.has(o.span.start));
}

/** "could not", "couldn't", "can't": what someone was unable to do. */
const INABILITY = setOf(["could", "can", "couldn't", "can't", "cannot"]);

/** "used a whiteboard to sketch", "used the RICE framework to rank": "to" and a verb within a few words, the purpose the thing served. */
function usedAsMeans(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < Math.min(end - 1, i + 7); k++) {
    const w = tokens[k]?.norm ?? "";
    if (tokens[k]?.kind === "punct") return false;
    if (w === "to" && tokens[k + 1]?.kind === "word" && !ARTICLES.has(tokens[k + 1]?.norm ?? "")) return true;
  }
  return false;
}

/** Whether tokens [from, to) are joined by, or run into, a hyphen with no spaces: "sold-out", "improved-access". */
function inCompound(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to && k < tokens.length; k++) if (innerHyphen(tokens, k)) return true;
  return false;
}
