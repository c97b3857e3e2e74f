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
    misses: ["I used SolidWorks to re-model the bracket."],
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
      if (hits.length >= 3 && first && last && !doc.sentenceActs[sentence] && !out.some((e) => e.span.start <= first.span.start && e.span.end >= last.span.end)) {
        out.push(evidence("skill-list", "claim", "costs", { start: first.span.start, end: last.span.end }, "Skills named but not used", LIST_FIX));
      }
    }
    return capped(out);
  },
});

const LIST_FIX = "Pick the one skill that mattered most and tell the moment you used it: on what, with whom, and what it changed.";
