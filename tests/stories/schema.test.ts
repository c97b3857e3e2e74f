import { describe, expect, it } from "vitest";

import { fieldErrors, storyInputSchema, storyListQuerySchema, storyPatchSchema } from "@/lib/stories/schema";

const STORY = { title: "Refunds", text: "I cut refunds from 9% to 5.6% of orders." };

describe("storyInputSchema", () => {
  it("accepts a free-text story and fills the defaults", () => {
    const story = storyInputSchema.parse(STORY);
    expect(story).toMatchObject({ role: "general", stage: "mid", format: "free", tags: [] });
  });

  it("drops invisible control characters (a NUL) and keeps a pasted vertical tab as a line break, so what is stored is what is shown", () => {
    const story = storyInputSchema.parse({
      title: "Visible\u0000HIDDEN",
      text: "Short.\u0000 The rest.\u000bNext line\tand a tab.",
      tags: ["ops\u0007"],
      format: "free",
    });
    expect(story.title).toBe("VisibleHIDDEN");
    expect(story.text).toBe("Short. The rest.\nNext line\tand a tab.");
    expect(story.tags).toEqual(["ops"]);
    const star = storyInputSchema.parse({ title: "x", format: "star", parts: { situation: "A\u0000B", task: "", action: "", result: "" } });
    expect(star.parts?.situation).toBe("AB");
    expect(storyInputSchema.safeParse({ title: "\u0000\u0001", text: "x" }).success).toBe(false);
  });

  it("returns field errors when the title is empty and the text is missing", () => {
    const result = storyInputSchema.safeParse({ title: "   " });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrors(result.error);
    expect(errors.title?.length).toBeGreaterThan(0);
  });

  it("returns a field error when the text is blank", () => {
    const result = storyInputSchema.safeParse({ title: "x", text: " \n " });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error).text?.length).toBeGreaterThan(0);
  });

  it("enforces the limits: title 200, text 20,000 characters, 20 tags", () => {
    const tooLong = storyInputSchema.safeParse({ title: "t".repeat(201), text: "x".repeat(20_001), tags: Array.from({ length: 21 }, (_, i) => `t${i}`) });
    expect(tooLong.success).toBe(false);
    if (tooLong.success) return;
    const errors = fieldErrors(tooLong.error);
    expect(Object.keys(errors).sort()).toEqual(["tags", "text", "title"]);
    expect(storyInputSchema.safeParse({ title: "t".repeat(200), text: "x".repeat(20_000) }).success).toBe(true);
  });

  it("rejects an unknown role or stage", () => {
    const result = storyInputSchema.safeParse({ ...STORY, role: "astronaut", stage: "ancient" });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrors(result.error)).sort()).toEqual(["role", "stage"]);
  });

  it("normalises tags from a comma-separated string: trimmed, lower-cased, unique", () => {
    expect(storyInputSchema.parse({ ...STORY, tags: " Data, SQL ,data,, " }).tags).toEqual(["data", "sql"]);
  });

  it("derives the text of a four-box story from its parts", () => {
    const story = storyInputSchema.parse({
      title: "Boxes",
      format: "star",
      parts: { situation: "Tickets piled up.", task: "", action: "I wrote guides.", result: "Tickets fell 41%." },
    });
    expect(story.text).toContain("Tickets piled up.");
    expect(story.text).toContain("Tickets fell 41%.");
    expect(story.text.indexOf("I wrote guides.")).toBeGreaterThan(story.text.indexOf("Tickets piled up."));
  });
});

describe("storyPatchSchema", () => {
  it("requires the version the edit started from", () => {
    const result = storyPatchSchema.safeParse({ title: "New" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error).version?.length).toBeGreaterThan(0);
    expect(storyPatchSchema.parse({ title: "New", version: 3 })).toMatchObject({ title: "New", version: 3 });
  });

  it("takes the four parts only with format star (and the reverse), so the joined text is derived and held to its limit", () => {
    const part = "I walked the team through the new rota. ".repeat(500).slice(0, 19_990);
    const parts = { situation: part, task: part, action: part, result: part };
    // Without the format, the parts were stored as they came (80,000 characters) beside a stale text.
    const alone = storyPatchSchema.safeParse({ version: 1, parts });
    expect(alone.success).toBe(false);
    if (!alone.success) expect(fieldErrors(alone.error).format).toEqual(['Send "format": "star" with the four parts.']);
    const tooLong = storyPatchSchema.safeParse({ version: 1, format: "star", parts });
    expect(tooLong.success).toBe(false);
    if (!tooLong.success) expect(fieldErrors(tooLong.error).parts).toEqual(["Keep the story under 20,000 characters."]);
    const noParts = storyPatchSchema.safeParse({ version: 1, format: "star" });
    expect(noParts.success).toBe(false);
    if (!noParts.success) expect(fieldErrors(noParts.error).parts).toEqual(['Send the four parts with "format": "star".']);
    expect(storyPatchSchema.parse({ version: 1, format: "star", parts: { situation: "Tickets piled up.", action: "I wrote guides." } }).text).toBe("Tickets piled up.\n\nI wrote guides.");
  });
});

describe("storyListQuerySchema", () => {
  it("falls back to defaults for nonsense query values instead of failing", () => {
    expect(storyListQuerySchema.parse({ sort: "drop table", page: "-4", band: "great" })).toMatchObject({ sort: "updated", page: 1, band: undefined });
  });
});
