// Judgment: numbers that are not results (team size, year, duration, findings, situation figures) and dates make the context specific.
// Source: rubric, "the stakes or scale, the time frame"; a year or team size is context, never a result.
// Blind spot: vague quantities ("lots of", "several") add nothing, which is intended, but "a handful" may be missed either way.
import { NUMBER_REASONS } from "../analyze";
import { capped, defineRule, evidence } from "./define";

export const contextDetail = defineRule({
  id: "context-detail",
  dimension: "context",
  effect: "earns",
  description: "Specific detail: scale, dates, durations, head-counts and findings (numbers that are context, not results).",
  examples: {
    earns: ["In 2019 I joined a team of 5 engineers at a 300-person fintech.", "I found that 70% of refunds came from substitutions."],
    misses: ["We always got loads of tickets.", "Things went much better after that."],
  },
  detect: (doc) =>
    capped(
      [
        ...doc.numbers
          .filter((n) => (n.cls === "context" || n.cls === "finding") && n.reason !== "version")
          .map((n) => evidence("context-detail", "context", "earns", n.span, NUMBER_REASONS[n.reason])),
        ...doc.timeframes.map((t) => evidence("context-detail", "context", "earns", t.span, t.why)),
      ].sort((a, b) => a.span.start - b.span.start),
      8,
    ),
});
