// Judgment: concrete context needs the narrator's own, past, real actions ("I pulled", "I sat with").
// Source: rubric, "the narrator's own role ('I', not only 'we')".
// Blind spot: verbs are found by form (-ed or a list of irregular pasts), so rare irregular verbs can be missed.
import { capped, defineRule, evidence } from "./define";

export const narratorAction = defineRule({
  id: "narrator-action",
  dimension: "context",
  effect: "earns",
  description: "The narrator's own concrete, past actions (I + what I did).",
  examples: {
    earns: ["I exported the ticket tags and recorded three walkthroughs.", "I sat with the father for twenty minutes."],
    misses: ["We rebuilt the checkout.", "If a customer were angry, I would stay calm.", "I'm a natural leader."],
  },
  detect: (doc) =>
    capped(
      doc.acts.filter((a) => a.actor === "narrator"),
      6,
    ).map((a) => evidence("narrator-action", "narrator", "earns", a.span, "Something you did yourself")),
});
