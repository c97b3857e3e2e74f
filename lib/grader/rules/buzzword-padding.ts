// Judgment: stacked buzzwords (leveraged, synergies, best-in-class) stand in for facts and are flagged.
// Source: rubric flags, "buzzword padding".
// Blind spot: one buzzword alone is tolerated; jargon that is not on the list passes.
import { capped, defineRule, evidence } from "./define";

export const buzzwordPadding = defineRule({
  id: "buzzword-padding",
  dimension: "context",
  effect: "costs",
  description: "Two or more buzzwords standing in for facts.",
  examples: {
    earns: ["I spearheaded a best-in-class, data-driven transformation that leveraged synergies."],
    misses: ["I rewrote the nightly job as an Airflow DAG.", "It was a robust plan."],
  },
  detect: (doc) =>
    doc.buzzwords.length < 2
      ? []
      : capped(doc.buzzwords, 8).map((b) =>
          evidence(
            "buzzword-padding",
            "buzzword",
            "costs",
            b.span,
            "A buzzword where a fact should be",
            "Swap the buzzword for what actually happened: the tool, the people, the number.",
          ),
        ),
});
