import "server-only";

import { createHash } from "node:crypto";

import { db } from "@/lib/db/client";

import { classifyDuplicates, normaliseStoryText, type DuplicateReason } from "./transfer";

// The bank is read this many stories at a time (id and text only, ~2 MB at the text limit's typical
// few kilobytes), with a pause between batches: a 10,000-story bank is 10 short reads.
const BANK_BATCH = 1_000;
// Ids of the file are looked up this many at a time (one indexed query each).
const ID_BATCH = 500;

/** A short fingerprint of a story's normalised text: the bank's texts are compared without keeping them. */
export function storyFingerprint(text: string): string {
  return createHash("sha256").update(normaliseStoryText(text)).digest("base64url").slice(0, 22);
}

/**
 * Which stories of an import the user's bank already holds (lib/stories/transfer/duplicates.ts says
 * what counts), for each story in order. Bounded: the file's ids are checked with one indexed query
 * per 500, and the bank's texts are read in batches of 1,000 and only their fingerprints compared,
 * with `pause` between batches so that a large bank does not hold the server.
 */
export async function findDuplicates(userId: string, stories: { id?: string; input: { text: string } }[], pause: () => Promise<void> = () => Promise.resolve()): Promise<(DuplicateReason | null)[]> {
  const rows = stories.map((story) => ({ id: story.id, key: storyFingerprint(story.input.text) }));
  const wanted = new Set(rows.map((row) => row.key));

  const fileIds = [...new Set(rows.flatMap((row) => (row.id === undefined ? [] : [row.id])))];
  const ids = new Set<string>();
  for (let start = 0; start < fileIds.length; start += ID_BATCH) {
    const found = await db.story.findMany({ where: { userId, id: { in: fileIds.slice(start, start + ID_BATCH) } }, select: { id: true } });
    for (const story of found) ids.add(story.id);
  }

  const keys = new Set<string>();
  let cursor: { id: string } | undefined;
  for (;;) {
    const batch = await db.story.findMany({ where: { userId }, orderBy: { id: "asc" }, take: BANK_BATCH, ...(cursor ? { cursor, skip: 1 } : {}), select: { id: true, text: true } });
    for (const story of batch) {
      const key = storyFingerprint(story.text);
      if (wanted.has(key)) keys.add(key);
    }
    const last = batch.at(-1);
    if (!last || batch.length < BANK_BATCH) break;
    cursor = { id: last.id };
    await pause();
  }
  return classifyDuplicates(rows, { ids, keys });
}
