// Judgment: a result counts only as a measured change on a named metric, with a direction, that was achieved.
// Source: rubric, "Measurable result"; guide, "reducing support tickets by 30%".
// A figure that did not move ("still at four a month", "41% before and 41% after") and a figure in a
// self-description with no act of the narrator's are not results.
// Blind spot: a change told only in words with no number or multiplier ("cut it drastically") is left to result-vague;
// "unchanged" is read from nearby words (still, stayed, the same as), so an unchanged value told far away is missed.
import { NUMBER_REASONS } from "../analyze";
import { capped, defineRule, evidence } from "./define";

export const resultQuantified = defineRule({
  id: "result-quantified",
  dimension: "result",
  effect: "earns",
  description: "A measured change (%, money, time, count, multiplier) on a named metric, achieved after the action.",
  examples: {
    earns: [
      "Checkout errors fell 40% within a month.",
      "Within two months refunds fell from 9% to 5.6% of orders.",
      "Sign-ups doubled after the launch.",
      "Average handling time fell from 11 to 8 minutes.",
    ],
    misses: [
      "Things went much better after that.",
      "I ran the project from 2021 to 2023.",
      "I joined a team of 12 agents.",
      "This should save around $50,000 next year.",
      "It did not reduce churn by 5%.",
    ],
  },
  detect: (doc) =>
    capped(doc.numbers.filter((n) => n.cls === "result")).map((n) =>
      evidence("result-quantified", "result-metric", "earns", n.span, NUMBER_REASONS[n.reason]),
    ),
});
