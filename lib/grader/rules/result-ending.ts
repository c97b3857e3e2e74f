// Judgment: how the story ended, told in its closing sentences without a number ("The order shipped the
// same afternoon", "In the end we finished on schedule"), is a real outcome: a partial result.
// Source: ANNOTATION.md, "a real outcome without a number ('production carried on without disruption')" is level 1.
// Blind spot: an ending told only in the present ("she is doing well now") is not read as one.
import type { Doc } from "../analyze";
import { tokenIndexAt } from "../analysis/core";
import type { Span } from "../types";
import { capped, defineRule, evidence } from "./define";

/** Words either side of the outcome verb that the quote keeps: enough to read it, never a whole run-on text. */
const BEFORE = 6;
const AFTER = 8;

/** The outcome verb from the start of its clause, and a few words after it, inside its sentence. */
function quoteAround(doc: Doc, span: Span, sentence: number): Span {
  const s = doc.sentences[sentence];
  if (!s) return span;
  const at = tokenIndexAt(doc.tokens, span.start);
  // Back to the start of the verb's clause (the last punctuation before it), at most BEFORE words.
  let first = at;
  while (first > s.bodyStart && at - first < BEFORE && doc.tokens[first - 1]?.kind !== "punct") first--;
  let last = Math.min(s.tokenEnd - 1, at + AFTER);
  while (last > at && doc.tokens[last]?.kind === "punct") last--;
  return { start: doc.tokens[first]?.start ?? span.start, end: doc.tokens[last]?.end ?? span.end };
}

export const resultEnding = defineRule({
  id: "result-ending",
  dimension: "result",
  effect: "earns",
  description: "How it ended, told in the closing sentences without a number (someone else's outcome, or the narrator's 'I resolved it'): a real outcome, so a partial result.",
  examples: {
    earns: ["I called the supplier and rerouted the delivery. The order shipped the same afternoon.", "I rebuilt the rota and briefed the crew every morning. In the end we finished on schedule."],
    misses: ["I called the supplier and rerouted the delivery.", "I rerouted the delivery. Late orders fell from 9 to 2 a month.", "I rebuilt the rota. In the end we did not finish on schedule."],
  },
  detect: (doc) => {
    // A sentence whose outcome is already explained (an outcome word or a result figure) needs no second line.
    const explained = new Set<number>([
      ...doc.outcomes.filter((o) => o.kind === "vague" || o.kind === "human").map((o) => o.sentence),
      ...doc.numbers.filter((n) => n.cls === "result").map((n) => n.sentence),
    ]);
    const fix = doc.numbers.some((n) => n.cls === "result") ? undefined : "Put a number on it: what was the figure before, and after, and over what period?";
    // When the last sentence tells the outcome ("Within six months attendance went from 60% to 94%"), an act
    // in the sentence before it ("I completed the assessment within the timescale") is not how it ended.
    const last = doc.sentences.length - 1;
    return capped(
      doc.closingOutcomes
        .filter((o) => !explained.has(o.sentence) && (o.sentence === last || !explained.has(last)))
        .map((o) => {
          const quoted = quoteAround(doc, o.span, o.sentence);
          // "That year I prevented 12 evictions", "27 of the 30 children passed": a figure, but no before and after.
          const figure = doc.tokens.some((t) => t.kind === "number" && t.start >= quoted.start && t.end <= quoted.end);
          return evidence("result-ending", "outcome", "earns", quoted, figure ? "How the story ends, with a figure but no before and after: counted as a partial result" : "How the story ends, without a number: counted as a partial result", fix);
        }),
    );
  },
});
