// Stage: the stretch of a sentence told as a hypothetical ("If it happened again I would ask") or
// a habit ("I usually check"), not one past occasion. Produces the hypotheticals and Ctx.hypoTok
// (1 hypothetical, 2 habitual), read by every stage that credits an act.
import type { Sentence, Token } from "../text";
import type { Span } from "../types";
import { isPastVerb, setOf, span } from "./core";
import { namesWorkplace } from "./words";

const HABITUAL = setOf(["usually", "always", "normally", "typically", "generally", "tend", "often", "regularly", "sometimes"]);
const CONDITIONAL_OPENERS = setOf(["if", "whenever", "imagine", "suppose", "say"]);
const BEEN_HAD = setOf(["been", "had"]);
const HABIT_VERBS = setOf(["make", "try", "tend", "focus", "believe", "aim", "prefer", "ensure", "work", "love", "enjoy", "thrive"]);

type HypoRange = { span: Span; from: number; to: number; habitual: boolean };

/** The stretch a hypothetical covers: the whole sentence after "If...", else up to the next clause. */
function hypoRange(tokens: Token[], s: Sentence, conditional: boolean, a: Token, b: Token, i: number, habitual = false): HypoRange {
  if (conditional) return { span: span(a, b), from: s.bodyStart, to: s.tokenEnd, habitual: false };
  let j = i + 1;
  while (j < s.tokenEnd) {
    const t = tokens[j];
    if (!t) break;
    if (t.raw === ";" || t.raw === ":") break;
    if (t.raw === "," && (tokens[j + 1]?.norm === "and" || tokens[j + 1]?.norm === "but" || tokens[j + 1]?.norm === "including")) break;
    j++;
  }
  return { span: span(a, b), from: i, to: j, habitual };
}

const MODALS_BEFORE_SUBJECT = setOf(["would", "could", "should", "will", "might"]);
const HABIT_MARKERS = setOf(["every", "each", "weekly", "daily", "monthly", "fortnightly", "nightly", "often", "usually", "always", "regularly"]);

function hasHabitMarker(tokens: Token[], s: Sentence): boolean {
  for (let k = s.bodyStart; k < s.tokenEnd; k++) if (HABIT_MARKERS.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

/** Past verbs that report a plan or a promise: "promised I would", "explained what we would do". */
const REPORTING_PAST = setOf([
  "promised", "said", "told", "explained", "assured", "agreed", "decided", "knew", "realised", "realized", "thought",
  "guaranteed", "confirmed", "committed", "warned", "made", "insisted", "planned", "hoped", "expected", "figured", "so",
  "accepted", "assumed", "feared", "worried", "believed", "suspected", "predicted", "understood",
]);

/** "promised I would", "told the foreman that I would", "so I would know": a future seen from a past act, not a hypothetical. */
function reportedFromPast(tokens: Token[], i: number, start: number): boolean {
  // Up to ten words back, within the clause: "explained calmly to her through the door what I would do".
  for (let k = i - 1; k >= Math.max(start, i - 10); k--) {
    const w = tokens[k];
    if (!w || w.kind !== "word") return false;
    if (REPORTING_PAST.has(w.norm)) return true;
  }
  return false;
}

export function findHypothetical(tokens: Token[], s: Sentence): HypoRange | null {
  const opener = tokens[s.bodyStart];
  const conditional = opener !== undefined && CONDITIONAL_OPENERS.has(opener.norm);
  // "How would I handle a conflict?": a question about what one would do frames the answer as hypothetical.
  if (tokens[s.tokenEnd - 1]?.raw === "?") {
    for (let i = s.bodyStart; i < s.tokenEnd - 1; i++) {
      const t = tokens[i];
      const nx = tokens[i + 1];
      if (t && nx && MODALS_BEFORE_SUBJECT.has(t.norm) && (nx.norm === "i" || nx.norm === "you" || nx.norm === "we")) {
        return hypoRange(tokens, s, true, t, nx, i);
      }
    }
  }
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word") continue;
    const n = t.norm;
    const nx = tokens[i + 1];
    if ((n === "i" || n === "we") && nx) {
      const nn = nx.norm;
      if (nn === "would" && !conditional && reportedFromPast(tokens, i, s.bodyStart)) continue;
      if (nn === "would" || (conditional && (nn === "could" || nn === "might" || nn === "will"))) {
        // "Each Friday I would walk the team through it" is a past habit, not a hypothetical.
        return hypoRange(tokens, s, conditional, t, nx, i, !conditional && nn === "would" && hasHabitMarker(tokens, s));
      }
      if (HABITUAL.has(nn)) {
        const v = tokens[i + 2];
        if (v && v.kind === "word" && !isPastVerb(v.norm) && !BEEN_HAD.has(v.norm)) return hypoRange(tokens, s, conditional, t, v, i, !conditional);
      }
      if (HABIT_VERBS.has(nn) && !namesWorkplace(nn, tokens[i + 2]?.norm) && !(tokens[i - 1]?.norm === "that" || tokens[i - 1]?.norm === "so")) {
        return hypoRange(tokens, s, conditional, t, nx, i, !conditional);
      }
    }
    if (n === "i'd" && nx && nx.kind === "word" && !isPastVerb(nx.norm) && nx.norm !== "been") return hypoRange(tokens, s, conditional, t, nx, i);
    if (conditional && (n === "would" || n === "i'll" || n === "i'd") && nx) return hypoRange(tokens, s, conditional, t, nx, i);
  }
  return null;
}
