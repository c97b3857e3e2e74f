// Judgment: a skill used by "we", in the passive, or in a subjectless fragment shows the work but not the narrator's part: partial credit.
// Source: rubric, "Concrete context ... the narrator's own role ('I', not only 'we')".
// Blind spot: resume-style fragments ("Built the model") usually mean "I", but we cannot know.
import { tokenIndexAt } from "../analysis/core";
import type { SoftMention } from "../analysis/types";
import type { Doc } from "../analyze";
import { SOFT_FAMILY_WORDS } from "../lexicon/soft-skills";
import { capped, defineRule, evidence } from "./define";

export const skillShared = defineRule({
  id: "skill-shared",
  dimension: "integration",
  effect: "earns",
  description: "A skill present but not shown as the narrator's own act: used by 'we', in the passive, in a fragment, as a habit ('I usually...'), or named beside the narrator's acts.",
  examples: {
    earns: ["We rebuilt the checkout in Next.js.", "A churn dashboard was built in Tableau.", "- Coded themes in NVivo", "I usually walk the new starters through our Zendesk macros."],
    misses: ["I rebuilt the checkout in Next.js.", "I know Tableau well."],
  },
  detect: (doc) =>
    capped([
      ...doc.hard
        .filter((h) => h.status === "shared" || h.status === "habitual" || (h.status === "mentioned" && doc.acts.length > 0 && h.sentence >= doc.firstActSentence))
        .map((h) =>
          evidence(
            "skill-shared",
            "hard-skill",
            "earns",
            h.span,
            inTask(doc, h.sentence)
              ? `${h.term} is named as what you had to do, not shown in use: say how you used it`
              : h.status === "habitual"
                ? `${h.term} is told as what you always do, not what you did this time: say how you used it on this occasion`
                : `${h.term} is used, but who used it is unclear: tell it with "I" if it was you`,
          ),
        ),
      ...doc.soft
        .filter((s) => s.status === "shared" || s.status === "habitual" || (s.status === "mentioned" && doc.acts.length > 0))
        .map((s) => evidence("skill-shared", "soft-skill", "earns", s.span, softReason(doc, s))),
    ]),
});

/** A sentence that states the task ("I had to keep him safe", "My task was to..."): what was to be done, not yet done. */
const inTask = (doc: Doc, sentence: number) => doc.tasks.some((t) => t.sentence === sentence);

/** "The physician apologised" is someone else's act, "I had to keep him safe" the task: asking the user to tell either with "I" would be wrong. */
function softReason(doc: Doc, s: SoftMention): string {
  const family = SOFT_FAMILY_WORDS[s.family];
  const family1 = family.charAt(0).toUpperCase() + family.slice(1);
  if (doc.actors[tokenIndexAt(doc.tokens, s.span.start)] === "other") return `${family1} shown by someone else, not by you: say what you did yourself`;
  if (s.status === "mentioned" && inTask(doc, s.sentence)) return `${family1} named as what you had to do, not yet what you did: say how you did it`;
  if (s.status === "habitual") return `${family1} told as what you always do, not what you did this time: say what you did with them on this occasion`;
  return `${family} is shown, but not as your own act: tell it with "I" and what you did`;
}
