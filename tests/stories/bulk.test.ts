import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { bulkActionSchema, exportIdsSchema, MAX_BULK_IDS } from "@/lib/stories/bulk-schema";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { db } = await import("@/lib/db/client");
const { insertStory, patchStory } = await import("@/lib/stories/mutations");
const { deleteStories, getPendingUndo, purgeExpiredUndo, tagStories, undoBulk } = await import("@/lib/stories/bulk");
const { StoryConflictError, StoryNotFoundError } = await import("@/lib/stories/errors");
const { listBankFacets } = await import("@/lib/stories/queries");
const { storyInputSchema } = await import("@/lib/stories/schema");

const TEXT = "At a 40-person clinic, I rebuilt the rota in Excel with the two shift leads, so overtime fell 30% within a quarter.";

/** A snapshot without the stories' versions: a tag change and its undo each move the version on (never back). */
async function contentSnapshot(userId: string) {
  return (await snapshot(userId)).map(({ version: _version, ...rest }) => rest);
}

/** Everything stored for a user's stories, in a stable order: the exact-equality check of a round trip. */
async function snapshot(userId: string) {
  return db.story.findMany({
    where: { userId },
    orderBy: { id: "asc" },
    include: { tags: { orderBy: { tag: "asc" } }, skills: { orderBy: [{ kind: "asc" }, { name: "asc" }] }, revisions: { orderBy: { version: "asc" } } },
  });
}

async function addStories(userId: string, count: number, tags: string[] = []) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const story = await insertStory(userId, storyInputSchema.parse({ title: `Story ${i}`, text: `${TEXT} Week ${i}.`, tags }));
    // A second revision, so history has something to lose.
    await patchStory(userId, story.id, { version: 1, text: `${TEXT} Week ${i}, revised.` });
    ids.push(story.id);
  }
  return ids;
}

