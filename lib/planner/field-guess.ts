// Which field family a bank belongs to, when the profile leaves it to a guess: each story votes for
// the family that most of its hard skills (used in action) belong to (a finance story that also uses
// SQL and Power BI is a finance story), both on a tie, and the family with the most stories wins. Judgment: the tools and methods someone uses say more about their line of work
// than their soft skills, which every field shares. Blind spot: public sector and leadership have no
// hard-skill field of their own, so they are never guessed; the profile can choose them.
import type { HardField } from "@/lib/grader";

import type { StorySummary } from "./bank";
import { FIELD_FAMILIES, fieldFamily, type FieldFamilyId } from "./families";
import { listOf } from "./wording";

export type FieldGuess = {
  field: FieldFamilyId;
  /** How many stories the guess rests on (0 for "general": nothing to go on). */
  stories: number;
  /** The skills most of those stories use, most used first, at most three. */
  terms: string[];
};

const FAMILY_OF_FIELD = new Map<HardField, FieldFamilyId>(FIELD_FAMILIES.flatMap((f) => f.guessFields.map((h) => [h, f.id] as const)));

/** The family the bank's stories point to; "general" when none uses a hard skill of a known field. One pass over the bank. */
export function guessFieldFamily(bank: readonly StorySummary[]): FieldGuess {
  const stories = new Map<FieldFamilyId, number>();
  const terms = new Map<FieldFamilyId, Map<string, number>>();
  for (const s of bank) {
    const own = new Map<FieldFamilyId, Set<string>>();
    for (const h of s.hardSkills) {
      const family = FAMILY_OF_FIELD.get(h.field);
      if (!family) continue;
      const set = own.get(family) ?? new Set<string>();
      set.add(h.term);
      own.set(family, set);
    }
    const most = Math.max(0, ...[...own.values()].map((set) => set.size));
    for (const [family, set] of own) {
      if (set.size < most) continue;
      stories.set(family, (stories.get(family) ?? 0) + 1);
      const counts = terms.get(family) ?? new Map<string, number>();
      for (const term of set) counts.set(term, (counts.get(term) ?? 0) + 1);
      terms.set(family, counts);
    }
  }
  let best: FieldFamilyId | null = null;
  // FIELD_FAMILIES order breaks a tie, so the guess is the same on every run.
  for (const f of FIELD_FAMILIES) {
    const n = stories.get(f.id) ?? 0;
    if (n > 0 && (best === null || n > (stories.get(best) ?? 0))) best = f.id;
  }
  if (best === null) return { field: "general", stories: 0, terms: [] };
  const top = [...(terms.get(best) ?? new Map<string, number>()).entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 3)
    .map(([term]) => term);
  return { field: best, stories: stories.get(best) ?? 0, terms: top };
}

/** The guess in words, for the profile and the planner pages. */
export function guessReason(guess: FieldGuess): string {
  if (guess.stories === 0) {
    return "Nothing in your stories points to one field yet, so the planner uses general advice for your role type. Choose your field in the profile for advice that fits it.";
  }
  const label = fieldFamily(guess.field).label.toLowerCase();
  const stories = guess.stories === 1 ? "one story" : `${guess.stories} stories`;
  const terms = listOf(guess.terms);
  return `Guessed as ${label} because ${stories} in your bank ${guess.stories === 1 ? "uses" : "use"} skills such as ${terms}. If that is wrong, choose your field in the profile.`;
}
