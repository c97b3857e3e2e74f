// Judgment: the two skills are one chain when the people act carries the technical work ("walked the ops leads through it",
// "showed the night nurses the new chart") or feeds it ("talked to the pickers. I found..."), not merely sits beside it.
// Source: rubric, "the link: the technical act and the human act belong to one causal chain"; ANNOTATION.md, integration 2.
// Blind spot: a pronoun ("it", "them") is taken to point at the technical work when that work came shortly before, which it may not.
import { capped, defineRule, evidence } from "./define";

export const skillBridge = defineRule({
  id: "skill-bridge",
  dimension: "integration",
  effect: "earns",
  description: "A people act that carries the technical work to people (presenting the analysis, teaching the new procedure) or feeds it (what the narrator heard led to their finding).",
  examples: {
    earns: [
      "I pulled the refund data into pandas and found the pattern. I walked the ops leads through it with three charts.",
      "I rebuilt the falls-risk chart and trained the night nurses to use it.",
      "I spent a shift on the floor talking to the pickers. I found the picking route doubled back on itself.",
    ],
    misses: ["I pulled the refund data into pandas. I also ran the team's summer party.", "I talked to the customer and calmed her down."],
  },
  detect: (doc) =>
    capped(doc.bridges, 6).map((b) =>
      evidence("skill-bridge", "causal-link", "earns", b.span, b.informs ? "what people told you fed your finding" : b.thin ? "your people act passes the technical work on, but only hands it over" : "your people act carries the technical work"),
    ),
});
