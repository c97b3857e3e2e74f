// Small helpers for the planner's sentences, so lists and counts read as a person would write them.

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "two strong stories", "12 strong stories". */
export const countWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/** Soft-skill behaviours the lexicon names by a noun, not a verb ("presentation"). */
const NOUN_BEHAVIOURS = new Set(["presentation"]);

/** The -ing form of a verb lemma: "run" -> "running", "coordinate" -> "coordinating", "tie" -> "tying", "agree" -> "agreeing". */
export function gerund(verb: string): string {
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^eoy]e$/.test(verb) && verb.length > 2) return `${verb.slice(0, -1)}ing`;
  // One short vowel before one final consonant in a one-syllable verb doubles it: run, plan, set, chat.
  if (/^[^aeiou]*[aeiou][bdfglmnprt]$/.test(verb.replace(/^.*-/, "")) && !verb.includes("-")) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

/**
 * A soft-skill behaviour as a label shows it: a lexicon lemma as an activity ("run" -> "running",
 * "set the direction" -> "setting the direction"); a verb quoted as the story told it ("gave + people")
 * stays in its own form.
 */
/** A soft behaviour as the grader names it, read as a verb: "explained + people" -> "explained", "propose (to whom is not said)" -> "propose". */
export const plainBehaviour = (behaviour: string): string => behaviour.replace(/ \+ people$| \(.*\)$/, "");

export function behaviourLabel(behaviour: string, lemmas: ReadonlySet<string>): string {
  const plain = plainBehaviour(behaviour);
  if (!lemmas.has(plain) || NOUN_BEHAVIOURS.has(plain)) return plain;
  const [head = "", ...rest] = plain.split(" ");
  return [gerund(head), ...rest].join(" ");
}
