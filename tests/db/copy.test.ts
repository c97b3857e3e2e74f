// The move of an install: a SQLite database copied into the run's database (PostgreSQL under
// `npm run test:pg`, another SQLite file otherwise), and a non-empty target refused.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { COPIED_MODELS, copyDatabase, TargetNotEmptyError, type CopyProgress } from "@/lib/db/copy";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { storyInputSchema } from "@/lib/stories/schema";
import { buildStoryRows } from "@/lib/stories/transfer";

import { createThrowawayDatabase } from "../support/db";

const dir = mkdtempSync(join(tmpdir(), "storybank-copy-"));
const sourceUrl = `file:${join(dir, "source.db")}`;
execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: sourceUrl }, stdio: "pipe" });
const source = createPrismaClient(sourceUrl);
const target = createPrismaClient(await createThrowawayDatabase());

const TEXT = "In 2024 our support queue of 900 tickets doubled. I wrote a SQL report, walked the two leads through it, and repeat tickets fell by 41% in a month.";
let ids = 0;
const newId = () => `id-${String(++ids).padStart(4, "0")}`;

async function fillSource(db: Db): Promise<void> {
  for (const [n, email] of ["ada@example.com", "grace@example.com"].entries()) {
    const userId = `user-${n}`;
    await db.user.create({
      data: {
        id: userId,
        name: email.split("@")[0]!,
        email,
        accounts: { create: { id: `account-${n}`, accountId: userId, providerId: "credential", password: "salt:hash" } },
        sessions: { create: { id: `session-${n}`, token: `token-${n}`, expiresAt: new Date("2027-01-01T00:00:00Z") } },
        profile: { create: { roleType: "technical", years: 4 + n, plan: '{"strengths":["sql"]}' } },
        postings: { create: { title: "Analyst", text: "We want SQL and stakeholder skills." } },
      },
    });
    // Seven stories each (more than a page of 3), one with an earlier revision, with tags and skills.
    for (let i = 0; i < 7; i++) {
      const input = storyInputSchema.parse({ title: `Story ${i} of ${email}`, role: "technical", stage: "mid", text: TEXT, tags: ["support", `t${i}`] });
      const draft = storyInputSchema.parse({ ...input, text: TEXT.split(" and ")[0] });
      const revisions = i === 0 ? [{ input: draft, version: 1, autosave: true }, { input, version: 2, autosave: false }] : [];
      const rows = buildStoryRows(userId, { input, version: revisions.length || 1, revisions }, { newId, now: new Date(Date.UTC(2026, 0, 1 + i)) });
      await db.story.create({ data: rows.story });
      await db.storyTag.createMany({ data: rows.tags });
      await db.storySkill.createMany({ data: rows.skills });
      await db.revision.createMany({ data: rows.revisions });
    }
  }
  await db.verification.create({ data: { id: "verification-1", identifier: "reset:ada", value: "v", expiresAt: new Date("2027-01-01T00:00:00Z") } });
  await db.rateLimit.create({ data: { id: "rate-1", key: "127.0.0.1/sign-in/email", count: 2, lastRequest: 1_780_000_000_000n } });
}

/** Every row of every model, in a stable order, for comparison. */
async function dump(db: Db) {
  return {
    users: await db.user.findMany({ orderBy: { id: "asc" } }),
    accounts: await db.account.findMany({ orderBy: { id: "asc" } }),
    sessions: await db.session.findMany({ orderBy: { id: "asc" } }),
    verifications: await db.verification.findMany({ orderBy: { id: "asc" } }),
    rateLimits: await db.rateLimit.findMany({ orderBy: { id: "asc" } }),
    profiles: await db.profile.findMany({ orderBy: { userId: "asc" } }),
    postings: await db.posting.findMany({ orderBy: { id: "asc" } }),
    stories: await db.story.findMany({ orderBy: { id: "asc" } }),
    tags: await db.storyTag.findMany({ orderBy: [{ storyId: "asc" }, { tag: "asc" }] }),
    skills: await db.storySkill.findMany({ orderBy: [{ storyId: "asc" }, { kind: "asc" }, { name: "asc" }] }),
    revisions: await db.revision.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("copyDatabase (npm run db:copy)", () => {
  beforeAll(async () => {
    await fillSource(source);
  });
  afterAll(async () => {
    await Promise.all([source.$disconnect(), target.$disconnect()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("copies every user with their accounts, sessions, plans, stories, tags, skills, revisions and grades", async () => {
    const progress: CopyProgress[] = [];
    const copied = await copyDatabase(source, target, { pageSize: 3, onProgress: (p) => progress.push(p) });

    const before = await dump(source);
    expect(before.stories).toHaveLength(14);
    expect(before.revisions).toHaveLength(16); // per user: 6 stories with one, 1 with two
    expect(await dump(target)).toEqual(before);
    expect(copied).toEqual(Object.fromEntries(COPIED_MODELS.map((model) => [model, expect.any(Number) as number])));
    expect(copied.story).toBe(14);
    expect(copied.revision).toBe(16);
    // Pages of 3 stories: progress reported after each, ending at the total.
    expect(progress.filter((p) => p.model === "story").map((p) => p.copied)).toEqual([3, 6, 9, 12, 14]);
  });

  it("refuses a target that holds any row, and writes nothing to it", async () => {
    const before = await dump(target);
    const attempt = copyDatabase(source, target);
    await expect(attempt).rejects.toBeInstanceOf(TargetNotEmptyError);
    await expect(attempt).rejects.toThrow(/not empty \(user 2, account 2.*story 14.*\)/);
    expect(await dump(target)).toEqual(before);
  });
});
