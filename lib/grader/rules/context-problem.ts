// Judgment: context states what was wrong or at stake before the narrator acted (complaints, a backlog, a deadline).
// Source: rubric, "what problem, the stakes or scale ... the constraint".
// Blind spot: a problem described without any of the listed problem words reads as no problem.
import { capped, defineRule, evidence } from "./define";

export const contextProblem = defineRule({
  id: "context-problem",
  dimension: "context",
  effect: "earns",
  description: "States the problem, stakes, task or constraint before the action.",
  examples: {
    earns: [
      "The procurement committee had stalled for five months.",
      "Attrition was high and the ops team blamed the drivers.",
      "The scaffolding on the third floor had no guardrails.",
    ],
    misses: ["I joined a team of five engineers.", "I like solving things."],
  },
  detect: (doc) =>
    capped(
      [
        ...doc.problems.map((p) => evidence("context-problem", "context", "earns", p.span, p.why)),
        ...doc.tasks.map((t) => evidence("context-problem", "context", "earns", t.span, "the task or goal you were given")),
        ...doc.numbers
          .filter((n) => n.reason === "situation-figure" || (n.cls === "finding" && n.sentence <= doc.firstActSentence))
          .map((n) => evidence("context-problem", "context", "earns", n.span, "the size of the problem before the action")),
      ].sort((a, b) => a.span.start - b.span.start),
      5,
    ),
});
