// Judgment: self-description ("I'm skilled at X", "a strong communicator") is unprovable and earns nothing; it is flagged with a fix.
// Source: guide, expert advice: "'I'm a strong communicator' means nothing."
// Blind spot: modest claims phrased as history ("I've always been the one who...") may slip through.
import { capped, defineRule, evidence } from "./define";

export const claimedSkill = defineRule({
  id: "claimed-skill",
  dimension: "integration",
  effect: "costs",
  description: "Self-praise or a claimed skill with no event behind it.",
  examples: {
    earns: ["I'm strong in Python and pandas.", "I'm a natural leader.", "Cloud cost optimisation is one of my strengths."],
    misses: ["I used Python to analyse churn.", "I presented the findings to the board."],
  },
  detect: (doc) =>
    capped(doc.claims.filter((c) => c.kind === "self-praise")).map((c) =>
      evidence(
        "claimed-skill",
        "claim",
        "costs",
        c.span,
        "A claim about yourself proves nothing on its own",
        "Replace the claim with one time you used the skill: what you did, with what, and what changed.",
      ),
    ),
});
