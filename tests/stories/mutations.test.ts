import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { db } = await import("@/lib/db/client");
const { insertStory, patchStory, removeStory, regradeStaleStories } = await import("@/lib/stories/mutations");
const { getStory, iterateBankForExport, listRevisions, listStories } = await import("@/lib/stories/queries");
const { MAX_REVISIONS_PER_STORY, parseImportFile, toJsonExport, validateImportRows } = await import("@/lib/stories/transfer");
const { StoryConflictError, StoryNotFoundError } = await import("@/lib/stories/errors");
const { storyInputSchema, storyListQuerySchema } = await import("@/lib/stories/schema");
const { GRADER_VERSION } = await import("@/lib/grader");
const { gradeStored, storedGrade, storedSkills } = await import("@/lib/stories/grading");
const { toGradeDto } = await import("@/lib/stories/dto");
const { decodeSummary, gradeAndSummarise } = await import("@/lib/planner");

const STRONG =
  "At a payroll software company, support was flooded with about 1,100 setup tickets every January. I exported the ticket tags with a SQL query and found three topics made up 62% of them. I recorded three short walkthrough videos, tested them with four customers on live calls, and got the onboarding team to link them in the welcome email, so that customers could set up without calling us. The next January those topics produced 41% fewer tickets.";
const WEAK = "I'm a strong communicator and good at SQL. Things went well.";

const input = (fields: Record<string, unknown>) => storyInputSchema.parse(fields);

