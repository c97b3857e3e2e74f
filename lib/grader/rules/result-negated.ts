// Judgment: a negated or failed change ("did not reduce churn") is not a success metric; it is reported so the story can say what was learned.
// Source: rubric, "a negated or failed result is not a success metric".
// Blind spot: double negatives ("not one order was lost") are read as a loss avoided only when phrased with "no"/"zero".
import { capped, defineRule, evidence } from "./define";

export const resultNegated = defineRule({
  id: "result-negated",
  dimension: "result",
  effect: "costs",
  description: "A negated or failed outcome, which does not count as a success metric.",
  examples: {
    earns: ["The new flow did not reduce churn by 5%.", "It didn't improve conversion.", "I shipped the new form. Conversion fell by 2% against the control."],
    misses: ["Churn fell by 5% after the change."],
  },
  detect: (doc) =>
    capped([
      ...doc.numbers.filter((n) => n.cls === "negated").map((n) => ({ span: n.span, wrongWay: n.reason === "wrong-way" })),
      ...doc.outcomes.filter((o) => o.kind === "negated").map((o) => ({ span: o.span, wrongWay: false })),
    ]).map(({ span, wrongWay }) =>
      evidence(
        "result-negated",
        "result-metric",
        "costs",
        span,
        wrongWay ? "A change the wrong way is a failure, not a success metric" : "A change that did not happen is not a success metric",
        "Say what the measurement showed and what was decided or changed because of it.",
      ),
    ),
});
