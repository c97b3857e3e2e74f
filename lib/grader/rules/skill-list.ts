// Judgment: a list of skill names with no action (a CV line) earns nothing and is flagged.
// Source: rubric flags, "skill lists without action"; guide, "Show integration, not lists".
// Blind spot: a list spread over prose ("I know A, B and C") is caught as a claim instead.
import { capped, defineRule, evidence } from "./define";

export const skillList = defineRule({
  id: "skill-list",
  dimension: "integration",
  effect: "costs",
  description: "Skills listed CV-style ('Skills: A, B, C') or three or more skills named with no action.",
  examples: {
    earns: ["Skills: SolidWorks, GD&T, tolerance analysis, teamwork, communication.", "Python, SQL, Tableau, Excel."],
    misses: ["I used SolidWorks to re-model the bracket.", "I was asked to lead the rollout of a demand planning module tied into our SAP ERP system."],
  },
  detect: (doc) => {
    const out = doc.claims
      .filter((c) => c.kind === "skill-list")
      .map((c) => evidence("skill-list", "claim", "costs", c.span, "A list of skills with no action behind them", LIST_FIX));
    const bySentence = new Map<number, typeof doc.hard>();
    for (const h of doc.hard) {
      if (h.status !== "mentioned") continue;
      const list = bySentence.get(h.sentence) ?? [];
      list.push(h);
      bySentence.set(h.sentence, list);
    }
    for (const [sentence, hits] of bySentence) {
      const first = hits[0];
      const last = hits[hits.length - 1];
      if (listItems(doc.text, hits) >= 3 && first && last && !doc.sentenceActs[sentence] && !out.some((e) => e.span.start <= first.span.start && e.span.end >= last.span.end)) {
        out.push(evidence("skill-list", "claim", "costs", { start: first.span.start, end: last.span.end }, "Skills named but not used", LIST_FIX));
      }
    }
    return capped(out);
  },
});

/** Between two skills, what makes them items of a list rather than words of one name ("our SAP ERP system"). */
const LIST_GAP = /,|;|\/|&|\b(?:and|or|plus)\b/i;

/** How many list items the skills form: one, plus one for each gap between neighbours that separates them. */
function listItems(text: string, hits: readonly { span: { start: number; end: number } }[]): number {
  let items = hits.length > 0 ? 1 : 0;
  for (let i = 1; i < hits.length; i++) {
    const prev = hits[i - 1];
    const next = hits[i];
    if (prev && next && LIST_GAP.test(text.slice(prev.span.end, next.span.start))) items++;
  }
  return items;
}

const LIST_FIX = "Pick the one skill that mattered most and tell the moment you used it: on what, with whom, and what it changed.";
