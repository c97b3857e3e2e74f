// Judgment: a story should take about two minutes to tell (roughly 50 to 380 words); shorter lacks detail, longer loses the listener.
// Under 50 words the score also holds context and integration at partial (score.ts), so the two limits are one constant.
// Source: rubric flags, "a story too short or too long to tell in about two minutes".
// Blind spot: word count only; a long story full of relevant detail is still flagged as long.
import { MIN_WORDS_FOR_FULL } from "../score";
import { defineRule, evidence } from "./define";

export const MIN_WORDS = MIN_WORDS_FOR_FULL;
export const MAX_WORDS = 380;

export const storyLength = defineRule({
  id: "story-length",
  dimension: "context",
  effect: "costs",
  description: `Too short (under ${MIN_WORDS} words) or too long (over ${MAX_WORDS} words) to tell in about two minutes.`,
  examples: {
    earns: ["Fixed the server outage. Everyone was happy."],
    misses: [
      "At a grocery-delivery startup, refund requests had crept up to about 9% of orders and the ops team blamed the drivers. I pulled six months of order and refund data into pandas and found that 70% of refunds came from substitutions. I walked the ops leads through it and within two months refunds fell to 5.6%.",
    ],
  },
  detect: (doc) => {
    if (doc.wordCount === 0) return [];
    const first = doc.tokens[0];
    const last = doc.tokens[doc.tokens.length - 1];
    if (!first || !last) return [];
    const whole = { start: first.start, end: last.end };
    if (doc.wordCount < MIN_WORDS) {
      return [
        evidence("story-length", "length", "costs", whole, `Only ${doc.wordCount} words: too short to show context, action and result, so context and integration can be partial at most`, `Tell it in at least ${MIN_WORDS} words: where it was and what was wrong, what you did step by step, and what changed.`),
      ];
    }
    if (doc.wordCount > MAX_WORDS) {
      return [
        evidence("story-length", "length", "costs", whole, `${doc.wordCount} words: longer than about two minutes spoken`, "Cut background that does not change the outcome; keep one problem, your key actions and the result."),
      ];
    }
    return [];
  },
});
