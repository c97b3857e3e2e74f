// Stage: how the story ended, told by someone other than the narrator in its last two sentences
// ("he calmed down", "her medicines were working again"): an outcome even without a number.
import type { PlainMention } from "../analyze";
import { isPastVerb, setOf, type Actor, type Ctx } from "./core";

const CLOSING_SUBJECT_ACTORS = new Set<Actor>(["other", "passive"]);
const NOT_OUTCOME_VERBS = setOf(["learned", "realized", "thought", "felt", "knew", "wanted", "needed", "had", "did", "was", "were", "said", "asked", "told"]);

/** In the last two sentences: a past-tense verb of someone other than the narrator, not negated or hypothetical. */
export function findClosingOutcomes(ctx: Ctx): PlainMention[] {
  const { tokens, sentences } = ctx;
  const out: PlainMention[] = [];
  for (const s of sentences.slice(-2)) {
    if (s.index < ctx.firstActSentence || ctx.sentenceHypothetical[s.index]) continue;
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || t.kind !== "word" || ctx.hypoTok[i] || ctx.claimed[i]) continue;
      if (!CLOSING_SUBJECT_ACTORS.has(ctx.actors[i] ?? "none") || !isPastVerb(t.norm) || NOT_OUTCOME_VERBS.has(t.norm)) continue;
      if (ctx.clauses[ctx.clauseOf[i] ?? 0]?.negated) continue;
      out.push({ span: { start: t.start, end: t.end }, sentence: s.index, why: "how it ended" });
      break;
    }
  }
  return out;
}

