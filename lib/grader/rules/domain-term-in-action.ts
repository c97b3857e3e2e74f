// Judgment: a specialist word inside the narrator's own act ("I reconciled the ledger", "set up an interlibrary loan")
// is a hard skill at work, in any field, even when no skill list names it.
// Source: rubric, "hard skill in action: a teachable, testable skill ... used as the means of an action" (any field).
// Blind spot: rarity is measured on everyday speech (film subtitles), so a rare but non-technical word ("barricaded") also counts.
import { capped, defineRule, evidence } from "./define";

export const domainTermInAction = defineRule({
  id: "domain-term-in-action",
  dimension: "integration",
  effect: "earns",
  description: "A specialist term (a word everyday English seldom uses) inside an action the narrator took.",
  examples: {
    earns: ["I checked her saturation and started incentive spirometry.", "I replaced the faulty capacitor before the evening shift.", "I set up an interlibrary loan for the student."],
    misses: ["I talked to the customer and calmed her down.", "Spirometry is one of my strengths.", "I would check the refrigerant pressures."],
  },
  detect: (doc) => {
    const seen = new Set<string>();
    const own = (d: { term: string; status: string }) => d.status === "narrator" && !seen.has(d.term) && Boolean(seen.add(d.term));
    return capped(
      [
        ...doc.domainTerms.filter(own).map((d) => evidence("domain-term-in-action", "hard-skill", "earns", d.span, "a specialist term in your own action")),
      ],
      12,
    );
  },
});
