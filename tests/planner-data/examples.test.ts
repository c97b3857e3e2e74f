import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { TEXTS } from "../planner/helpers";
import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { db } = await import("@/lib/db/client");
const { insertStory } = await import("@/lib/stories/mutations");
const { storyInputSchema } = await import("@/lib/stories/schema");
const { addExampleStories, importStories } = await import("@/lib/stories/import");
const { EXAMPLE_STORIES } = await import("@/lib/stories/examples");
const { listBankForExport } = await import("@/lib/stories/queries");
const { validateImportRows } = await import("@/lib/stories/transfer");
const { loadBank, loadPlannerState } = await import("@/lib/planner-data/queries");
const { upsertProfile } = await import("@/lib/planner-data/mutations");

beforeAll(async () => {
  for (const id of ["nora", "omar", "pia"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("addExampleStories", () => {
  it("adds the examples to a bank that already has stories, marked as examples, and skips them the second time", async () => {
    const own = await insertStory("nora", storyInputSchema.parse({ title: "My own", text: TEXTS.mentor, role: "leadership" }));
    expect(own.example).toBe(false);
    expect(await addExampleStories("nora")).toBe(EXAMPLE_STORIES.length);
    expect(await addExampleStories("nora")).toBe(0);
    const rows = await db.story.findMany({ where: { userId: "nora" }, select: { title: true, example: true } });
    expect(rows.filter((r) => r.example).map((r) => r.title).sort()).toEqual(EXAMPLE_STORIES.map((s) => s.title).sort());
    expect(rows.find((r) => r.title === "My own")?.example).toBe(false);
  });
});

describe("the planner's bank and the examples", () => {
  it("leaves the examples out of loadBank unless asked", async () => {
    const own = await db.story.findMany({ where: { userId: "nora", example: false }, select: { id: true } });
    expect((await loadBank("nora")).map((s) => s.id)).toEqual(own.map((s) => s.id));
    expect(await loadBank("nora", { includeExamples: true })).toHaveLength(EXAMPLE_STORIES.length + 1);
    // The scopes are cached apart: asking again without examples still leaves them out.
    expect(await loadBank("nora")).toHaveLength(1);
  });

  it("follows the profile's choice on every planner page's state, and guesses the field from the counted stories only", async () => {
    const without = await loadPlannerState("nora");
    expect(without.bank).toHaveLength(1);
    expect(without.ctx.includeExamples).toBe(false);
    expect(without.examplesLeftOut).toBe(EXAMPLE_STORIES.length);
    await upsertProfile("nora", { roleType: "balanced", years: 5, includeExamples: true });
    const withExamples = await loadPlannerState("nora");
    expect(withExamples.bank).toHaveLength(EXAMPLE_STORIES.length + 1);
    expect(withExamples.ctx.includeExamples).toBe(true);
    expect(withExamples.examplesLeftOut).toBe(0);
  });

  it("counts a bank of only examples as empty for planning", async () => {
    await addExampleStories("omar");
    const state = await loadPlannerState("omar");
    expect(state.bank).toEqual([]);
    expect(state.ctx.field).toBe("general");
  });
});

describe("export and import of the example mark", () => {
  it("carries example: true through a JSON export and import", async () => {
    const exported = await listBankForExport("nora");
    expect(exported.filter((s) => s.example)).toHaveLength(EXAMPLE_STORIES.length);
    const parsed = validateImportRows(exported.map((data, index) => ({ row: index + 1, data: JSON.parse(JSON.stringify(data)) as unknown })));
    if (!("stories" in parsed)) throw new Error(parsed.errors.join("; "));
    await importStories("pia", parsed.stories);
    const rows = await db.story.findMany({ where: { userId: "pia" }, select: { example: true } });
    expect(rows.filter((r) => r.example)).toHaveLength(EXAMPLE_STORIES.length);
    expect(rows.filter((r) => !r.example)).toHaveLength(1);
  });

  it("refuses an example mark that is not true or false", () => {
    const result = validateImportRows([{ row: 1, data: { title: "T", text: TEXTS.mentor, example: "yes" } }]);
    expect("errors" in result && result.errors.join(" ")).toMatch(/Row 1: example/);
  });
});
