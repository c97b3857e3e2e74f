import { afterAll, describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
process.env.MAX_STORIES_PER_USER = "8";
const { db } = await import("@/lib/db/client");
const { insertStory } = await import("@/lib/stories/mutations");
const { addExampleStories, importStories } = await import("@/lib/stories/import");
const { BankFullError } = await import("@/lib/stories/errors");
const { parseImportFile, validateImportRows } = await import("@/lib/stories/transfer");
const { storyInputSchema } = await import("@/lib/stories/schema");

afterAll(async () => {
  await db.$disconnect();
});

const story = (n: number) => storyInputSchema.parse({ title: `Story ${n}`, text: `I rebuilt rota ${n} and walked the team through it.` });

function importable(count: number) {
  const csv = ["title,text", ...Array.from({ length: count }, (_, i) => `Imported ${i},I fixed queue ${i} with the night team.`)].join("\n");
  const parsed = parseImportFile(csv, { name: "bank.csv" });
  if ("error" in parsed) throw new Error(parsed.error);
  const result = validateImportRows(parsed.rows);
  if ("errors" in result) throw new Error(result.errors.join("\n"));
  return result.stories;
}

describe("the bank's size limit (MAX_STORIES_PER_USER)", () => {
  it("adds examples only up to the limit, refuses an import that would pass it (writing none of it), and refuses one more story", async () => {
    await db.user.create({ data: { id: "full", name: "full", email: "full@example.com" } });
    for (let n = 1; n <= 4; n++) await insertStory("full", story(n));
    expect(await addExampleStories("full")).toBe(4);
    expect(await db.story.count({ where: { userId: "full" } })).toBe(8);
    const refused = insertStory("full", story(9));
    await expect(refused).rejects.toBeInstanceOf(BankFullError);
    await expect(refused).rejects.toThrow(/holds 8 stories, the most it can keep/);

    await db.story.deleteMany({ where: { userId: "full", title: { in: ["Story 1", "Story 2"] } } });
    const tooMany = importStories("full", importable(3));
    await expect(tooMany).rejects.toThrow(/This adds 3 stories, but your bank has room for 2 more/);
    expect(await db.story.count({ where: { userId: "full" } })).toBe(6);
    expect((await importStories("full", importable(2))).imported).toBe(2);
    expect(await db.story.count({ where: { userId: "full" } })).toBe(8);
  });

  it("counts each account apart", async () => {
    await db.user.create({ data: { id: "other", name: "other", email: "other@example.com" } });
    await expect(insertStory("other", story(1))).resolves.toMatchObject({ title: "Story 1" });
  });
});