beforeAll(async () => {
  for (const id of ["owner", "other"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("bulkActionSchema", () => {
  it("accepts a delete of a few ids and removes repeats", () => {
    expect(bulkActionSchema.parse({ action: "delete", ids: ["a", "b", "a"] })).toEqual({ action: "delete", ids: ["a", "b"] });
  });

  it("refuses more ids than the limit, none, an unknown action and a tag with a comma", () => {
    expect(bulkActionSchema.safeParse({ action: "delete", ids: Array.from({ length: MAX_BULK_IDS + 1 }, (_, i) => `s${i}`) }).success).toBe(false);
    expect(bulkActionSchema.safeParse({ action: "delete", ids: [] }).success).toBe(false);
    expect(bulkActionSchema.safeParse({ action: "rename", ids: ["a"] }).success).toBe(false);
    expect(bulkActionSchema.safeParse({ action: "tag", ids: ["a"], tag: "a,b" }).success).toBe(false);
    expect(bulkActionSchema.safeParse({ action: "delete", ids: ["a'; DROP TABLE"] }).success).toBe(false);
  });

  it("lower-cases and trims a tag", () => {
    expect(bulkActionSchema.parse({ action: "tag", ids: ["a"], tag: "  Leadership " })).toEqual({ action: "tag", ids: ["a"], tag: "leadership" });
  });

  it("reads an export selection from a comma-separated list, bounded", () => {
    expect(exportIdsSchema.parse("a,b,,c")).toEqual(["a", "b", "c"]);
    expect(exportIdsSchema.safeParse(Array.from({ length: MAX_BULK_IDS + 1 }, (_, i) => `s${i}`).join(",")).success).toBe(false);
  });
});

describe("deleteStories and undoBulk", () => {
  it("restores deleted stories exactly: same ids, tags, skills, revisions and grades", async () => {
    const ids = await addStories("owner", 4, ["clinic", "rota"]);
    const before = await snapshot("owner");
    const result = await deleteStories("owner", ids.slice(0, 3));
    expect(result.changed).toBe(3);
    expect((await snapshot("owner")).map((story) => story.id)).toEqual([ids[3]]);

    const undone = await undoBulk("owner", result.undo!.id);
    expect(undone).toEqual({ action: "delete", restored: 3 });
    expect(await snapshot("owner")).toEqual(before);
    expect(await db.user.count({ where: { email: { endsWith: "@undo.invalid" } } })).toBe(0);
  });

  it("changes nothing when one id belongs to someone else, and says not found", async () => {
    const mine = await addStories("owner", 1);
    const theirs = await addStories("other", 1);
    const before = [await snapshot("owner"), await snapshot("other")];
    await expect(deleteStories("owner", [mine[0]!, theirs[0]!])).rejects.toBeInstanceOf(StoryNotFoundError);
    await expect(tagStories("owner", [mine[0]!, theirs[0]!], "stolen")).rejects.toBeInstanceOf(StoryNotFoundError);
    await expect(deleteStories("owner", ["no-such-story"])).rejects.toBeInstanceOf(StoryNotFoundError);
    expect([await snapshot("owner"), await snapshot("other")]).toEqual(before);
  });

  it("lets only the owner undo, and only once", async () => {
    const ids = await addStories("owner", 1);
    const { undo } = await deleteStories("owner", ids);
    await expect(undoBulk("other", undo!.id)).rejects.toBeInstanceOf(StoryNotFoundError);
    await undoBulk("owner", undo!.id);
    await expect(undoBulk("owner", undo!.id)).rejects.toBeInstanceOf(StoryNotFoundError);
  });

  it("keeps only the last action: a second delete makes the first final", async () => {
    const ids = await addStories("owner", 2);
    const first = await deleteStories("owner", [ids[0]!]);
    await deleteStories("owner", [ids[1]!]);
    await expect(undoBulk("owner", first.undo!.id)).rejects.toBeInstanceOf(StoryNotFoundError);
    expect(await db.story.count({ where: { id: ids[0]! } })).toBe(0);
    expect(await db.user.count({ where: { email: { endsWith: "@undo.invalid" } } })).toBe(1);
  });

  it("deletes for good after 15 minutes", async () => {
    const ids = await addStories("owner", 1);
    const start = new Date();
    const { undo } = await deleteStories("owner", ids, start);
    expect((await getPendingUndo("owner", start))?.count).toBe(1);
    const later = new Date(start.getTime() + 16 * 60 * 1000);
    await expect(undoBulk("owner", undo!.id, later)).rejects.toBeInstanceOf(StoryNotFoundError);
    expect(await purgeExpiredUndo(later)).toBeGreaterThan(0);
    expect(await db.story.count({ where: { id: ids[0]! } })).toBe(0);
    expect(await db.revision.count({ where: { storyId: ids[0]! } })).toBe(0);
    expect(await getPendingUndo("owner", later)).toBeNull();
  });
});

describe("tagStories and undoBulk", () => {
  it("adds a tag to the stories without it and Undo removes it only from those", async () => {
    const [tagged, plain1, plain2] = await addStories("other", 3);
    await tagStories("other", [tagged!], "night");
    const before = await snapshot("other");
    const result = await tagStories("other", [tagged!, plain1!, plain2!], "night");
    expect(result.changed).toBe(2);
    expect((await listBankFacets("other")).tags).toContain("night");
    const tagsOf = async (id: string) => (await db.storyTag.findMany({ where: { storyId: id } })).map((row) => row.tag);
    expect(await tagsOf(plain1!)).toEqual(["night"]);

    await undoBulk("other", result.undo!.id);
    expect(await tagsOf(tagged!)).toEqual(["night"]);
    const after = await snapshot("other");
    expect(after.map(({ version: _v, ...rest }) => rest)).toEqual(before.map(({ version: _v, ...rest }) => rest));
    // The two changed stories moved on two versions (the tag, its undo); the untouched one did not.
    const moved = (id: string) => after.find((a) => a.id === id)!.version - before.find((b) => b.id === id)!.version;
    expect([tagged!, plain1!, plain2!].map(moved)).toEqual([0, 2, 2]);
  });

  it("removes a tag and Undo puts it back on the stories that had it", async () => {
    const ids = await addStories("owner", 2, ["draft"]);
    const plain = await addStories("owner", 1);
    const before = await contentSnapshot("owner");
    const result = await tagStories("owner", [...ids, ...plain], "draft", { remove: true });
    expect(result.changed).toBe(2);
    expect(await db.storyTag.count({ where: { storyId: { in: ids }, tag: "draft" } })).toBe(0);
    await undoBulk("owner", result.undo!.id);
    expect(await contentSnapshot("owner")).toEqual(before);
  });

  it("undoes a tag removal on a story that got the tag back (or filled its 20 tags) since, without a crash or a 21st tag", async () => {
    const [retagged, full, untouched] = await addStories("owner", 3, ["cold"]);
    const result = await tagStories("owner", [retagged!, full!, untouched!], "cold", { remove: true });
    expect(result.changed).toBe(3);
    // Saved again from the editor since: one has the tag back, one has 20 other tags.
    const current = async (id: string) => (await db.story.findUniqueOrThrow({ where: { id } })).version;
    await patchStory("owner", retagged!, { version: await current(retagged!), tags: ["cold", "warm"] });
    await patchStory("owner", full!, { version: await current(full!), tags: Array.from({ length: 20 }, (_, i) => `f${i}`) });

    await expect(undoBulk("owner", result.undo!.id)).resolves.toEqual({ action: "untag", restored: 3 });
    const tagsOf = async (id: string) => (await db.storyTag.findMany({ where: { storyId: id }, orderBy: { tag: "asc" } })).map((row) => row.tag);
    expect(await tagsOf(retagged!)).toEqual(["cold", "warm"]);
    expect(await tagsOf(full!)).toHaveLength(20);
    expect(await tagsOf(full!)).not.toContain("cold");
    expect(await tagsOf(untouched!)).toEqual(["cold"]);
  });

  it("is a new version, so a save from an editor opened before it is a conflict, not a silent overwrite", async () => {
    const [id] = await addStories("owner", 1);
    await tagStories("owner", [id!], "urgent");
    await expect(patchStory("owner", id!, { version: 2, tags: [] })).rejects.toBeInstanceOf(StoryConflictError);
    expect((await db.storyTag.findMany({ where: { storyId: id! } })).map((row) => row.tag)).toEqual(["urgent"]);
  });

  it("changes nothing and offers no undo when every story has the tag already", async () => {
    const ids = await addStories("owner", 1, ["done"]);
    expect(await tagStories("owner", ids, "done")).toEqual({ action: "tag", changed: 0, undo: null });
  });

  it("leaves a story with 20 tags alone", async () => {
    const tags = Array.from({ length: 20 }, (_, i) => `t${i}`);
    const ids = await addStories("owner", 1, tags);
    expect((await tagStories("owner", ids, "one-more")).changed).toBe(0);
  });
});

describe("purgeExpiredUndo", () => {
  it("removes a holder left without its undo record only when asked to sweep", async () => {
    const old = new Date(Date.now() - 60 * 60 * 1000);
    await db.user.create({ data: { id: "undo-orphan", name: "orphan", email: "undo-orphan@undo.invalid", createdAt: old } });
    await purgeExpiredUndo(new Date());
    expect(await db.user.count({ where: { id: "undo-orphan" } })).toBe(1);
    await purgeExpiredUndo(new Date(), { sweep: true });
    expect(await db.user.count({ where: { id: "undo-orphan" } })).toBe(0);
  });
});
