import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { classifyDuplicates, importQuerySchema, normaliseStoryText, parseImportFile, summariseDuplicates, validateImportRows } from "@/lib/stories/transfer";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { db } = await import("@/lib/db/client");
const { insertStory } = await import("@/lib/stories/mutations");
const { findDuplicates, storyFingerprint } = await import("@/lib/stories/duplicates");
const { storyInputSchema } = await import("@/lib/stories/schema");

const TEXT = "On a 30-bed ward, I set up a bedside handover checklist with the night nurses, so handover errors fell 40% in two months.";

function fileStories(content: string, name: string) {
  const parsed = parseImportFile(content, { name });
  if ("error" in parsed) throw new Error(parsed.error);
  const result = validateImportRows(parsed.rows);
  if ("errors" in result) throw new Error(result.errors.join("\n"));
  return result.stories;
}

describe("normaliseStoryText", () => {
  it("makes every run of whitespace one space and trims the ends", () => {
    expect(normaliseStoryText("  I led\n\nthe   team.\t\r\nWe shipped. ")).toBe("I led the team. We shipped.");
  });

  it("folds composed and decomposed accents together", () => {
    expect(normaliseStoryText("Caf\u0065\u0301 rota")).toBe(normaliseStoryText("Caf\u00e9 rota"));
  });

  it("keeps case and punctuation, which are edits", () => {
    expect(normaliseStoryText("Errors fell 40%.")).not.toBe(normaliseStoryText("errors fell 40%"));
  });
});

describe("classifyDuplicates", () => {
  const bank = { ids: new Set(["s1"]), keys: new Set(["known"]) };

  it("names a row whose id is one of the user's stories, whatever its text", () => {
    expect(classifyDuplicates([{ id: "s1", key: "new text" }], bank)).toEqual(["same-id"]);
  });

  it("names a row whose text is in the bank, and leaves a new one alone", () => {
    expect(classifyDuplicates([{ key: "known" }, { key: "fresh" }], bank)).toEqual(["in-bank", null]);
  });

  it("keeps the first of two rows with the same text and names the second as repeated", () => {
    expect(classifyDuplicates([{ key: "fresh" }, { id: "other", key: "fresh" }], bank)).toEqual([null, "repeated"]);
  });

  it("counts duplicates in the bank and repeats in the file separately", () => {
    expect(summariseDuplicates(["same-id", "in-bank", "repeated", null, null])).toEqual({ stories: 5, duplicates: 3, inBank: 2, repeated: 1 });
  });
});

describe("importQuerySchema", () => {
  it("skips duplicates unless told otherwise", () => {
    expect(importQuerySchema.parse({})).toEqual({ duplicates: "skip", preview: false });
    expect(importQuerySchema.parse({ duplicates: "keep", preview: "1" })).toEqual({ duplicates: "keep", preview: true });
  });

  it("refuses a choice that is neither skip nor keep", () => {
    expect(importQuerySchema.safeParse({ duplicates: "merge" }).success).toBe(false);
  });
});

describe("findDuplicates", () => {
  let existingId = "";
  beforeAll(async () => {
    for (const id of ["nurse", "stranger"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
    existingId = (await insertStory("nurse", storyInputSchema.parse({ title: "Handover checklist", text: TEXT }))).id;
    await insertStory("stranger", storyInputSchema.parse({ title: "Someone else's", text: "I rebuilt the rota in Excel, so overtime fell 30%." }));
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("finds a story whose text differs only in spacing and whose title changed", async () => {
    const csv = `title,text\nNew title,"${TEXT.replace(/ /g, "  ").replace(", so", ",\nso")}"\nAnother,I cut the build from 20 to 8 minutes.\n`;
    expect(await findDuplicates("nurse", fileStories(csv, "stories.csv"))).toEqual(["in-bank", null]);
  });

  it("finds a story in four STAR boxes whose joined text is in the bank", async () => {
    const [situation, rest] = TEXT.split(", I ");
    const json = JSON.stringify([{ title: "Boxes", format: "star", parts: { situation: `${situation},`, action: `I ${rest}` } }]);
    expect(await findDuplicates("nurse", fileStories(json, "bank.json"))).toEqual(["in-bank"]);
  });

  it("finds a story by its id, only among the user's own stories", async () => {
    const json = JSON.stringify([{ id: existingId, title: "Same id", text: "A text that is new." }]);
    expect(await findDuplicates("nurse", fileStories(json, "bank.json"))).toEqual(["same-id"]);
    expect(await findDuplicates("stranger", fileStories(json, "bank.json"))).toEqual([null]);
  });

  it("never matches another user's text", async () => {
    const json = JSON.stringify([{ title: "Rota", text: "I rebuilt the rota in Excel, so overtime fell 30%." }]);
    expect(await findDuplicates("nurse", fileStories(json, "bank.json"))).toEqual([null]);
  });

  it("reads a bank larger than one batch, pausing between batches", async () => {
    await db.user.create({ data: { id: "large", name: "large", email: "large@example.com" } });
    const rows = Array.from({ length: 2_100 }, (_, i) => ({ id: `large-${String(i).padStart(5, "0")}`, userId: "large", title: `S${i}`, role: "general", stage: "mid", text: `Story number ${i}.`, graderVersion: "x", overallScore: 0, band: "weak", integrationScore: 0, contextScore: 0, resultScore: 0, integrationLevel: 0, contextLevel: 0, resultLevel: 0 }));
    await db.story.createMany({ data: rows });
    let pauses = 0;
    const file = [{ id: "x", input: { text: "Story   number 2099." } }, { input: { text: "Story number 5." } }, { input: { text: "Story number 9999." } }];
    const reasons = await findDuplicates("large", file, () => {
      pauses += 1;
      return Promise.resolve();
    });
    expect(reasons).toEqual(["in-bank", "in-bank", null]);
    expect(pauses).toBe(2);
  });

  it("fingerprints equal texts alike and different texts apart", () => {
    expect(storyFingerprint(" a  b ")).toBe(storyFingerprint("a b"));
    expect(storyFingerprint("a b")).not.toBe(storyFingerprint("a c"));
  });
});
