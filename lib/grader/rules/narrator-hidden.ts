// Judgment: "we" (or the passive voice) with no first-person action hides the narrator's part; flagged only when no "I" act exists.
// Source: rubric flags, "'we' hiding the narrator's part".
// Blind spot: a story told with "my team and I" in every sentence counts as having a narrator.
import { defineRule, evidence } from "./define";

export const narratorHidden = defineRule({
  id: "narrator-hidden",
  dimension: "context",
  effect: "costs",
  description: "Only 'we' or passive voice: the narrator's own contribution is missing.",
  examples: {
    earns: ["We rebuilt the checkout and we moved payments to Stripe.", "A dashboard was built and the findings were presented."],
    misses: ["Our team of four was asked to help. My part was the training: I turned the PDF into six modules.", "We had a few incidents, so I talked to the drivers."],
  },
  detect: (doc) =>
    doc.hiddenNarrator === null
      ? []
      : [
          evidence(
            "narrator-hidden",
            "hidden-narrator",
            "costs",
            doc.hiddenNarrator,
            "Nobody can tell what you did yourself",
            "Say which part was yours: 'I wrote...', 'I persuaded...'; keep 'we' for what the team did.",
          ),
        ],
});
