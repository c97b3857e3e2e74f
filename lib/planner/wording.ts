// Small helpers for the planner's sentences, so lists and counts read as a person would write them.

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "two strong stories", "12 strong stories". */
export const countWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);
