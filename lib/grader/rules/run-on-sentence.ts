// Judgment: a sentence far longer than people speak cannot be followed aloud, and its parts (where it was,
// what you did, what changed) run together, so the reader and the analysis both lose track of them.
// Source: rubric, a story told "in about two minutes"; the 1,853 labelled stories (real and our own) have
// sentences of 20 words at the median, five have one over 70 and none one over 79, while a pasted run-on
// ("so basically i was the lead...") can run to 200 and more.
// Blind spot: counts words only; a long list of items in one sentence is flagged like a run-on.
import { capped, defineRule, evidence } from "./define";

/** More words than this in one sentence is a run-on (labelled stories: 99.9 % of sentences have at most 64). */
export const MAX_SENTENCE_WORDS = 70;

export const runOnSentence = defineRule({
  id: "run-on-sentence",
  dimension: "context",
  effect: "costs",
  description: `One sentence of more than ${MAX_SENTENCE_WORDS} words: too long to follow, and its situation, action and result run together.`,
  examples: {
    earns: [
      `so basically i was the lead on a job refitting a cold store and the client gave us a shutdown window of only 36 hours over a bank holiday weekend because the freezers would lose stock and the old boards had no protection and half the circuits were not labelled so i went round with the other two electricians and traced every circuit with a tone tracer and we made up a proper schedule before we touched anything and we had everything back on in 29 hours instead of 36`,
    ],
    misses: [
      "At a grocery-delivery startup, refund requests had crept up to about 9% of orders and the ops team blamed the drivers. I pulled six months of order and refund data into pandas and found that 70% of refunds came from substitutions. I walked the ops leads through it and within two months refunds fell to 5.6%.",
    ],
  },
  detect: (doc) =>
    capped(
      doc.sentences.flatMap((s) => {
        let words = 0;
        for (let i = s.tokenStart; i < s.tokenEnd; i++) if (doc.tokens[i]?.kind === "word") words++;
        const first = doc.tokens[s.tokenStart];
        const last = doc.tokens[s.tokenEnd - 1];
        if (words <= MAX_SENTENCE_WORDS || !first || !last) return [];
        // The note is shown beside the story, not as a highlight (kind "length"), so it names the sentence by its opening words.
        const opening: string[] = [];
        for (let i = s.tokenStart; i < s.tokenEnd && opening.length < 6; i++) {
          const t = doc.tokens[i];
          if (t?.kind === "word") opening.push(t.raw);
        }
        return [
          evidence(
            "run-on-sentence",
            "length",
            "costs",
            { start: first.start, end: last.end },
            `The sentence that starts "${opening.join(" ")}…" runs to ${words} words: hard to follow aloud, and where it was, what you did and what changed run together`,
            "Break it into short sentences: one for where it was and what was wrong, one for each thing you did, one for what changed.",
          ),
        ];
      }),
      5,
    ),
});
