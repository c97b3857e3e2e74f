// Judgment: "I would..." or "I usually..." describes a habit or a plan, not one real event, so it is not concrete context.
// Source: rubric, "Concrete context"; behavioural interviews ask for one real time.
// Blind spot: past habitual "would" ("each week I would review...") inside a real story is also flagged.
import { capped, defineRule, evidence } from "./define";

export const hypotheticalAnswer = defineRule({
  id: "hypothetical-answer",
  dimension: "context",
  effect: "costs",
  description: "A hypothetical or habitual answer (I would, I usually, if a customer...).",
  examples: {
    earns: ["If a customer were angry, I would stay calm and listen.", "I usually check the logs first."],
    misses: ["I sat with the customer and checked the tracking.", "In January we always got loads of tickets."],
  },
  detect: (doc) => {
    // Beside an occasion told in the past ("I work nights on a ward. One night..."), it is background.
    const background = doc.episode;
    return capped(doc.hypotheticals, 10).map((h) =>
      background
        ? evidence("hypothetical-answer", "hypothetical", "costs", h.span, "Describes what you would or usually do: as background to the occasion you tell, keep it short")
        : evidence(
            "hypothetical-answer",
            "hypothetical",
            "costs",
            h.span,
            "Describes what you would or usually do, not one real time",
            "Tell one real occasion instead: when it was, who was involved, and what you actually did.",
          ),
    );
  },
});
