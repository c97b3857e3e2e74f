// Judgment: a result figure few single actions produce (sales up 900 %, ten times the sign-ups) needs its baseline and
// how it was measured, or a listener will doubt the whole story.
// Source: rubric, "a number on a named metric ... caused by the action"; the guide's advice to keep results credible.
// Blind spot: a small base can make a huge percentage honest ("from 2 to 20 sign-ups"); the flag only asks the question.
import { defineRule, evidence } from "./define";

export const resultImplausible = defineRule({
  id: "result-implausible",
  dimension: "result",
  effect: "costs",
  description: "A result figure so large it needs its baseline and how it was measured (over 300 %, ten times or more).",
  examples: {
    earns: ["I presented Excel charts to the team so sales rose 900%."],
    misses: ["Within two months refunds fell from 9% to 5.6%.", "Sign-ups doubled after the redesign."],
  },
  detect: (doc) =>
    doc.numbers
      .filter((n) => n.implausible === true)
      .slice(0, 3)
      .map((n) =>
        evidence(
          "result-implausible",
          "result-metric",
          "costs",
          n.span,
          "A figure this large makes a listener ask how it was measured",
          "Give the before and after numbers and the period (from what, to what, over how long), and say how you measured it.",
        ),
      ),
});
