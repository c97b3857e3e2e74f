import "server-only";

import { randomUUID } from "node:crypto";

import { db } from "@/lib/db";

import { EXAMPLE_STORIES } from "./examples";
import { insertStory } from "./mutations";
import { storyInputSchema } from "./schema";
import { buildStoryRows, type ImportStory } from "./transfer";

/** Adds the example stories the user does not have yet (matched by title). Returns how many were added. */
export async function addExampleStories(userId: string): Promise<number> {
  const titles = EXAMPLE_STORIES.map((story) => story.title);
  const existing = await db.story.findMany({ where: { userId, title: { in: titles } }, select: { title: true } });
  const have = new Set(existing.map((story) => story.title));
  let added = 0;
  // Oldest first, so that the strongest example (the first) ends up on top of a bank sorted by update.
  for (const example of [...EXAMPLE_STORIES].reverse()) {
    if (have.has(example.title)) continue;
    await insertStory(userId, storyInputSchema.parse(example));
    added += 1;
  }
  return added;
}

const WRITE_BATCH = 200;
// Every row of a large import is written in one transaction; SQLite holds its write lock meanwhile.
const IMPORT_TRANSACTION_MS = 120_000;

/** Ids that sort in the order they were made, so that stories imported at the same instant keep the file's order. */
function sortableIds(): () => string {
  const stamp = Date.now().toString(36);
  let counter = 0;
  return () => `i${stamp}${(counter++).toString(36).padStart(6, "0")}${randomUUID().replace(/-/g, "").slice(0, 10)}`;
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += WRITE_BATCH) out.push(rows.slice(i, i + WRITE_BATCH));
  return out;
}

/** Writes validated stories for the user, all or nothing. Grading happens before the transaction opens. */
export async function importStories(userId: string, stories: Omit<ImportStory, "row">[]): Promise<{ imported: number }> {
  const newId = sortableIds();
  const now = new Date();
  const built = stories.map((story) => buildStoryRows(userId, story, { newId, now }));
  await db.$transaction(
    async (tx) => {
      for (const batch of chunks(built.map((rows) => rows.story))) await tx.story.createMany({ data: batch });
      for (const batch of chunks(built.flatMap((rows) => rows.tags))) await tx.storyTag.createMany({ data: batch });
      for (const batch of chunks(built.flatMap((rows) => rows.skills))) await tx.storySkill.createMany({ data: batch });
      for (const batch of chunks(built.flatMap((rows) => rows.revisions))) await tx.revision.createMany({ data: batch });
    },
    { timeout: IMPORT_TRANSACTION_MS, maxWait: 10_000 },
  );
  return { imported: built.length };
}
