// Judgment: integration is full only when the acts are tied to what followed ("which led to", "within two months", "they opted in").
// Source: rubric, "the link: the technical act and the human act belong to one causal chain that reaches an outcome".
// Blind spot: a chain implied only by sentence order across sentences, with no connective, time window,
// same-sentence "…, and <outcome>" or result told first, is not seen.
import { capped, defineRule, evidence } from "./define";

export const causalChain = defineRule({
  id: "causal-chain",
  dimension: "integration",
  effect: "earns",
  description: "A causal or time link from the narrator's acts to an outcome (which led to, so that, within two months, they adopted it, '…and completion went from 61% to 94%', a measured result told first).",
  examples: {
    earns: [
      "I built the model in Excel and walked the CFO through it. Within two months refunds fell to 5%.",
      "I presented the findings to the product team, which led to UX changes that cut churn by 23%.",
      "I used Workday reports to find every overdue review and chased each manager personally, and completion went from 61% to 94%.",
    ],
    misses: ["I used SQL and Tableau to build dashboards and presented them at the weekly meeting.", "This should save around $50,000 next year."],
  },
  detect: (doc) =>
    capped(doc.links).map((l) => evidence("causal-chain", "causal-link", "earns", l.span, l.why)),
});
