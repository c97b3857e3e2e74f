// Stage: how the story ended, told of someone other than the narrator alone in its last two sentences
// ("he calmed down", "her medicines were working again", "we finished on schedule"): an outcome even
// without a number (ANNOTATION.md: a real outcome without a number is a partial result).
import type { PlainMention } from "../analyze";
import { isPastVerb, setOf, type Actor, type Ctx } from "./core";

const CLOSING_SUBJECT_ACTORS = new Set<Actor>(["other", "passive", "team"]);
/** What a team's closing verb must say to be how it ended ("we finished on schedule"), not one more act ("we ran a campaign"). */
const TEAM_OUTCOME_VERBS = setOf([
  "finished", "completed", "delivered", "met", "hit", "reached", "won", "secured", "closed", "avoided", "achieved",
  "passed", "caught", "served", "recovered", "restored", "kept", "beat", "exceeded", "succeeded", "resolved", "saved", "got",
]);
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
      const actor = ctx.actors[i] ?? "none";
      if (!CLOSING_SUBJECT_ACTORS.has(actor) || !isPastVerb(t.norm) || NOT_OUTCOME_VERBS.has(t.norm)) continue;
      if (actor === "team" && !TEAM_OUTCOME_VERBS.has(t.norm)) continue;
      if (ctx.clauses[ctx.clauseOf[i] ?? 0]?.negated) continue;
      out.push({ span: { start: t.start, end: t.end }, sentence: s.index, why: "how it ended" });
      break;
    }
  }
  return out;
}

