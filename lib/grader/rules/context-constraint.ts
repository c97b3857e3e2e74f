// Judgment: a limit the work was done within, or when it happened, told in words ("only two of us on shift",
// "a tight deadline", "off sick", "last winter"), makes the situation specific.
// Source: ANNOTATION.md, context: "the time frame, the constraint"; guide, "name the constraint you worked under".
// Blind spot: a fixed list of phrasings; a limit told another way ("we were down to a single forklift") is missed,
// and one told in the result ("errors fell to only one a month") is read as a limit too.
import { capped, defineRule, evidence } from "./define";

export const contextConstraint = defineRule({
  id: "context-constraint",
  dimension: "context",
  effect: "earns",
  description: "A constraint or a time frame told in words: few people or little time, a budget limit, someone away, a deadline, 'last winter'.",
  examples: {
    earns: ["There were only two of us on the ward that night.", "Half the team was off sick and the audit was next week.", "We had a tight deadline and no budget for overtime.", "Last winter the heating failed in our depot."],
    misses: ["I fixed the heating in our depot.", "We had plenty of time to plan it.", "Only then did I see the problem."],
  },
  detect: (doc) => capped(doc.constraints.map((c) => evidence("context-constraint", "context", "earns", c.span, `A limit or a time you worked within: ${c.why}`))),
});
