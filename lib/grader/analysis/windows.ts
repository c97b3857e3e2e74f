// Causal connectives ("which led to", "so") and time windows ("within two months", "six months
// later") of a sentence, matched once and cached on the Ctx: read by the numbers stage (is this figure
// after the action?) and the links stage (what ties the act to what followed).
import { CAUSAL_CONNECTIVES } from "../lexicon/words";
import { PhraseMatcher, type PhraseMatch } from "../matcher";
import type { Sentence, Token } from "../text";
import type { Span } from "../types";
import { span, type Ctx } from "./core";
import { MONTHS_SEASONS, NUMBER_VALUE, TIME } from "./words";

const CONNECTIVE_MATCHER = new PhraseMatcher<string>(
  CAUSAL_CONNECTIVES.filter((c) => c !== "then").map((c) => [c, c] as const),
);

const WINDOW_MATCHER = new PhraseMatcher<string>(
  [
    "within", "over the next", "over the following", "in the following", "in the next", "by the", "by the end of",
    "the next", "the following", "after", "since", "later", "in the first", "that quarter", "that year",
    "that month", "that season",
  ].map((c) => [c, c] as const),
);

/** "Six months later", "a year on": a time unit followed by later/on/afterwards. */
export function timeLater(tokens: Token[], s: Sentence): Span | null {
  for (let k = s.bodyStart + 1; k < s.tokenEnd; k++) {
    const t = tokens[k];
    const unit = tokens[k - 1];
    if (!t || !unit || !TIME.has(unit.norm)) continue;
    if (t.norm === "later" || t.norm === "afterwards" || t.norm === "afterward" || (t.norm === "on" && (tokens[k + 1]?.kind === "punct" || k === s.bodyStart + 2))) {
      const q = tokens[k - 2];
      const from = q && (q.kind === "number" || NUMBER_VALUE.has(q.norm) || q.norm === "a" || q.norm === "an" || q.norm === "few" || q.norm === "several") ? q : unit;
      return span(from, t);
    }
  }
  return null;
}

/** The matches of a sentence, computed once per analysis and kept in `cache` by sentence index. */
function memoMatches(cache: (PhraseMatch<string>[] | undefined)[], matcher: PhraseMatcher<string>, ctx: Ctx, s: Sentence): PhraseMatch<string>[] {
  let m = cache[s.index];
  if (m === undefined) {
    m = matcher.matchAll(ctx.tokens, s.bodyStart, s.tokenEnd);
    cache[s.index] = m;
  }
  return m;
}

/** Connective matches of a sentence ("which led to", "so"). */
export const connectivesIn = (ctx: Ctx, s: Sentence) => memoMatches(ctx.connectives, CONNECTIVE_MATCHER, ctx, s);

/** Time-window matches of a sentence ("within", "over the next"). */
export const windowsIn = (ctx: Ctx, s: Sentence) => memoMatches(ctx.windows, WINDOW_MATCHER, ctx, s);

export function windowFollows(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const t = tokens[k];
    if (!t) break;
    if (TIME.has(t.norm) || MONTHS_SEASONS.has(t.norm)) return true;
  }
  return false;
}
