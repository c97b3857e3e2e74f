// Judgment: a projected or hoped-for gain ("should save $50k") is not an achieved result: partial credit and a flag.
// Source: rubric, "a quantified change ... caused by the action".
// Blind spot: a projection stated as fact ("it saves $50k a year") is taken at its word.
import { capped, defineRule, evidence } from "./define";

export const resultProjected = defineRule({
  id: "result-projected",
  dimension: "result",
  effect: "earns",
  description: "A projected, forecast or intended result rather than an achieved one.",
  examples: {
    earns: ["This should save around $50,000 next year.", "The change is expected to cut costs by 10%."],
    misses: ["The change cut costs by 10% last year."],
  },
  detect: (doc) =>
    capped([
      ...doc.numbers.filter((n) => n.cls === "projected").map((n) => n.span),
      ...doc.outcomes.filter((o) => o.kind === "projected").map((o) => o.span),
    ]).map((sp) =>
      evidence(
        "result-projected",
        "outcome",
        "earns",
        sp,
        "A projection, not something that has happened",
        "If the gain has happened, say how much and since when; if not, say what has already changed.",
      ),
    ),
});
