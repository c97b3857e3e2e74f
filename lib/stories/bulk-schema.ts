// What a bulk action on the bank may ask for: a bounded list of story ids and, to tag, one tag.
// Isomorphic: the /stories page and the API share it.
import { z } from "zod";

import { STORY_LIMITS } from "./schema";

/** Stories one bulk request may name: the largest page of the bank (100), selected all at once. */
export const MAX_BULK_IDS = 100;
/** How long the last bulk delete or tag change can be undone. */
export const UNDO_MINUTES = 15;

const storyIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "A story id is letters, digits, - and _.");

export const bulkIdsSchema = z
  .array(storyIdSchema, { error: "Send the selected stories as `ids`, a list." })
  .min(1, "Select at least one story.")
  .max(MAX_BULK_IDS, `Select at most ${MAX_BULK_IDS} stories at a time.`)
  .transform((ids) => [...new Set(ids)]);

const bulkTagSchema = z
  .string({ error: "Name the tag." })
  .trim()
  .toLowerCase()
  .min(1, "Name the tag.")
  .max(STORY_LIMITS.tag, `Keep the tag under ${STORY_LIMITS.tag} characters.`)
  .refine((tag) => !tag.includes(","), "One tag at a time, without commas.");

export const BULK_ACTIONS = ["delete", "tag", "untag"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const bulkActionSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("delete"), ids: bulkIdsSchema }),
    z.object({ action: z.literal("tag"), ids: bulkIdsSchema, tag: bulkTagSchema }),
    z.object({ action: z.literal("untag"), ids: bulkIdsSchema, tag: bulkTagSchema }),
  ],
  { error: 'Choose an action: "delete", "tag" or "untag".' },
);
export type BulkActionInput = z.output<typeof bulkActionSchema>;

export const bulkUndoSchema = z.object({ undoId: storyIdSchema });

/** `?ids=a,b,c` of an export of the selection. */
export const exportIdsSchema = z
  .string()
  .max(MAX_BULK_IDS * 65)
  .transform((value) => value.split(",").filter(Boolean))
  .pipe(bulkIdsSchema);

/** What a bulk action answers: how many stories it changed, and the undo for it (none when nothing changed). */
export type BulkResult = { action: BulkAction; changed: number; undo: { id: string; expiresAt: string } | null };
