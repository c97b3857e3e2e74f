// Stage: people acts that carry the technical work to people ("walked the ops leads through it",
// "showed the nurses the new chart"): the evidence that the two skills are one chain.
import type { BridgeMention, SoftMention } from "./types";
import type { Span } from "../types";
import { HARD_STOPS, setOf, tokenIndexAt, type Ctx, type SkillStatus } from "./core";
import { isThinAct } from "./soft-skills";

/** Words by which a people act points back at the technical work: "walked them through it", "presented the findings". */
const WORK_REFERENTS = setOf([
  "it", "them", "this", "these", "findings", "finding", "results", "data", "analysis", "report", "reports", "numbers", "figures",
  "charts", "chart", "dashboard", "model", "proposal", "evidence", "options", "fix", "method", "technique", "steps",
  "instructions", "guide", "checklist", "draft", "design", "prototype", "template", "summary", "recommendation",
  "recommendations", "audit",
]);

/**
 * A people act of the narrator's that uses the technical work: in its own clause it names a hard skill,
 * a field's tool or a specialist term, or points back ("it", "the findings") at technical work done in
 * the same or the two sentences before.
 */
export function findBridges(ctx: Ctx, soft: readonly SoftMention[], technical: readonly { span: Span; sentence: number; status: SkillStatus }[]): BridgeMention[] {
  const { tokens } = ctx;
  const live = technical.filter((t) => t.status === "narrator" || t.status === "shared");
  // Tokens inside a live technical mention, marked once rather than searched for at every token.
  const isTechnical = new Uint8Array(tokens.length);
  for (const h of live) for (let k = tokenIndexAt(tokens, h.span.start); k < tokens.length && (tokens[k]?.start ?? Infinity) < h.span.end; k++) if ((tokens[k]?.start ?? -1) >= h.span.start) isTechnical[k] = 1;
  const out: BridgeMention[] = [];
  for (const m of soft) {
    if (m.status !== "narrator") continue;
    const from = tokenIndexAt(tokens, m.span.start);
    const s = ctx.sentences[m.sentence];
    if (!s) continue;
    const clause = ctx.clauseOf[from] ?? -1;
    const to = Math.min(s.tokenEnd, from + 14);
    let named = false;
    let pointsBack = false;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (!t || (k > from && (ctx.clauseOf[k] ?? -1) !== clause && HARD_STOPS.has(t.raw))) break;
      if (isTechnical[k]) named = true;
      if (WORK_REFERENTS.has(t.norm)) pointsBack = true;
    }
    const before = live.some((h) => h.span.start < m.span.start && h.sentence >= m.sentence - 2);
    if (named || (pointsBack && before)) out.push({ span: m.span, sentence: m.sentence, why: named ? "uses the technical work" : "passes the technical work to people", thin: isThinAct(tokens, m) });
  }
  return out;
}
