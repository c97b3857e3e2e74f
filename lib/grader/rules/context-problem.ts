// Judgment: context states what was wrong or at stake before the narrator acted (complaints, a backlog, a deadline).
// Source: rubric, "what problem, the stakes or scale ... the constraint".
// Blind spot: a problem described without any of the listed problem words reads as no problem.
import { capped, defineRule, evidence } from "./define";

export const contextProblem = defineRule({
  id: "context-problem",
  dimension: "context",
  description: "States the problem, stakes or constraint before the action.",
  weight: 3,
  examples: {
    earns: ["The procurement committee had stalled for five months.", "Attrition was high and the ops team blamed the drivers."],
    misses: ["I joined a team of five engineers.", "I like solving things."],
  },
  detect: (doc) =>
    capped(doc.problems, 5).map((p) => evidence("context-problem", "context", "earns", p.span, p.why)),
});
