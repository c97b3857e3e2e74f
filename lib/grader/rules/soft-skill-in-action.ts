// Judgment: a soft skill counts when it is shown by something the narrator did with people.
// Source: guide, "Universal Soft Skills" and the rubric's behaviour verbs (presented, negotiated, mentored...).
// Blind spot: behaviours phrased without a people word nearby ("I ran the retro") can be missed.
import { capped, defineRule, evidence } from "./define";

export const softSkillInAction = defineRule({
  id: "soft-skill-in-action",
  dimension: "integration",
  effect: "earns",
  description: "A soft skill shown as behaviour: the narrator presented, negotiated, taught, listened to or worked with people.",
  examples: {
    earns: ["I walked the ops leads through it with three plain charts.", "I negotiated two extra engineers with the vendor."],
    misses: ["I'm a strong communicator.", "Stakeholder alignment is one of my strengths.", "I used pg_stat_statements to find slow queries."],
  },
  detect: (doc) =>
    capped(doc.soft.filter((s) => s.status === "narrator")).map((s) =>
      evidence("soft-skill-in-action", "soft-skill", "earns", s.span, `${s.family}: you ${s.behaviour} (behaviour, not a claim)`),
    ),
});
