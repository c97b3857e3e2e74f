import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { db } = await import("@/lib/db/client");
const { insertStory } = await import("@/lib/stories/mutations");
const { listBankForExport } = await import("@/lib/stories/queries");
const { importStories } = await import("@/lib/stories/import");
const { MAX_IMPORT_REVISIONS, MAX_REVISIONS_PER_STORY, toJsonExport, validateImportRows, validateImportRowsPaced } = await import("@/lib/stories/transfer");
const { storyInputSchema } = await import("@/lib/stories/schema");

const TEXT = "At a 40-person clinic, I rebuilt the rota in Excel with the two shift leads, so overtime fell 30% within a quarter.";

function stories(count: number, revisions = 0) {
  return Array.from({ length: count }, (_, i) => {
    const input = storyInputSchema.parse({ title: `Story ${i}`, text: `${TEXT} (${i})` });
    return {
      input,
      version: Math.max(1, revisions),
      revisions: Array.from({ length: revisions }, (_, v) => ({ input, version: v + 1, autosave: false })),
    };
  });
}

beforeAll(async () => {
  for (const id of ["importer", "bystander", "broken", "paced"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("import limits", () => {
  const rows = (count: number, revisionsEach: number) =>
    Array.from({ length: count }, (_, i) => ({
      row: i + 1,
      data: { title: `S${i}`, text: TEXT, revisions: Array.from({ length: revisionsEach }, (_, v) => ({ version: v + 1, title: `S${i}`, text: TEXT })) },
    }));

  it("refuses a story with more revisions than the limit, before anything is written", () => {
    const result = validateImportRows(rows(1, MAX_REVISIONS_PER_STORY + 1));
    expect("errors" in result && result.errors.join(" ")).toMatch(/at most 100 per story/);
  });

  it("refuses a file with more revisions in all than the limit", () => {
    const perStory = MAX_REVISIONS_PER_STORY;
    const result = validateImportRows(rows(Math.ceil(MAX_IMPORT_REVISIONS / perStory) + 1, perStory));
    expect("errors" in result && result.errors.join(" ")).toMatch(/import at most 20,000/);
  });
});

describe("importStories in bounded batches", () => {
  it("leaves nothing behind when a batch fails partway", async () => {
    const batch = stories(60);
    // Two revisions with one version: the database refuses the batch that holds story 45.
    const bad = batch[45]!;
    bad.revisions = [
      { input: bad.input, version: 1, autosave: false },
      { input: bad.input, version: 1, autosave: false },
    ];
    await expect(importStories("broken", batch)).rejects.toThrow();
    expect(await db.story.count({ where: { userId: "broken" } })).toBe(0);
    expect(await db.story.count()).toBe(0);
    expect(await db.user.count({ where: { email: { endsWith: "@import.invalid" } } })).toBe(0);
  });

  it("lets another user's save through while a large import runs, and shows the import only when complete", async () => {
    let importDone = 0;
    const running = importStories("importer", stories(150, 2)).then(() => (importDone = performance.now()));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.story.count({ where: { userId: "importer" } })).toBe(0);
    const saved = await insertStory("bystander", storyInputSchema.parse({ title: "Mine", text: TEXT }));
    const savedAt = performance.now();
    await running;
    expect(saved.id).toBeTruthy();
    expect(savedAt).toBeLessThan(importDone);
    expect(await db.story.count({ where: { userId: "importer" } })).toBe(150);
    expect(await db.revision.count({ where: { story: { userId: "importer" } } })).toBe(300);
  });

  it("paces the work: a pause after every grading and a turn of the event loop after every batch", async () => {
    const calls: { always: boolean }[] = [];
    const pause = Object.assign((options?: { always?: boolean }) => {
      calls.push({ always: options?.always === true });
      return Promise.resolve();
    }, { pausedMs: 0 });
    const batch = stories(30, 2);
    // One revision with text of its own: graded on import, so one more pause.
    batch[0]!.revisions[0] = { ...batch[0]!.revisions[0]!, input: storyInputSchema.parse({ title: "Story 0", text: `${TEXT} An earlier draft.` }) };
    await importStories("paced", batch, { pause });
    expect(calls.filter((call) => !call.always)).toHaveLength(31);
    expect(calls.filter((call) => call.always)).toHaveLength(3);
    expect(await db.story.count({ where: { userId: "paced" } })).toBe(30);
  });

  it("validates with a pause after every row", async () => {
    let pauses = 0;
    const rows = Array.from({ length: 12 }, (_, i) => ({ row: i + 1, data: { title: `S${i}`, text: TEXT } }));
    const result = await validateImportRowsPaced(rows, () => {
      pauses += 1;
      return Promise.resolve();
    });
    expect(pauses).toBe(12);
    expect(result).toEqual(validateImportRows(rows));
  });

  it("keeps the imported dates", async () => {
    const [one] = stories(1);
    await importStories("bystander", [{ ...one!, createdAt: new Date("2020-01-02T03:04:05Z"), updatedAt: new Date("2021-01-02T03:04:05Z") }]);
    const row = await db.story.findFirst({ where: { userId: "bystander", createdAt: new Date("2020-01-02T03:04:05Z") } });
    expect(row?.updatedAt.toISOString()).toBe("2021-01-02T03:04:05.000Z");
  });
});

describe("the JSON export in pieces", () => {
  it("is byte for byte what JSON.stringify(bank, null, 2) gives", async () => {
    const bank = await listBankForExport("importer");
    const exportedAt = "2026-01-01T00:00:00.000Z";
    expect(toJsonExport(bank, exportedAt)).toBe(JSON.stringify({ format: "storybank", version: 1, exportedAt, stories: bank }, null, 2));
    expect(toJsonExport([], exportedAt)).toBe(JSON.stringify({ format: "storybank", version: 1, exportedAt, stories: [] }, null, 2));
  });
});
