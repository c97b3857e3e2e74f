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
    // "on-time delivery stayed at 97%": the story has its number, one that held, so the fix asks what it held against.
    const held = doc.numbers.some((n) => n.reason === "unchanged");
    const fix = measured
      ? undefined
      : held
        ? "Say what the figure that held was up against: what would it have been without what you did, or what was it where nothing changed?"
        : "Put a number on it: what was the figure before, and after, and over what period?";
    // "falls dropped from 9 to 3": the outcome word and its figures are one result, so it is not "not measured".
    const measuredIn = new Set(doc.numbers.filter((n) => n.cls === "result").map((n) => n.sentence));
    const heldIn = new Set(doc.numbers.filter((n) => n.reason === "unchanged").map((n) => n.sentence));
    const reason = (sentence: number) =>
      measuredIn.has(sentence) ? "An outcome, measured by the figures beside it" : heldIn.has(sentence) ? "An outcome, with a figure that held rather than changed" : "An outcome, but not measured";
    // "errors rose from 45 to 52 ... By July errors were down to 6": the verb of a dip or a failure is no outcome.
    const dippedIn = new Set(doc.numbers.filter((n) => n.reason === "dip" || n.reason === "wrong-way").map((n) => n.sentence));
    return capped([
      ...doc.outcomes
        .filter((o) => (o.kind === "vague" || o.kind === "human") && !(dippedIn.has(o.sentence) && !measuredIn.has(o.sentence)))
        .map((o) => evidence("result-vague", "outcome", "earns", o.span, reason(o.sentence), fix)),
      ...doc.numbers
        .filter((n) => n.cls === "vague-figure")
        .map((n) => evidence("result-vague", "outcome", "earns", n.span, NUMBER_REASONS[n.reason], fix)),
    ]);
  },
});
