import "server-only";

import { randomUUID } from "node:crypto";

import { db } from "@/lib/db/client";

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

// An import is written in batches of this many stories, each graded and then written in its own short
// transaction, with the event loop free in between: other users' saves go on while a maximal import
// runs (SQLite has one writer; one long transaction held it for the whole import).
const IMPORT_BATCH = 25;
const STAGING_DOMAIN = "import.invalid";
// A staging user older than this was left by a crash mid-import: its rows are deleted.
const STALE_STAGING_MS = 60 * 60 * 1000;

/** Ids that sort in the order they were made, so that stories imported at the same instant keep the file's order. */
function sortableIds(): () => string {
  const stamp = Date.now().toString(36);
  let counter = 0;
  return () => `i${stamp}${(counter++).toString(36).padStart(6, "0")}${randomUUID().replace(/-/g, "").slice(0, 10)}`;
}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

async function removeStaleStaging(now: Date): Promise<void> {
  await db.user.deleteMany({ where: { email: { endsWith: `@${STAGING_DOMAIN}` }, createdAt: { lt: new Date(now.getTime() - STALE_STAGING_MS) } } });
}

/**
 * Writes validated stories for the user, all or nothing, in bounded batches. The batches are written
 * under a staging user that nobody can sign in as (no account), so that no page shows half an import;
 * one final statement hands every story to the user, and any failure deletes the staging user and,
 * by cascade, everything written so far.
 */
export async function importStories(userId: string, stories: Omit<ImportStory, "row">[]): Promise<{ imported: number }> {
  const newId = sortableIds();
  const now = new Date();
  await removeStaleStaging(now);
  const stagingId = `import-${randomUUID()}`;
  await db.user.create({ data: { id: stagingId, name: "import in progress", email: `${stagingId}@${STAGING_DOMAIN}` } });
  try {
    for (let start = 0; start < stories.length; start += IMPORT_BATCH) {
      const built = [];
      for (const story of stories.slice(start, start + IMPORT_BATCH)) {
        built.push(buildStoryRows(stagingId, story, { newId, now }));
        await yieldToOthers();
      }
      await db.$transaction([
        db.story.createMany({ data: built.map((rows) => rows.story) }),
        db.storyTag.createMany({ data: built.flatMap((rows) => rows.tags) }),
        db.storySkill.createMany({ data: built.flatMap((rows) => rows.skills) }),
        db.revision.createMany({ data: built.flatMap((rows) => rows.revisions) }),
      ]);
    }
    // Raw, so that Prisma's @updatedAt does not overwrite the imported dates.
    await db.$transaction([db.$executeRaw`UPDATE "Story" SET "userId" = ${userId} WHERE "userId" = ${stagingId}`, db.user.delete({ where: { id: stagingId } })]);
  } catch (error) {
    await db.user.deleteMany({ where: { id: stagingId } });
    throw error;
  }
  return { imported: stories.length };
}
