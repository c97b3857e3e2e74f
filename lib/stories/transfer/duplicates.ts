// Which stories of an import the bank already holds. Isomorphic and pure: the bank side (reading the
// user's stories in batches and hashing them) lives in lib/stories/duplicates.ts.
//
// A story is a duplicate when its `id` (JSON rows may carry one, as the REST API returns them) is the
// id of one of this user's stories, or when its text is the same after normalising whitespace. Only the
// text counts: a story re-titled or re-tagged in a spreadsheet is still the same story, and a story in
// four STAR boxes is compared by its boxes joined (the text it is stored with), so the same words as
// free text or in boxes match. Case and punctuation count: changing them is an edit.
import { z } from "zod";

export const DUPLICATE_CHOICES = ["skip", "keep"] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

/** The query of POST /api/import: `duplicates=skip|keep` (skip unless told), `preview=1` to only count. */
export const importQuerySchema = z.object({
  duplicates: z.enum(DUPLICATE_CHOICES, { error: 'Choose "skip" or "keep" for stories already in your bank.' }).default("skip"),
  preview: z
    .enum(["1", "true", "0", "false"], { error: "preview is 1 or 0." })
    .optional()
    .transform((value) => value === "1" || value === "true"),
});

/** Why a row is a duplicate: its id is one of the user's stories, its text is in the bank, or an earlier row has the same text. */
export type DuplicateReason = "same-id" | "in-bank" | "repeated";

export type DuplicateSummary = { stories: number; duplicates: number; inBank: number; repeated: number };

/** The text a story is compared by: Unicode NFC, every run of whitespace one space, no space at either end. */
export function normaliseStoryText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * The reason each row is a duplicate, or null. `key` is the row's normalised text (or a hash of it);
 * the first of several rows with the same text is not a duplicate of the others unless the bank has it.
 */
export function classifyDuplicates(rows: { id?: string; key: string }[], bank: { ids: ReadonlySet<string>; keys: ReadonlySet<string> }): (DuplicateReason | null)[] {
  const seen = new Set<string>();
  return rows.map(({ id, key }) => {
    const first = !seen.has(key);
    seen.add(key);
    if (id !== undefined && bank.ids.has(id)) return "same-id";
    if (bank.keys.has(key)) return "in-bank";
    return first ? null : "repeated";
  });
}

export function summariseDuplicates(reasons: (DuplicateReason | null)[]): DuplicateSummary {
  const count = (wanted: DuplicateReason[]) => reasons.filter((reason) => reason !== null && wanted.includes(reason)).length;
  return { stories: reasons.length, duplicates: count(["same-id", "in-bank", "repeated"]), inBank: count(["same-id", "in-bank"]), repeated: count(["repeated"]) };
}
