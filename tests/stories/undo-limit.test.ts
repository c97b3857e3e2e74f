import { afterAll, describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
process.env.MAX_STORIES_PER_USER = "4";
const { db } = await import("@/lib/db/client");
const { insertStory } = await import("@/lib/stories/mutations");
const { deleteStories, getPendingUndo, undoBulk } = await import("@/lib/stories/bulk");
const { UndoPastLimitError } = await import("@/lib/stories/errors");
const { storyInputSchema } = await import("@/lib/stories/schema");

const TEXT = "At a 40-person clinic, I rebuilt the rota in Excel with the two shift leads, so overtime fell 30% within a quarter.";

async function addStories(userId: string, count: number, from = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let i = from; i < from + count; i++) ids.push((await insertStory(userId, storyInputSchema.parse({ title: `Story ${i}`, text: `${TEXT} Week ${i}.` }))).id);
  return ids;
}

afterAll(async () => {
  await db.$disconnect();
});

describe("undoing a delete in a bank that filled up since", () => {
  it("is refused whole with the room left, changes nothing, and works once there is room again", async () => {
    await db.user.create({ data: { id: "filler", name: "filler", email: "filler@example.com" } });
    const first = await addStories("filler", 4);
    const { undo } = await deleteStories("filler", first.slice(0, 3));
    // Three new stories fill the bank again (1 + 3 = 4, the limit).
    const later = await addStories("filler", 3, 10);
    const refused = undoBulk("filler", undo!.id);
    await expect(refused).rejects.toBeInstanceOf(UndoPastLimitError);
    await expect(refused).rejects.toThrow(/bring back 3 stories, but your bank has room for 0 more \(it keeps at most 4\)/);
    expect(await db.story.count({ where: { userId: "filler" } })).toBe(4);
    // The undo stays open: after deleting three stories one by one, it brings the first three back.
    expect(await getPendingUndo("filler")).toMatchObject({ id: undo!.id, count: 3 });
    await db.story.deleteMany({ where: { id: { in: later } } });
    await expect(undoBulk("filler", undo!.id)).resolves.toEqual({ action: "delete", restored: 3 });
    expect((await db.story.findMany({ where: { userId: "filler" }, select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id)).toEqual([...first].sort());
  });
});
