// Word-level results remembered across calls: grading runs on every keystroke, and the same words come
// back on each one. Only pure functions of one short string are remembered, so a result never depends
// on what was graded before; the table is bounded in entries and in key length, and is emptied at once
// when full (no per-entry bookkeeping on the hot path).

/** Longest word remembered; longer inputs (pasted noise) are computed each time. */
const MAX_KEY_LENGTH = 48;

/** `fn` with its results for up to `limit` distinct short inputs kept. `fn` must be pure. */
export function memoizeWord<T extends NonNullable<unknown>>(fn: (word: string) => T, limit = 20_000): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    if (word.length > MAX_KEY_LENGTH) return fn(word);
    const hit = seen.get(word);
    if (hit !== undefined) return hit;
    const value = fn(word);
    if (seen.size >= limit) seen.clear();
    seen.set(word, value);
    return value;
  };
}
