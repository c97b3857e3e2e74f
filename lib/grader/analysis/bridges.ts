// Stage: people acts that carry the technical work to people ("walked the ops leads through it",
// "showed the nurses the new chart") or feed it ("talked to the team. I found the picking process was
// slow"): the evidence that the two skills are one chain.
import type { BridgeMention, SoftMention } from "./types";
import type { Span } from "../types";
import { HARD_STOPS, setOf, tokenIndexAt, type Ctx, type SkillStatus } from "./core";
import { DATA_NOUNS } from "./hard-skills";
import { isThinAct } from "./soft-skills";
import { FINDING } from "./words";

/** Words by which a people act points back at the technical work: "walked them through it", "presented the findings" (and any data noun: "showed him the readings"). */
const WORK_REFERENTS = setOf([
  "it", "them", "this", "these", "findings", "finding", "results", "data", "analysis", "report", "reports", "numbers", "figures",
  "charts", "chart", "dashboard", "model", "proposal", "evidence", "options", "fix", "method", "technique", "steps",
  "instructions", "guide", "checklist", "draft", "design", "prototype", "template", "summary", "recommendation",
  "recommendations", "audit",
  // What a test, a measure or a costing gives, named plainly: "explained the result to the owner", "walked him through my take-off".
  "result", "readings", "reading", "measurements", "calculations", "calculation", "diagnosis", "assessment", "take-off", "takeoff",
  "estimate", "estimates", "costings", "scan", "scans", "x-ray", "x-rays", "logs", "trace", "drawings",
]);

/**
 * A people act of the narrator's that uses the technical work: in its own clause it names a hard skill,
 * a field's tool or a specialist term, or points back ("it", "the findings") at technical work done in
 * the same or the two sentences before; or one that gathers what people know and feeds the narrator's
 * own finding right after it.
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
      // "radioed the engineering team, reorganised the pull-out order": the next act is not what this one carries.
      if (k > from && ctx.actTok[k] && ctx.actors[k] === "narrator" && tokens[k - 1]?.kind === "punct") break;
      // The people act's own verb is no technical work it carries ("radioed the engineering team").
      if (isTechnical[k] && k > from) named = true;
      // "my take-off": a hyphenated noun is one word.
      const hyphened = tokens[k + 1]?.raw === "-" ? `${t.norm}-${tokens[k + 2]?.norm ?? ""}` : t.norm;
      if (WORK_REFERENTS.has(t.norm) || WORK_REFERENTS.has(hyphened) || DATA_NOUNS.has(t.norm) || ownFindingAt(ctx, k)) pointsBack = true;
    }
    const before = live.some((h) => h.span.start < m.span.start && h.sentence >= m.sentence - 2);
    // "I put together an Excel analysis showing..., and recommended hiring two drivers": a recommendation or a
    // case made right after the narrator's own technical work passes on what it showed.
    const advises = ADVISING.has(m.behaviour) && live.some((h) => h.status === "narrator" && h.span.start < m.span.start && h.sentence === m.sentence);
    if (named || (pointsBack && before) || advises) {
      out.push({ span: m.span, sentence: m.sentence, why: named ? "uses the technical work" : "passes the technical work to people", thin: isThinAct(tokens, m), informs: false });
    } else if (INFORMING.has(m.behaviour) && informs(ctx, m)) {
      out.push({ span: m.span, sentence: m.sentence, why: "what people told you fed your finding", thin: false, informs: true });
    }
  }
  return out;
}

/** People acts that pass on a conclusion: recommending, proposing, presenting, advising, making the case. */
const ADVISING = setOf(["recommend", "propose", "present", "presentation", "advise", "pitch", "argue", "make the case", "persuade", "convince"]);

/** "From that I pinned down three root causes": a finding told as a phrasal verb. */
const pinnedDown = (tokens: Ctx["tokens"], k: number) => tokens[k]?.norm === "pinned" && tokens[k + 1]?.norm === "down";

/** "presented what I had found", "explained what we discovered": the narrator's own finding, named by what was found. */
function ownFindingAt(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.norm !== "what") return false;
  const who = tokens[k + 1]?.norm ?? "";
  if (who !== "i" && who !== "we") return false;
  const verb = tokens[k + 2]?.norm === "had" ? tokens[k + 3]?.norm : tokens[k + 2]?.norm;
  return FINDING.has(verb ?? "");
}

/** People acts that gather what people know: listening, asking, talking it through, interviewing, consulting. */
const INFORMING = setOf([
  "listen", "ask", "talk", "talk to", "talk with", "speak to", "speak with", "interview", "consult", "survey", "meet", "meet with",
  "sit down with", "sit with", "gather feedback", "ask for feedback", "ask for input", "talk through",
]);

/**
 * "I spent three days on the floor talking to the team. I found the picking process was slow": what the
 * people said fed the narrator's own finding, later in the sentence or in the next one. (A technical act
 * after it, with no finding, was measured too and cost band agreement: README.)
 */
function informs(ctx: Ctx, m: SoftMention): boolean {
  const s = ctx.sentences[m.sentence + 1];
  const from = tokenIndexAt(ctx.tokens, m.span.end);
  const to = s ? s.tokenEnd : (ctx.sentences[m.sentence]?.tokenEnd ?? 0);
  for (let k = from; k < to; k++) if (ctx.actTok[k] && ctx.actors[k] === "narrator" && (FINDING.has(ctx.tokens[k]?.norm ?? "") || pinnedDown(ctx.tokens, k))) return true;
  return false;
}
