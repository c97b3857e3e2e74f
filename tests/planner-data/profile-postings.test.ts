import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { postingInputSchema } from "@/lib/planner";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { db } = await import("@/lib/db/client");
const { DEFAULT_PROFILE, MAX_POSTINGS_PER_USER, parseStoredPlan, postingTitle, PostingsFullError } = await import("@/lib/planner-data/records");
const { getPosting, getProfile, listPostings, loadPlannerState } = await import("@/lib/planner-data/queries");
const { deletePosting, savePlan, savePosting, upsertProfile } = await import("@/lib/planner-data/mutations");

beforeAll(async () => {
  for (const id of ["alice", "bob"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("getProfile / upsertProfile", () => {
  it("returns the defaults, unsaved, before a profile is set", async () => {
    const record = await getProfile("alice");
    expect(record.saved).toBe(false);
    expect(record.profile).toEqual(DEFAULT_PROFILE);
    expect(record.ctx.stage).toBe("mid");
  });

  it("stores the profile and maps years to a stage", async () => {
    await upsertProfile("alice", { roleType: "technical", years: 12, targetTitle: "Staff engineer" });
    const record = await getProfile("alice");
    expect(record.saved).toBe(true);
    expect(record.profile).toEqual({ roleType: "technical", years: 12, targetTitle: "Staff engineer", stage: "", field: "", includeExamples: false });
    expect(record.ctx.stage).toBe("senior");
    await upsertProfile("alice", { roleType: "leadership", years: 2 });
    expect((await getProfile("alice")).profile).toEqual({ roleType: "leadership", years: 2, stage: "", field: "", includeExamples: false });
  });

  it("stores the chosen field and whether examples count", async () => {
    await upsertProfile("bob", { roleType: "customer", years: 6, field: "healthcare", includeExamples: true });
    const record = await getProfile("bob");
    expect(record.profile).toMatchObject({ field: "healthcare", includeExamples: true });
    expect(record.ctx).toMatchObject({ field: "healthcare", fieldChosen: true, includeExamples: true });
    await db.profile.update({ where: { userId: "bob" }, data: { field: "knitting" } });
    expect((await getProfile("bob")).profile.field).toBe("");
    await db.profile.delete({ where: { userId: "bob" } });
  });
});

describe("getProfile / upsertProfile: the stage", () => {
  it("stores a chosen stage, which wins over the years in the context", async () => {
    await upsertProfile("bob", { roleType: "balanced", years: 15, stage: "mid" });
    const stored = await db.profile.findUniqueOrThrow({ where: { userId: "bob" }, select: { stage: true } });
    expect(stored.stage).toBe("mid");
    const record = await getProfile("bob");
    expect(record.profile.stage).toBe("mid");
    expect(record.ctx).toMatchObject({ stage: "mid", stageChosen: true, target: { hard: 0.5, soft: 0.5 } });
    expect((await loadPlannerState("bob")).ctx).toMatchObject({ stage: "mid", stageChosen: true });
  });

  it("goes back to the years when the stage is saved empty or left out", async () => {
    await upsertProfile("bob", { roleType: "balanced", years: 15, stage: "" });
    expect((await getProfile("bob")).ctx).toMatchObject({ stage: "executive", stageChosen: false });
    await upsertProfile("bob", { roleType: "balanced", years: 15, stage: "senior" });
    await upsertProfile("bob", { roleType: "balanced", years: 15 });
    expect((await getProfile("bob")).profile.stage).toBe("");
  });

  it("keeps a profile saved without a stage on its years", async () => {
    await db.profile.delete({ where: { userId: "bob" } });
    await db.profile.create({ data: { userId: "bob", years: 15 } });
    expect((await db.profile.findUniqueOrThrow({ where: { userId: "bob" } })).stage).toBe("");
    expect((await getProfile("bob")).ctx.stage).toBe("executive");
  });

  it("reads a stored stage it does not know as no choice", async () => {
    await db.profile.update({ where: { userId: "bob" }, data: { stage: "wizard" } });
    const record = await getProfile("bob");
    expect(record.profile.stage).toBe("");
    expect(record.ctx).toMatchObject({ stage: "executive", stageChosen: false });
    await db.profile.delete({ where: { userId: "bob" } });
  });
});

describe("savePlan", () => {
  it("merges the patch into the stored plan and keeps the profile", async () => {
    await savePlan("alice", { weakness: { skill: "public speaking", plan: "A Toastmasters club every week." } });
    await savePlan("alice", { questionIds: ["failure"] });
    const record = await getProfile("alice");
    expect(record.plan).toEqual({ weakness: { skill: "public speaking", plan: "A Toastmasters club every week." }, questionIds: ["failure"] });
    expect(record.profile.roleType).toBe("leadership");
  });

  it("keeps a plan for a user with no profile without taking the defaults for a saved profile", async () => {
    await savePlan("bob", { questionIds: ["conflict-teammate"] });
    const record = await getProfile("bob");
    expect(record.plan).toEqual({ questionIds: ["conflict-teammate"] });
    // Nobody said 5 years: the planner still says its stage is assumed.
    expect(record.saved).toBe(false);
    expect(record.profile).toEqual(DEFAULT_PROFILE);
    expect((await loadPlannerState("bob")).ctx).toMatchObject({ assumed: true });
    // Saving the profile later keeps the plan and makes the profile the user's.
    await upsertProfile("bob", { roleType: "customer", years: 9 });
    const saved = await getProfile("bob");
    expect(saved).toMatchObject({ saved: true, plan: { questionIds: ["conflict-teammate"] }, profile: { roleType: "customer", years: 9 } });
    // And a plan saved after the profile leaves it saved.
    await savePlan("bob", { questionIds: ["failure"] });
    expect((await getProfile("bob")).saved).toBe(true);
  });

  it("reads broken JSON as an empty plan", () => {
    expect(parseStoredPlan("{oops")).toEqual({});
    expect(parseStoredPlan(JSON.stringify({ questionIds: "nope" }))).toEqual({});
  });
});

describe("postings", () => {
  it("saves, lists and reads a posting for its owner only", async () => {
    const saved = await savePosting("alice", { text: "Data analyst\nWe need SQL and strong communication with stakeholders." });
    expect(saved.title).toBe("Data analyst");
    expect((await listPostings("alice")).map((p) => p.id)).toEqual([saved.id]);
    expect(await listPostings("bob")).toEqual([]);
    expect((await getPosting("alice", saved.id))?.text).toContain("SQL");
    expect(await getPosting("bob", saved.id)).toBeNull();
  });

  it("saves a posting pasted with a NUL on either database: the form's schema drops it", async () => {
    const input = postingInputSchema.parse({ text: "Data analyst\u0000\nWe need SQL and strong communication with stakeholders." });
    const saved = await savePosting("alice", input);
    expect((await getPosting("alice", saved.id))?.text).toBe("Data analyst\nWe need SQL and strong communication with stakeholders.");
  });

  it("deletes only the owner's posting", async () => {
    const saved = await savePosting("alice", { title: "PM", text: "Lead the roadmap with engineering and design." });
    expect(await deletePosting("bob", saved.id)).toBe(false);
    expect(await deletePosting("alice", saved.id)).toBe(true);
    expect(await getPosting("alice", saved.id)).toBeNull();
  });

  it("keeps at most MAX_POSTINGS_PER_USER postings an account, all of them in its list, and refuses one more with a message", async () => {
    await db.user.create({ data: { id: "hoarder", name: "hoarder", email: "hoarder@example.com" } });
    const text = "Ward nurse: rota planning in Excel and clear handovers with the night team.";
    await db.posting.createMany({ data: Array.from({ length: MAX_POSTINGS_PER_USER - 1 }, (_, i) => ({ userId: "hoarder", title: `Posting ${i}`, text })) });
    const last = await savePosting("hoarder", { text });
    const refused = savePosting("hoarder", { text });
    await expect(refused).rejects.toBeInstanceOf(PostingsFullError);
    await expect(refused).rejects.toThrow(/100 saved postings.*Delete one/);
    expect(await db.posting.count({ where: { userId: "hoarder" } })).toBe(MAX_POSTINGS_PER_USER);
    const listed = await listPostings("hoarder");
    expect(listed).toHaveLength(MAX_POSTINGS_PER_USER);
    expect(listed.map((p) => p.id)).toContain(last.id);
    // Deleting one makes room again; another account is not held up.
    expect(await deletePosting("hoarder", last.id)).toBe(true);
    await expect(savePosting("hoarder", { text })).resolves.toMatchObject({ text });
    await expect(savePosting("bob", { text })).resolves.toMatchObject({ text });
  });

  it("titles a posting from the first line when none is given", () => {
    expect(postingTitle(" Given ", "x")).toBe("Given");
    expect(postingTitle(undefined, "\n")).toBe("Untitled posting");
    expect(postingTitle(undefined, "a ".repeat(60)).length).toBeLessThanOrEqual(80);
  });
});
