// What a bank search matches: the words searched for at the start of a word ("art" finds "art room" and
// "Art therapy", not "started"), ignoring case. The database does it with LIKE patterns (queries.ts);
// this is the same test in code, for a search holding LIKE's wildcards (% and _), which SQLite's LIKE
// cannot take literally.

/** Characters that may stand just before a word, besides the start of the text. */
export const BEFORE_A_WORD = [" ", "\n", "\t", "(", "[", '"', "'", "\u201c", "\u2018", "-", "/"] as const;

/** True when `needle` starts a word somewhere in `haystack`, ignoring case. */
export function startsAWord(haystack: string, needle: string): boolean {
  const text = haystack.toLowerCase();
  const term = needle.toLowerCase();
  if (term === "") return true;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (at === 0 || (BEFORE_A_WORD as readonly string[]).includes(text[at - 1]!)) return true;
  }
  return false;
}

/** LIKE's wildcards, which SQLite's LIKE (Prisma's contains) reads as patterns, not as characters. */
export const hasLikeWildcard = (q: string) => /[%_]/.test(q);
