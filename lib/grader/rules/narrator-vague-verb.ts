// Judgment: "I drove", "I helped", "I worked on" put the narrator in the story but hide what they did; flagged with a fix.
// Source: rubric, "the narrator's own role"; flags, "buzzword padding".
// Blind spot: a vague verb followed by a concrete one in the same clause ("I helped by rewriting...") is still flagged.
import { capped, defineRule, evidence } from "./define";

export const narratorVagueVerb = defineRule({
  id: "narrator-vague-verb",
  dimension: "context",
  effect: "costs",
  description: "The narrator is present but the verb is vague (I drove, I helped, I worked on, I leveraged).",
  examples: {
    earns: ["As CFO I drove a margin transformation.", "I helped improve how we handle sepsis."],
    misses: ["I rewrote the date picker with native inputs.", "We moved three clinics to a new system.", "I worked with two developers on the fix.", "I went through our last 40 arrest reports."],
  },
  detect: (doc) =>
    capped(
      // "I worked with the developers" shows collaboration; only a vague verb with no behaviour is flagged.
      // Nor one whose own words name a skill at work ("I went through our last 40 arrest reports"): that is what was done.
      doc.vagueActs.filter((a) => !doc.soft.some((s) => s.span.start === a.span.start) && !doc.hard.some((h) => h.span.start === a.span.start && h.status === "narrator")),
      3,
    ).map((a) =>
      evidence(
        "narrator-vague-verb",
        "narrator",
        "costs",
        a.span,
        "A vague verb: it says you were involved, not what you did",
        "Swap the vague verb for the concrete thing you did: built, wrote, asked, negotiated, taught...",
      ),
    ),
});