beforeAll(async () => {
  for (const id of ["alice", "bob"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("insertStory", () => {
  it("stores the story with its grade, tags, skills and a first revision", async () => {
    const story = await insertStory("alice", input({ title: "January tickets", text: STRONG, role: "customer", tags: "Support, SQL" }));
    expect(story.version).toBe(1);
    expect(story.tags).toEqual(["sql", "support"]);
    expect(story.grade.graderVersion).toBe(GRADER_VERSION);
    expect(story.grade.overall).toBeGreaterThan(0);
    const skills = await db.storySkill.findMany({ where: { storyId: story.id } });
    expect(skills.some((skill) => skill.kind === "hard")).toBe(true);
    const revisions = await listRevisions("alice", story.id);
    expect(revisions?.map((revision) => revision.version)).toEqual([1]);
  });
});

describe("patchStory", () => {
  it("saves an edit made from the current version and keeps a revision", async () => {
    const story = await insertStory("alice", input({ title: "Draft", text: WEAK }));
    const saved = await patchStory("alice", story.id, { version: 1, text: STRONG });
    expect(saved.version).toBe(2);
    expect(saved.grade.overall).toBeGreaterThan(story.grade.overall);
    const revisions = await listRevisions("alice", story.id);
    expect(revisions?.map((revision) => [revision.version, revision.text])).toEqual([
      [1, WEAK],
      [2, STRONG],
    ]);
  });

  it("returns exactly what it stored, replacing tags only when they change", async () => {
    const story = await insertStory("alice", input({ title: "Tags", text: WEAK, tags: ["a", "b"] }));
    const retitled = await patchStory("alice", story.id, { version: 1, title: "Tags, retitled" });
    expect(retitled.tags).toEqual(["a", "b"]);
    expect(retitled).toEqual(await getStory("alice", story.id));
    const retagged = await patchStory("alice", story.id, { version: 2, tags: ["c"], text: STRONG });
    expect(retagged).toEqual(await getStory("alice", story.id));
    expect(retagged.tags).toEqual(["c"]);
    const skills = await db.storySkill.findMany({ where: { storyId: story.id } });
    expect(skills.some((skill) => skill.kind === "hard")).toBe(true);
  });

  it("refuses an edit made from an older version and reports the newer one", async () => {
    const story = await insertStory("alice", input({ title: "Conflict", text: WEAK }));
    await patchStory("alice", story.id, { version: 1, text: "Saved in another tab." });
    const stale = patchStory("alice", story.id, { version: 1, text: "Typed in this tab." });
    await expect(stale).rejects.toBeInstanceOf(StoryConflictError);
    const error = (await stale.catch((e: unknown) => e)) as InstanceType<typeof StoryConflictError>;
    expect(error.current.text).toBe("Saved in another tab.");
    expect((await getStory("alice", story.id))?.text).toBe("Saved in another tab.");
  });

  it("lets exactly one of two concurrent edits of the same version win", async () => {
    const story = await insertStory("alice", input({ title: "Race", text: WEAK }));
    const results = await Promise.allSettled([
      patchStory("alice", story.id, { version: 1, text: "First writer." }),
      patchStory("alice", story.id, { version: 1, text: "Second writer." }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected" && result.reason instanceof StoryConflictError)).toHaveLength(1);
  });

  it("writes nothing for the losing one of two concurrent edits: no revision, tags or skills of its own", async () => {
    const story = await insertStory("alice", input({ title: "Race, children", text: WEAK, tags: ["start"] }));
    const edits = [
      { version: 1, text: STRONG, tags: ["first"] },
      { version: 1, text: "I'm good at Kubernetes and Python.", tags: ["second"] },
    ];
    const results = await Promise.allSettled(edits.map((edit) => patchStory("alice", story.id, edit)));
    expect(results.filter((result) => result.status === "rejected" && result.reason instanceof StoryConflictError)).toHaveLength(1);
    const winner = edits[results.findIndex((result) => result.status === "fulfilled")]!;
    const stored = await getStory("alice", story.id);
    expect(stored?.text).toBe(winner.text);
    expect(stored?.tags).toEqual(winner.tags);
    const revisions = await listRevisions("alice", story.id);
    expect(revisions?.map((revision) => [revision.version, revision.text, revision.tags])).toEqual([
      [1, WEAK, ["start"]],
      [2, winner.text, winner.tags],
    ]);
    const key = (skill: { kind: string; name: string }) => `${skill.kind}:${skill.name}`;
    const skills = await db.storySkill.findMany({ where: { storyId: story.id } });
    const expected = storedSkills(gradeStored({ ...stored!, ...stored!.parts }));
    expect(skills.map(key).sort()).toEqual(expected.map(key).sort());
  });

  it("rewrites only the changed fields, keeping the others as they were", async () => {
    const story = await insertStory("alice", input({ title: "Partial", text: WEAK, role: "customer", tags: ["keep"] }));
    const saved = await patchStory("alice", story.id, { version: 1, title: "Partial, renamed" });
    expect(saved).toMatchObject({ title: "Partial, renamed", text: WEAK, role: "customer", tags: ["keep"], version: 2 });
    expect(await getStory("alice", story.id)).toEqual(saved);
    const revisions = await listRevisions("alice", story.id);
    expect(revisions?.[1]).toMatchObject({ version: 2, title: "Partial, renamed", text: WEAK, role: "customer", tags: ["keep"] });
  });

  it("answers not found for another user's story and leaves it unchanged", async () => {
    const story = await insertStory("alice", input({ title: "Private", text: WEAK }));
    await expect(patchStory("bob", story.id, { version: 1, text: "Hijacked" })).rejects.toBeInstanceOf(StoryNotFoundError);
    expect((await getStory("alice", story.id))?.text).toBe(WEAK);
    expect(await getStory("bob", story.id)).toBeNull();
  });

  it("folds autosaves close together into one revision, but keeps manual saves apart", async () => {
    const story = await insertStory("alice", input({ title: "Autosave", text: WEAK }));
    await patchStory("alice", story.id, { version: 1, text: `${WEAK} One.` }, { autosave: true });
    await patchStory("alice", story.id, { version: 2, text: `${WEAK} Two.` }, { autosave: true });
    await patchStory("alice", story.id, { version: 3, text: `${WEAK} Three.` });
    const revisions = await listRevisions("alice", story.id);
    expect(revisions?.map((revision) => revision.version)).toEqual([1, 3, 4]);
    expect(revisions?.[1]?.text).toBe(`${WEAK} Two.`);
  });

  it("folds an autosave into a full snapshot, but starts a new revision after a manual save or a long pause", async () => {
    const story = await insertStory("alice", input({ title: "Pauses", text: WEAK }));
    // The first revision was a manual save: the first autosave gets a revision of its own.
    await patchStory("alice", story.id, { version: 1, text: `${WEAK} A.` }, { autosave: true });
    await patchStory("alice", story.id, { version: 2, title: "Pauses, renamed", tags: ["late"] }, { autosave: true });
    let revisions = await listRevisions("alice", story.id);
    expect(revisions?.map((revision) => revision.version)).toEqual([1, 3]);
    expect(revisions?.[1]).toMatchObject({ title: "Pauses, renamed", text: `${WEAK} A.`, tags: ["late"] });
    expect(revisions?.[1]?.grade).toEqual((await getStory("alice", story.id))?.grade);

    // Eleven minutes later the next autosave starts a new revision.
    await db.revision.updateMany({ where: { storyId: story.id, version: 3 }, data: { updatedAt: new Date(Date.now() - 11 * 60 * 1000) } });
    await patchStory("alice", story.id, { version: 3, text: `${WEAK} B.` }, { autosave: true });
    revisions = await listRevisions("alice", story.id);
    expect(revisions?.map((revision) => [revision.version, revision.text])).toEqual([
      [1, WEAK],
      [3, `${WEAK} A.`],
      [4, `${WEAK} B.`],
    ]);
  });

  it("refuses an autosave made from an older version without touching the revision it would have folded into", async () => {
    const story = await insertStory("alice", input({ title: "Stale autosave", text: WEAK }));
    await patchStory("alice", story.id, { version: 1, text: `${WEAK} Mine.` }, { autosave: true });
    await patchStory("alice", story.id, { version: 2, text: `${WEAK} Other tab.` }, { autosave: true });
    await expect(patchStory("alice", story.id, { version: 2, text: `${WEAK} Stale.` }, { autosave: true })).rejects.toBeInstanceOf(StoryConflictError);
    const revisions = await listRevisions("alice", story.id);
    expect(revisions?.map((revision) => [revision.version, revision.text])).toEqual([
      [1, WEAK],
      [3, `${WEAK} Other tab.`],
    ]);
  });

  it("keeps a story's newest MAX_REVISIONS_PER_STORY revisions, so its history stays bounded and its JSON export imports again", async () => {
    const story = await insertStory("alice", input({ title: "Saved often", text: WEAK }));
    const saves = MAX_REVISIONS_PER_STORY + 5;
    for (let version = 1; version <= saves; version++) await patchStory("alice", story.id, { version, text: `${WEAK} Save ${version}.` });
    const revisions = await listRevisions("alice", story.id);
    expect(revisions).toHaveLength(MAX_REVISIONS_PER_STORY);
    expect(revisions?.[0]?.version).toBe(saves + 2 - MAX_REVISIONS_PER_STORY);
    expect(revisions?.at(-1)).toMatchObject({ version: saves + 1, text: `${WEAK} Save ${saves}.` });

    const exported = [];
    for await (const row of iterateBankForExport("alice", { ids: [story.id] })) exported.push(row);
    const parsed = parseImportFile(toJsonExport(exported, new Date().toISOString()), { name: "bank.json" });
    if ("error" in parsed) throw new Error(parsed.error);
    expect(validateImportRows(parsed.rows)).not.toHaveProperty("errors");
  });
});

describe("the planner's summary", () => {
  it("is written with each save's grade, as the planner would compute it, so no page grades the story again", async () => {
    const story = await insertStory("alice", input({ title: "Summary", text: WEAK, tags: ["x"] }));
    const saved = await patchStory("alice", story.id, { version: story.version, title: "Summary v2", text: STRONG });
    const row = await db.story.findUniqueOrThrow({ where: { id: story.id }, select: { summary: true } });
    expect(decodeSummary(row.summary, saved.version)).toEqual(gradeAndSummarise(saved));
    // Stale for any other version: an older summary is never taken for the current text.
    expect(decodeSummary(row.summary, saved.version - 1)).toBeNull();
  });
});

describe("removeStory", () => {
  it("deletes only the owner's story", async () => {
    const story = await insertStory("alice", input({ title: "Doomed", text: WEAK }));
    await expect(removeStory("bob", story.id)).rejects.toBeInstanceOf(StoryNotFoundError);
    await removeStory("alice", story.id);
    expect(await getStory("alice", story.id)).toBeNull();
    expect(await db.revision.count({ where: { storyId: story.id } })).toBe(0);
  });
});

describe("listStories", () => {
  const query = (fields: Record<string, unknown>) => storyListQuerySchema.parse(fields);

  beforeAll(async () => {
    await insertStory("bob", input({ title: "Bob's zebra story", text: "I led the ZEBRA migration with Kubernetes.", tags: ["infra"] }));
    await insertStory("bob", input({ title: "Quiet one", text: WEAK, tags: ["soft"] }));
  });

  it("searches titles, text and tags case-insensitively", async () => {
    expect((await listStories("bob", query({ q: "zebra" }))).items.map((s) => s.title)).toEqual(["Bob's zebra story"]);
    expect((await listStories("bob", query({ q: "SOFT" }))).items.map((s) => s.title)).toEqual(["Quiet one"]);
    // Only the title holds this phrase, in another case: no tag or skill can answer for it.
    expect((await listStories("bob", query({ q: "BOB'S ZEBRA" }))).items.map((s) => s.title)).toEqual(["Bob's zebra story"]);
    expect((await listStories("bob", query({ q: "zebra MIGRATION" }))).items.map((s) => s.title)).toEqual(["Bob's zebra story"]);
  });

  it("matches words from their start, not from inside another word", async () => {
    await db.user.create({ data: { id: "dora", name: "dora", email: "dora@example.com" } });
    await insertStory("dora", input({ title: "Started the rota", text: "I planned the party and the departure board.", tags: ["smart"] }));
    await insertStory("dora", input({ title: "Art room", text: "Nothing here." }));
    await insertStory("dora", input({ title: "Quiet", text: "The children loved (art) week and the nursery garden.\nNurses came.", tags: ["year-3"] }));
    await insertStory("dora", input({ title: "Tagged", text: "Nothing here either.", tags: ["fine-art"] }));
    const titles = async (q: string) => (await listStories("dora", query({ q, sort: "title", dir: "asc" }))).items.map((s) => s.title);
    expect(await titles("art")).toEqual(["Art room", "Quiet", "Tagged"]);
    expect(await titles("ART")).toEqual(["Art room", "Quiet", "Tagged"]);
    expect(await titles("nurs")).toEqual(["Quiet"]);
    expect(await titles("3")).toEqual(["Quiet"]);
    expect(await titles("tart")).toEqual([]);
    expect(await titles("arty")).toEqual([]);
    // LIKE's wildcards are plain characters in a search.
    expect(await titles("%")).toEqual([]);
    expect(await titles("_rt")).toEqual([]);
    await insertStory("dora", input({ title: "Waste", text: "Waste fell 50% in a week; the year before it rose 150%." }));
    await insertStory("dora", input({ title: "Growth", text: "Sales rose 150% after the launch." }));
    expect(await titles("50%")).toEqual(["Waste"]);
    expect(await titles("50%_")).toEqual([]);
    expect(await titles("\\")).toEqual([]);
    expect(await titles("a\\")).toEqual([]);
  });

  it("matches a search with a wildcard in batches of stories, never the whole bank's text at once", async () => {
    await db.user.create({ data: { id: "erin", name: "erin", email: "erin@example.com" } });
    const text = "I cut the queue time by 30% with the night team.";
    const made = await insertStory("erin", input({ title: "Queue 0", text }));
    const stored = await db.story.findUniqueOrThrow({ where: { id: made.id } });
    // 250 stories, half of them with "30%" (a bank of long stories: 10,000 × 20,000 characters was 200 MB read per search).
    await db.story.createMany({
      data: Array.from({ length: 249 }, (_, i) => {
        const { id: _id, createdAt: _c, updatedAt: _u, ...row } = stored;
        return { ...row, title: `Queue ${i + 1}`, text: i % 2 === 0 ? text : "I cut the queue time by 40% with the night team." };
      }),
    });
    const findMany = vi.spyOn(db.story, "findMany");
    try {
      const found = await listStories("erin", query({ q: "30%", pageSize: 100 }));
      expect(found.total).toBe(126);
      const takes = findMany.mock.calls.map(([args]) => args?.take);
      expect(takes.length).toBeGreaterThan(2);
      // Every read of story rows is bounded (the bank page also regrades at most 200 stale stories a call).
      expect(takes.every((take) => take !== undefined && Math.abs(take) <= 200)).toBe(true);
    } finally {
      findMany.mockRestore();
    }
  });

  it("pages through stories with equal scores without skipping or repeating one, in id order", async () => {
    await db.user.create({ data: { id: "carol", name: "carol", email: "carol@example.com" } });
    for (let i = 0; i < 7; i++) await insertStory("carol", input({ title: `Twin ${i}`, text: STRONG }));
    // The database's own id order, so that the expectation holds under any collation.
    const byId = (await db.story.findMany({ where: { userId: "carol" }, orderBy: { id: "asc" }, select: { id: true } })).map((s) => s.id);
    for (const dir of ["asc", "desc"] as const) {
      const seen: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const { items, total } = await listStories("carol", query({ sort: "overall", dir, page, pageSize: 3 }));
        expect(total).toBe(7);
        seen.push(...items.map((item) => item.id));
      }
      expect(seen).toEqual(dir === "asc" ? byId : [...byId].reverse());
    }
  });

  it("never lists another user's stories", async () => {
    const page = await listStories("bob", query({ pageSize: 100 }));
    expect(page.items.every((item) => !item.title.startsWith("January"))).toBe(true);
    expect((await listStories("alice", query({ q: "zebra" }))).total).toBe(0);
  });

  it("filters by tag and band", async () => {
    expect((await listStories("bob", query({ tag: "infra" }))).items.map((s) => s.title)).toEqual(["Bob's zebra story"]);
    const weak = await listStories("bob", query({ band: "weak" }));
    expect(weak.items.every((item) => item.grade.band === "weak")).toBe(true);
  });

  it("pages through a sorted list without repeating or skipping a story", async () => {
    for (let i = 0; i < 7; i += 1) await insertStory("bob", input({ title: `Same score ${i}`, text: WEAK }));
    const seen: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      const result = await listStories("bob", query({ sort: "overall", dir: "asc", page, pageSize: 4 }));
      seen.push(...result.items.map((item) => item.id));
    }
    expect(new Set(seen).size).toBe(9);
    expect(seen).toHaveLength(9);
  });

  it("regrades stories stored by an older grader version, keeping their updated time", async () => {
    const story = await insertStory("bob", input({ title: "Old grade", text: STRONG }));
    await db.story.update({ where: { id: story.id }, data: { graderVersion: "0.0.0-old", overallScore: 1, updatedAt: new Date("2024-01-01") } });
    expect(await regradeStaleStories("bob", GRADER_VERSION)).toBe(1);
    const fresh = await getStory("bob", story.id);
    expect(fresh?.grade.graderVersion).toBe(GRADER_VERSION);
    expect(fresh?.grade.overall).toBe(story.grade.overall);
    expect(fresh?.updatedAt).toBe(new Date("2024-01-01").toISOString());
  });

  it("regrades a large backlog a bounded batch at a time", async () => {
    await db.story.updateMany({ where: { userId: "bob" }, data: { graderVersion: "0.0.0-old" } });
    const total = await db.story.count({ where: { userId: "bob" } });
    expect(total).toBeGreaterThan(3);
    expect(await regradeStaleStories("bob", GRADER_VERSION, { limit: 3 })).toBe(3);
    expect(await db.story.count({ where: { userId: "bob", graderVersion: GRADER_VERSION } })).toBe(3);
    expect(await regradeStaleStories("bob", GRADER_VERSION, { limit: 1000 })).toBe(total - 3);
    expect(await regradeStaleStories("bob", GRADER_VERSION)).toBe(0);
  });

  it("keeps the grade of a story saved while it was being regraded", async () => {
    const story = await insertStory("bob", input({ title: "Saved meanwhile", text: WEAK }));
    await db.story.update({ where: { id: story.id }, data: { graderVersion: "0.0.0-old" } });
    // The save lands between the regrade's read of the stale stories and its write.
    const findMany = db.story.findMany.bind(db.story);
    const spy = vi.spyOn(db.story, "findMany").mockImplementationOnce((async (args: Parameters<typeof findMany>[0]) => {
      const rows = await findMany(args);
      await patchStory("bob", story.id, { version: 1, text: STRONG });
      return rows;
    }) as unknown as typeof db.story.findMany);
    try {
      await regradeStaleStories("bob", GRADER_VERSION);
    } finally {
      spy.mockRestore();
    }
    const stored = await getStory("bob", story.id);
    expect(stored?.text).toBe(STRONG);
    expect(stored?.grade).toEqual(toGradeDto(storedGrade(gradeStored({ ...stored!, ...stored!.parts }))));
  });
});
