import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { db } = await import("@/lib/db/client");
const { insertStory, patchStory } = await import("@/lib/stories/mutations");
const { listBankFacets, listBankForExport, listStories } = await import("@/lib/stories/queries");
const { addExampleStories, importStories } = await import("@/lib/stories/import");
const { EXAMPLE_STORIES } = await import("@/lib/stories/examples");
const { parseImportFile, toCsv, toJsonExport, validateImportRows } = await import("@/lib/stories/transfer");
const { storyInputSchema, storyListQuerySchema, storyPatchSchema } = await import("@/lib/stories/schema");
const { getStory } = await import("@/lib/stories/queries");
const { decodeSummary, gradeAndSummarise } = await import("@/lib/planner");

async function createUser(id: string) {
  await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
}

function importable(content: string, name: string) {
  const parsed = parseImportFile(content, { name });
  if ("error" in parsed) throw new Error(parsed.error);
  const result = validateImportRows(parsed.rows);
  if ("errors" in result) throw new Error(result.errors.join("\n"));
  return result.stories;
}

const strip = (json: string) => ({ ...(JSON.parse(json) as Record<string, unknown>), exportedAt: undefined });

describe("importStories", () => {
  beforeAll(async () => {
    for (const id of ["owner", "fresh", "csv-user", "atomic", "examples"]) await createUser(id);
    const first = await insertStory(
      "owner",
      storyInputSchema.parse({
        title: "Triage script",
        role: "technical",
        text: "I wrote a Python script with the support lead. Tickets fell.",
        tags: ["Support", "automation"],
      }),
    );
    await patchStory("owner", first.id, storyPatchSchema.parse({ version: first.version, text: "I wrote a Python script with the support lead, so repeat tickets fell 41% in a month." }));
    await insertStory(
      "owner",
      storyInputSchema.parse({
        title: "Renewal",
        role: "customer",
        stage: "senior",
        format: "star",
        parts: { situation: "A customer planned to leave.", task: "Keep them.", action: "I met their planners weekly.", result: "They renewed for two years." },
      }),
    );
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("gives the same bank after export, import into a fresh user and export again", async () => {
    const exported = toJsonExport(await listBankForExport("owner"), "2026-01-01T00:00:00.000Z");
    const result = await importStories("fresh", importable(exported, "bank.json"));
    expect(result.imported).toBe(2);
    const again = toJsonExport(await listBankForExport("fresh"), "2026-02-02T00:00:00.000Z");
    expect(strip(again)).toEqual(strip(exported));
    const first = (JSON.parse(again) as { stories: { revisions: unknown[] }[] }).stories[0]!;
    expect(first.revisions).toHaveLength(2);
  });

  it("makes imported stories searchable and filterable like saved ones", async () => {
    const page = await listStories("fresh", storyListQuerySchema.parse({ tag: "support" }));
    expect(page.items.map((item) => item.title)).toEqual(["Triage script"]);
    const skill = await listStories("fresh", storyListQuerySchema.parse({ skill: "python" }));
    expect(skill.total).toBe(1);
  });

  it("stores each imported story's planner summary, as the planner would compute it", async () => {
    const rows = await db.story.findMany({ where: { userId: "fresh" }, select: { id: true, version: true, summary: true } });
    expect(rows.length).toBe(2);
    for (const row of rows) {
      const story = (await getStory("fresh", row.id))!;
      expect(decodeSummary(row.summary, row.version)).toEqual(gradeAndSummarise(story));
    }
  });

  it("imports a CSV export with one revision per story", async () => {
    const csv = toCsv(await listBankForExport("owner"));
    await importStories("csv-user", importable(csv, "bank.csv"));
    const stories = await db.story.findMany({ where: { userId: "csv-user" }, include: { revisions: true }, orderBy: { title: "asc" } });
    expect(stories.map((story) => story.title)).toEqual(["Renewal", "Triage script"]);
    expect(stories.map((story) => story.revisions.length)).toEqual([1, 1]);
    expect(stories[1]!.revisions[0]!.version).toBe(stories[1]!.version);
  });

  it("writes nothing when one story fails to save", async () => {
    const stories = importable(JSON.stringify([{ title: "Fine", text: "I did it." }, { title: "Also fine", text: "I did more." }]), "x.json");
    const broken = { ...stories[1]!, revisions: [stories[1]!.revisions[0] ?? { input: stories[1]!.input, version: 1, autosave: false }, { input: stories[1]!.input, version: 1, autosave: false }] };
    await expect(importStories("atomic", [stories[0]!, broken])).rejects.toThrow();
    expect(await db.story.count({ where: { userId: "atomic" } })).toBe(0);
  });
});

describe("addExampleStories", () => {
  it("adds every example once, even when asked twice", async () => {
    expect(await addExampleStories("examples")).toBe(EXAMPLE_STORIES.length);
    expect(await addExampleStories("examples")).toBe(0);
    expect(await db.story.count({ where: { userId: "examples" } })).toBe(EXAMPLE_STORIES.length);
  });

  it("includes both strong and weak examples", async () => {
    const bands = new Set((await db.story.findMany({ where: { userId: "examples" }, select: { band: true } })).map((story) => story.band));
    expect(bands.has("strong")).toBe(true);
    expect(bands.has("weak")).toBe(true);
  });
});

describe("listBankFacets", () => {
  it("returns the user's distinct tags, hard skills and soft-skill families, sorted", async () => {
    const facets = await listBankFacets("owner");
    const skills = await db.storySkill.findMany({ where: { story: { userId: "owner" } }, select: { kind: true, name: true } });
    const distinct = (kind: string) => [...new Set(skills.filter((s) => s.kind === kind).map((s) => s.name))].sort();
    expect(facets.hardSkills).toEqual(distinct("hard"));
    expect(facets.families).toEqual(distinct("soft"));
    expect(facets.tags).toEqual(["automation", "support"]);
    expect(facets.hardSkills).toContain("python");
  });

  it("shows a tag added by a later save", async () => {
    await listBankFacets("owner");
    const story = await db.story.findFirstOrThrow({ where: { userId: "owner", title: "Renewal" } });
    await patchStory("owner", story.id, storyPatchSchema.parse({ version: story.version, tags: ["renewals"] }));
    expect((await listBankFacets("owner")).tags).toContain("renewals");
  });

  it("returns nothing for a user without stories", async () => {
    await createUser("nobody");
    expect(await listBankFacets("nobody")).toEqual({ tags: [], hardSkills: [], families: [] });
  });
});
