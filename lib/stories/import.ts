import "server-only";

import { randomUUID } from "node:crypto";

import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { pace, type Pace } from "./pace";

import { EXAMPLE_STORIES } from "./examples";
import { BankFullError } from "./errors";
import { assertBankRoom, insertStory } from "./mutations";
import { storyInputSchema } from "./schema";
import { buildStoryRowsPaced, type ImportStory } from "./transfer";

/**
 * Adds the example stories the user does not have yet (matched by title), marked as examples so that
 * the planner leaves them out unless the profile includes them. Returns how many were added.
 */
export async function addExampleStories(userId: string): Promise<number> {
  const titles = EXAMPLE_STORIES.map((story) => story.title);
  const existing = await db.story.findMany({ where: { userId, title: { in: titles } }, select: { title: true } });
  const have = new Set(existing.map((story) => story.title));
  let added = 0;
  // Oldest first, so that the strongest example (the first) ends up on top of a bank sorted by update.
  for (const example of [...EXAMPLE_STORIES].reverse()) {
    if (have.has(example.title)) continue;
    try {
      await insertStory(userId, storyInputSchema.parse(example), { example: true });
    } catch (error) {
      // A full bank takes the examples it has room for.
      if (error instanceof BankFullError) break;
      throw error;
    }
    added += 1;
  }
  return added;
}

// An import is graded in slices between other users' requests and written in batches of this many
// stories, each in its own short transaction: the SQLite adapter runs one statement or transaction at
// a time for the whole process (a mutex in @prisma/adapter-libsql), so every other user's query waits
// for the batch being written. 10 stories (up to 1,000 revisions at the limits, typically 40) keep that
// wait to tens of milliseconds.
const IMPORT_BATCH = 10;
const STAGING_DOMAIN = "import.invalid";
// A staging user older than this was left by a crash mid-import: its rows are deleted.
const STALE_STAGING_MS = 60 * 60 * 1000;

/** Ids that sort in the order they were made, so that stories imported at the same instant keep the file's order. */
function sortableIds(): () => string {
  const stamp = Date.now().toString(36);
  let counter = 0;
  return () => `i${stamp}${(counter++).toString(36).padStart(6, "0")}${randomUUID().replace(/-/g, "").slice(0, 10)}`;
}

/**
 * The pace of one import: it takes at most IMPORT_CPU_SHARE (default half) of the server's wall time,
 * in slices of about 20 ms, and sleeps the rest so that other users' requests run first.
 */
export function importPace(): Pace {
  return pace({ share: env.IMPORT_CPU_SHARE, sliceMs: 20 });
}

async function removeStaleStaging(now: Date): Promise<void> {
  await db.user.deleteMany({ where: { email: { endsWith: `@${STAGING_DOMAIN}` }, createdAt: { lt: new Date(now.getTime() - STALE_STAGING_MS) } } });
}

/**
 * Writes validated stories for the user, all or nothing, in bounded batches. The batches are written
 * under a staging user that nobody can sign in as (no account), so that no page shows half an import;
 * one final statement hands every story to the user, and any failure deletes the staging user and,
 * by cascade, everything written so far. Grading and writing are paced (`importPace`).
 */
export async function importStories(userId: string, stories: Omit<ImportStory, "row">[], { pause = importPace() }: { pause?: Pace } = {}): Promise<{ imported: number }> {
  await assertBankRoom(userId, stories.length);
  const newId = sortableIds();
  const now = new Date();
  await removeStaleStaging(now);
  const stagingId = `import-${randomUUID()}`;
  await db.user.create({ data: { id: stagingId, name: "import in progress", email: `${stagingId}@${STAGING_DOMAIN}` } });
  try {
    for (let start = 0; start < stories.length; start += IMPORT_BATCH) {
      const built = [];
      for (const story of stories.slice(start, start + IMPORT_BATCH)) {
        built.push(await buildStoryRowsPaced(stagingId, story, { newId, now }, pause));
      }
      await db.$transaction([
        db.story.createMany({ data: built.map((rows) => rows.story) }),
        db.storyTag.createMany({ data: built.flatMap((rows) => rows.tags) }),
        db.storySkill.createMany({ data: built.flatMap((rows) => rows.skills) }),
        db.revision.createMany({ data: built.flatMap((rows) => rows.revisions) }),
      ]);
      // Always a turn of the event loop after a write: the requests that queued behind it go first.
      await pause({ always: true });
    }
    // Raw, so that Prisma's @updatedAt does not overwrite the imported dates.
    await db.$transaction([db.$executeRaw`UPDATE "Story" SET "userId" = ${userId} WHERE "userId" = ${stagingId}`, db.user.delete({ where: { id: stagingId } })]);
  } catch (error) {
    await db.user.deleteMany({ where: { id: stagingId } });
    throw error;
  }
  return { imported: stories.length };
}
