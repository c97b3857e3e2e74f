// Judgment: an outcome with no number ("it went well", "morale improved", "the doctors liked it") is a partial result, flagged with a fix.
// Source: rubric, "A vague result ... scores low"; flags, "results with no number".
// Blind spot: an outcome verb we do not list reads as no outcome at all.
import { NUMBER_REASONS } from "../analyze";
import { capped, defineRule, evidence } from "./define";

export const resultVague = defineRule({
  id: "result-vague",
  dimension: "result",
  effect: "earns",
  description: "An outcome stated without a number (things got calmer, others adopted or agreed to the work), or a number with no named metric ('10x value').",
  examples: {
    earns: ["I made some videos and things got better.", "Time-to-hire improved.", "We unlocked 10x value.", "I explained what could be done that day. That helped the tension come down."],
    misses: ["I used SQL and Tableau to build dashboards.", "I learned a lot about payments.", "I explained the options. That did not help."],
  },
  detect: (doc) => {
    const measured = doc.numbers.some((n) => n.cls === "result");
    const fix = measured ? undefined : "Put a number on it: what was the figure before, and after, and over what period?";
    // "falls dropped from 9 to 3": the outcome word and its figures are one result, so it is not "not measured".
    const measuredIn = new Set(doc.numbers.filter((n) => n.cls === "result").map((n) => n.sentence));
    return capped([
      ...doc.outcomes
        .filter((o) => o.kind === "vague" || o.kind === "human")
        .map((o) => evidence("result-vague", "outcome", "earns", o.span, measuredIn.has(o.sentence) ? "An outcome, measured by the figures beside it" : "An outcome, but not measured", fix)),
      ...doc.numbers
        .filter((n) => n.cls === "vague-figure")
        .map((n) => evidence("result-vague", "outcome", "earns", n.span, NUMBER_REASONS[n.reason], fix)),
    ]);
  },
});
