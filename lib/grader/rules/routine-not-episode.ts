// Judgment: "I greet each customer", "I start by..." in the present tense tells a routine or a method, and "I've run
// CNC machines" sums up a career; neither is one real occasion.
// Source: rubric, "Concrete context" (one specific episode); ANNOTATION.md, a duty description has no episode.
// Blind spot: a story told in the historic present ("So I walk in and I see...") reads as a routine too.
import type { RoutineKind } from "../analysis/routine";
import { capped, defineRule, evidence } from "./define";

const WHY: Record<RoutineKind, string> = {
  present: "Tells what you do as a rule, not what you did on one occasion",
  experience: "Sums up your experience instead of telling one occasion",
};

export const routineNotEpisode = defineRule({
  id: "routine-not-episode",
  dimension: "context",
  effect: "costs",
  description: "The narrator's acts told in the present tense (a routine or a duty) or summed up as experience ('I've run...'), not one real occasion.",
  examples: {
    earns: ["When the queue gets long, I greet each customer and work through each transaction.", "In my role I analyse the figures.", "I've run CNC machines and hydraulic presses."],
    misses: ["I greeted the customer and worked through the refund.", "I was analysing the figures when the alert came in.", "I've been a nurse for six years."],
  },
  detect: (doc) => {
    // Beside an occasion told in the past, a line of routine is background: said so, and no fix asked for.
    const background = doc.episode;
    return capped(doc.presentActs, 10).map((p) =>
      background
        ? evidence("routine-not-episode", "hypothetical", "costs", p.span, `${WHY[p.kind]}: as background to the occasion you tell, keep it to a line`)
        : evidence("routine-not-episode", "hypothetical", "costs", p.span, WHY[p.kind], "Pick one real time this happened and tell it in the past tense: when, where, what you did."),
    );
  },
});
