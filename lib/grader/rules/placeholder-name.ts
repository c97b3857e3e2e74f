// Judgment: a stand-in name ("XYZ Company", "Preschool ABC") names no real setting, so it adds nothing to the context.
// Source: ANNOTATION.md, context 2 ("a placeholder like 'XYZ Company' does not count").
// Blind spot: a real organisation with a three-letter capitalised name ("ABC News") is read as a placeholder.
import { defineRule, evidence } from "./define";

export const placeholderName = defineRule({
  id: "placeholder-name",
  dimension: "context",
  effect: "costs",
  description: "A placeholder instead of a real organisation (XYZ Company, Company X).",
  examples: {
    earns: ["At XYZ Company I ran the month-end close.", "When I taught at Preschool ABC, the director asked me to help."],
    misses: ["At a 40-bed surgical ward I ran the night shift.", "At Xylo Labs I ran the month-end close."],
  },
  detect: (doc) =>
    doc.placeholders.slice(0, 3).map((p) =>
      evidence(
        "placeholder-name",
        "context",
        "costs",
        p.span,
        "A stand-in name tells the listener nothing about where this happened",
        "Describe the place instead, even without naming it: its kind, its size, what it does.",
      ),
    ),
});
