// Judgment: a soft skill counts when it is shown by something the narrator did with people.
// Source: guide, "Universal Soft Skills" and the rubric's behaviour verbs (presented, negotiated, mentored...).
// Blind spot: behaviours phrased without a people word nearby ("I ran the retro") can be missed.
import { isSoloBehaviour, isThinAct, isUnaddressed } from "../analyze";
import { SOFT_FAMILY_WORDS } from "../lexicon/soft-skills";
import type { Token } from "../text";
import type { SoftMention } from "../analysis/types";
import { capped, defineRule, evidence } from "./define";

/** Why the act counts, in words a user can act on: a thin act says what would make it count fully. */
function reason(tokens: Token[], m: SoftMention): string {
  const words = SOFT_FAMILY_WORDS[m.family];
  const family = words.charAt(0).toUpperCase() + words.slice(1);
  if (isSoloBehaviour(m.behaviour)) return `${family}, shown in something you did rather than claimed`;
  if (!isThinAct(tokens, m)) return `${family}, shown in something you did with people rather than claimed`;
  if (isUnaddressed(m)) return `${family}, but a thin act: no one is named who heard it; say whom you told and what they did with it`;
  return `${family}, but a thin act: passing word on or working alongside people counts for less than explaining, persuading or teaching them`;
}

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
      evidence("soft-skill-in-action", "soft-skill", "earns", s.span, reason(doc.tokens, s)),
    ),
});
