// Judgment: a hard skill counts when it is the instrument of an action the narrator took.
// Source: guide, "Integration in Success Stories" ("I used Python to analyze...").
// Beyond the lexicon: a domain artifact the narrator built ("our tariff lookup table", "validation rules"), data
// worked through ("pulled a month of reports"), a named tool after "in/using/from".
// Blind spot: an action told in a long sentence that switches subject may be credited to the wrong person; a
// generic artifact ("report", "plan", "system") counts only with a domain word before it, so "a report" alone is missed.
import { capped, defineRule, evidence } from "./define";

export const hardSkillInAction = defineRule({
  id: "hard-skill-in-action",
  dimension: "integration",
  effect: "earns",
  description: "A hard skill (tool, language, method, technique) used in the narrator's own action.",
  examples: {
    earns: ["I pulled six months of refund data into pandas and found the pattern.", "Using SQL, I segmented the customers by pause reason."],
    misses: ["I'm strong in Python and pandas.", "Skills: SolidWorks, GD&T, teamwork.", "We rebuilt the checkout in Next.js."],
  },
  detect: (doc) =>
    capped(doc.hard.filter((h) => h.status === "narrator")).map((h) =>
      evidence("hard-skill-in-action", "hard-skill", "earns", h.span, `${h.term} (${h.field}) used in your own action`),
    ),
});
