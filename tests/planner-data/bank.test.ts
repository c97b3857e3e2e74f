import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { TEXTS } from "../planner/helpers";
import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { db } = await import("@/lib/db/client");
const { insertStory, patchStory } = await import("@/lib/stories/mutations");
const { storyInputSchema } = await import("@/lib/stories/schema");
const { GRADER_VERSION } = await import("@/lib/grader");
const { gradeAndSummarise } = await import("@/lib/planner");
const { loadBank } = await import("@/lib/planner-data/queries");
const { decodeSummary, encodeSummary } = await import("@/lib/planner");
const { removeStory } = await import("@/lib/stories/mutations");

const input = (fields: Record<string, unknown>) => storyInputSchema.parse(fields);

beforeAll(async () => {
  for (const id of ["alice", "bob", "carol", "dave", "erin"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("decodeSummary", () => {
  const summary = { id: "s1", title: "T" } as never;

  it("reads a summary stored by this grader for this story version", () => {
    expect(decodeSummary(encodeSummary(summary, 3), 3)).toEqual(summary);
  });

  it("treats an empty, unreadable, older-grader or older-version summary as stale", () => {
    expect(decodeSummary("", 1)).toBeNull();
    expect(decodeSummary("{not json", 1)).toBeNull();
    expect(decodeSummary(encodeSummary(summary, 1, "grader-0"), 1)).toBeNull();
    expect(decodeSummary(encodeSummary(summary, 1), 2)).toBeNull();
  });

  it("treats a summary stored before the situations were added (no format mark) as stale", () => {
    expect(decodeSummary(JSON.stringify({ v: GRADER_VERSION, sv: 1, s: summary }), 1)).toBeNull();
  });
});

describe("loadBank", () => {
  it("summarises stories without a summary, stores them and keeps updatedAt", async () => {
    const story = await insertStory("alice", input({ title: "Churn", text: TEXTS.churn, role: "technical" }));
    const before = await db.story.findUniqueOrThrow({ where: { id: story.id }, select: { summary: true, updatedAt: true } });
    expect(before.summary).toBe("");

    const bank = await loadBank("alice");
    expect(bank.map((s) => s.id)).toEqual([story.id]);
    expect(bank[0]?.hardSkills.length).toBeGreaterThan(0);

    const after = await db.story.findUniqueOrThrow({ where: { id: story.id }, select: { summary: true, updatedAt: true } });
    expect(decodeSummary(after.summary, 1)).toEqual(bank[0]);
    expect(JSON.parse(after.summary)).toMatchObject({ v: GRADER_VERSION, sv: 1 });
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
  });

  it("reads a stored summary without grading again", async () => {
    const story = await insertStory("carol", input({ title: "Indexes", text: TEXTS.indexes, role: "technical" }));
    const fake = { ...gradeAndSummarise(story), summary: "stored line" };
    await db.story.update({ where: { id: story.id }, data: { summary: encodeSummary(fake, 1) } });
    expect((await loadBank("carol"))[0]?.summary).toBe("stored line");
  });

  it("summarises an edited story again", async () => {
    const [story] = await db.story.findMany({ where: { userId: "carol" }, select: { id: true } });
    await patchStory("carol", story!.id, { version: 1, text: TEXTS.mentor });
    const [summary] = await loadBank("carol");
    expect(summary?.summary).not.toBe("stored line");
    expect(summary?.softFamilies).toContain("leadership");
  });

  it("summarises again when the stored grader version is stale", async () => {
    const story = await insertStory("dave", input({ title: "Churn", text: TEXTS.churn }));
    const old = { ...gradeAndSummarise(story), summary: "old" };
    await db.story.update({ where: { id: story.id }, data: { summary: encodeSummary(old, 1, "grader-0") } });
    const [summary] = await loadBank("dave");
    expect(summary?.summary).not.toBe("old");
    expect(JSON.parse((await db.story.findUniqueOrThrow({ where: { id: story.id } })).summary)).toMatchObject({ v: GRADER_VERSION });
  });

  it("loads only the user's own stories, in batches past the batch size", async () => {
    const many = Array.from({ length: 205 }, (_, i) => ({
      userId: "alice",
      title: `Bulk ${i}`,
      role: "general",
      stage: "mid",
      text: TEXTS.excel,
      graderVersion: "old",
      overallScore: 0,
      band: "weak",
      integrationScore: 0,
      contextScore: 0,
      resultScore: 0,
      integrationLevel: 0,
      contextLevel: 0,
      resultLevel: 0,
    }));
    await db.story.createMany({ data: many });
    const bank = await loadBank("alice");
    expect(bank).toHaveLength(206);
    expect(bank.every((s) => s.title === "Churn" || s.title.startsWith("Bulk"))).toBe(true);
    const empty = await db.story.count({ where: { userId: "alice", summary: "" } });
    expect(empty).toBe(0);
  });

  it("returns the bank from memory until a story is added, edited or deleted", async () => {
    const first = await loadBank("bob");
    expect(await loadBank("bob")).toBe(first);
    const added = await insertStory("bob", input({ title: "Excel", text: TEXTS.excel }));
    const second = await loadBank("bob");
    expect(second).not.toBe(first);
    expect(second).toHaveLength(first.length + 1);
    await patchStory("bob", added.id, { version: 1, title: "Excel close" });
    const third = await loadBank("bob");
    expect(third.find((s) => s.id === added.id)?.title).toBe("Excel close");
    await removeStory("bob", added.id);
    expect((await loadBank("bob")).map((s) => s.id)).toEqual(first.map((s) => s.id));
  });

  it("notices a story deleted while an older-dated one was imported", async () => {
    const before = await loadBank("bob");
    const gone = await insertStory("bob", input({ title: "Short-lived", text: TEXTS.excel }));
    await loadBank("bob");
    await removeStory("bob", gone.id);
    const old = new Date("2020-01-01T00:00:00Z");
    const imported = await insertStory("bob", input({ title: "Imported", text: TEXTS.mediate }));
    await db.story.update({ where: { id: imported.id }, data: { updatedAt: old, createdAt: old } });
    const ids = (await loadBank("bob")).map((s) => s.id);
    expect(ids).toContain(imported.id);
    expect(ids).not.toContain(gone.id);
    expect(ids).toHaveLength(before.length + 1);
  });

  it("after edits, merges the changed stories into the bank it holds: the same bank as a fresh read", async () => {
    const texts = [TEXTS.churn, TEXTS.mentor, TEXTS.excel, TEXTS.indexes, TEXTS.mediate];
    const stories: Awaited<ReturnType<typeof insertStory>>[] = [];
    for (let i = 0; i < 8; i++) stories.push(await insertStory("erin", input({ title: `Story ${i}`, text: texts[i % texts.length] })));
    const fresh = async () => {
      (globalThis as unknown as { storybankPlannerBanks: Map<string, unknown> }).storybankPlannerBanks.delete("erin");
      return loadBank("erin");
    };
    const first = await loadBank("erin");

    // One story edited: a new bank, equal to a fresh read, sharing every other story's summary.
    const edited = stories[3]!;
    await patchStory("erin", edited.id, { version: 1, title: "Renamed", text: TEXTS.mentor });
    const second = await loadBank("erin");
    expect(second).not.toBe(first);
    expect(second.find((s) => s.id === edited.id)).toMatchObject({ title: "Renamed", summary: gradeAndSummarise({ ...edited, title: "Renamed", text: TEXTS.mentor }).summary });
    second.forEach((s, i) => {
      if (s.id !== edited.id) expect(s).toBe(first[i]);
    });
    expect(await loadBank("erin")).toBe(second);
    const secondFresh = await fresh();
    expect(secondFresh).toEqual(second);

    // Two more saves and a new story, then a title-only save.
    await patchStory("erin", stories[0]!.id, { version: 1, title: "First again" });
    await patchStory("erin", stories[7]!.id, { version: 1, text: TEXTS.churn });
    const added = await insertStory("erin", input({ title: "Added", text: TEXTS.excel }));
    const third = await loadBank("erin");
    expect(third.map((s) => s.id)).toEqual([...stories.map((s) => s.id), added.id].sort());
    expect(third.find((s) => s.id === added.id)?.title).toBe("Added");
    expect(third.find((s) => s.id === stories[0]!.id)?.title).toBe("First again");
    expect(third.find((s) => s.id === edited.id)).toBe(secondFresh.find((s) => s.id === edited.id));
    await patchStory("erin", edited.id, { version: 2, title: "Renamed twice" });
    const fourth = await loadBank("erin");
    expect(fourth.find((s) => s.id === edited.id)?.title).toBe("Renamed twice");
    expect(await fresh()).toEqual(fourth);

    // A deletion does not add up to the fingerprint's count: the full check finds it.
    await removeStory("erin", stories[5]!.id);
    const fifth = await loadBank("erin");
    expect(fifth.map((s) => s.id)).not.toContain(stories[5]!.id);
    expect(await fresh()).toEqual(fifth);
  });
});
