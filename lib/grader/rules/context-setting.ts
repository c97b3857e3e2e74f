// Judgment: context names where this happened and in what role (a 32-bed ward, a grocery-delivery startup, as shift lead).
// Source: rubric, "whose team or product".
// A word that says little alone ("my team", "the project", "my job") counts only when described ("a cross-functional team").
// Blind spot: proper names with no common noun ("at Acme") are not recognised as a setting.
import { capped, defineRule, evidence } from "./define";

export const contextSetting = defineRule({
  id: "context-setting",
  dimension: "context",
  effect: "earns",
  description: "Names the setting: the organisation, team, product or the narrator's role.",
  examples: {
    earns: ["At a grocery-delivery startup, refunds had crept up.", "I was shift lead at a cold-storage warehouse.", "I led a cross-functional team through the switch.", "Once, at Johnsons & Burkley, a filing slipped."],
    misses: ["Things were hard.", "Fixed the server outage.", "I told my team about the project.", "I wrote a one-page call guide.", "At Christmas I was good at Excel."],
  },
  detect: (doc) =>
    capped(doc.settings, 4).map((s) => evidence("context-setting", "context", "earns", s.span, s.why)),
});
