import "server-only";

import { db } from "@/lib/db";

import { EXAMPLE_STORIES } from "./examples";
import { insertStory } from "./mutations";
import { storyInputSchema } from "./schema";

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
