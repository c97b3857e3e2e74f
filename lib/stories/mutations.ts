import "server-only";

import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storedSummary } from "@/lib/planner/stored-summary";

import { toStoryDto, type StoryDto } from "./dto";
import { BankFullError, StoryConflictError, StoryNotFoundError } from "./errors";
import { gradeStored, hardShare, storedGrade, storedSkills, type GradableStory } from "./grading";
import type { StoryInput, StoryPatch } from "./schema";
import { MAX_REVISIONS_PER_STORY } from "./transfer/format";

// Autosaves this close to the previous autosave update that revision instead of adding one,
// so that history shows edits rather than pauses in typing.
const AUTOSAVE_COALESCE_MS = 10 * 60 * 1000;

type StoryContent = GradableStory & { title: string; tags: string[] };

function gradedColumns(story: StoryContent) {
  const report = gradeStored(story);
  return { report, grade: storedGrade(report), skills: storedSkills(report), hardShare: hardShare(report) };
}

function contentColumns(story: StoryContent) {
  const { title, role, stage, format, text, situation, task, action, result } = story;
  return { title, role, stage, format, text, situation, task, action, result };
}

function revisionData(story: StoryContent, version: number, grade: ReturnType<typeof gradedColumns>["grade"], autosave: boolean) {
  return { ...contentColumns(story), ...grade, version, tags: JSON.stringify(story.tags), autosave };
}

function contentOf(input: StoryInput): StoryContent {
  return { ...input, ...input.parts };
}

/**
 * Throws BankFullError unless the user's bank has room for `adding` more stories (MAX_STORIES_PER_USER).
 * A check, not a lock: two saves at the very limit may both pass, so the cap can be passed by the few
 * requests one account has in flight, never by a loop of them.
 */
export async function assertBankRoom(userId: string, adding: number): Promise<void> {
  const max = env.MAX_STORIES_PER_USER;
  const room = max - (await db.story.count({ where: { userId } }));
  if (adding > room) throw new BankFullError(max, Math.max(0, room), adding);
}

/** `example`: the story is one of the built-in examples (lib/stories/examples), added from the bank. */
export async function insertStory(userId: string, input: StoryInput, { example = false }: { example?: boolean } = {}): Promise<StoryDto> {
  await assertBankRoom(userId, 1);
  const content = contentOf(input);
  const { grade, skills, hardShare } = gradedColumns(content);
  const story = await db.story.create({
    data: {
      userId,
      example,
      ...contentColumns(content),
      ...grade,
      hardShare,
      tags: { create: content.tags.map((tag) => ({ tag })) },
      skills: { create: skills },
      revisions: { create: revisionData(content, 1, grade, false) },
    },
    include: { tags: true },
  });
  return toStoryDto(story);
}

const withTags = { tags: true } as const;
// The latest revision, enough to decide whether an autosave folds into it.
const latestRevision = { orderBy: { version: "desc" }, take: 1, select: { id: true, autosave: true, updatedAt: true } } as const;

const CONTENT_KEYS = ["title", "role", "stage", "format", "text", "situation", "task", "action", "result"] as const;

type SaveBase = Prisma.StoryGetPayload<{ include: { tags: true; skills: true } }>;
type LatestRevision = { id: string; autosave: boolean; updatedAt: Date };

async function readForSave(where: { id: string; userId: string }, autosave: boolean): Promise<{ current: SaveBase | null; last?: LatestRevision }> {
  if (!autosave) return { current: await db.story.findFirst({ where, include: { tags: true, skills: true } }) };
  const row = await db.story.findFirst({ where, include: { tags: true, skills: true, revisions: latestRevision } });
  if (!row) return { current: null };
  const { revisions, ...current } = row;
  return { current, last: revisions[0] };
}

/**
 * Saves an edit made from `patch.version`: a StoryConflictError (nothing written) when the story has
 * moved on since. A save costs one read and one short transaction of 2 statements in the common case
 * (story row, revision), because every Prisma call costs CPU in the query compiler and all of them
 * queue for the one SQLite connection.
 */
export async function patchStory(userId: string, id: string, patch: StoryPatch, options: { autosave?: boolean } = {}): Promise<StoryDto> {
  const autosave = options.autosave === true;
  // One read, outside the transaction: the story with its tags and skills (rewritten only when they
  // change) and, for an autosave, its latest revision. The version check in the write below proves that
  // none of it changed in between: every save bumps the version, in the same transaction as its
  // revision, tag and skill writes.
  const where = { id, userId };
  const { current, last } = await readForSave(where, autosave);
  if (!current) throw new StoryNotFoundError();
  if (current.version !== patch.version) throw new StoryConflictError(toStoryDto(current));

  const { version, parts, ...fields } = patch;
  const content: StoryContent = {
    ...current,
    tags: current.tags.map((t) => t.tag),
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
    ...(parts ?? {}),
  };
  const { report, grade, skills, hardShare } = gradedColumns(content);
  const nextVersion = version + 1;
  const updatedAt = new Date();
  // The planner's summary of the new grade, in the same write, so no bank-wide page has to grade it again.
  const summary = storedSummary({ id, title: content.title, text: content.text }, report, nextVersion);
  // Only the content columns that changed (each column written costs compile time); the grade always,
  // because regradeStaleStories may rewrite it between our read and our write without a new version.
  const changedContent = Object.fromEntries(CONTENT_KEYS.filter((key) => content[key] !== current[key]).map((key) => [key, content[key]]));
  const columns = { ...changedContent, ...grade, hardShare, summary, version: nextVersion, updatedAt };
  const tagsChanged = !sameMembers(current.tags.map((t) => t.tag), content.tags);
  const skillsChanged = !sameMembers(current.skills.map(skillKey), skills.map(skillKey));
  const foldInto = autosave && last?.autosave && updatedAt.getTime() - last.updatedAt.getTime() < AUTOSAVE_COALESCE_MS ? last.id : null;
  const revision = revisionData(content, nextVersion, grade, autosave);

  // Few statements, because a save holds SQLite's single write lock for its whole transaction.
  const saved = await db.$transaction(async (tx) => {
    // The version in the WHERE clause makes the check and the write one atomic step; when it matches
    // nothing, the transaction writes nothing else.
    const { count } = await tx.story.updateMany({ where: { id, userId, version }, data: columns });
    if (count === 0) return false;
    if (tagsChanged) {
      await tx.storyTag.deleteMany({ where: { storyId: id } });
      if (content.tags.length > 0) await tx.storyTag.createMany({ data: content.tags.map((tag) => ({ storyId: id, tag })) });
    }
    if (skillsChanged) await replaceSkills(tx, id, skills);
    // Autosaves within AUTOSAVE_COALESCE_MS of the previous autosave update its revision instead of adding one.
    if (foldInto) await tx.revision.update({ where: { id: foldInto }, data: revision, select: { id: true } });
    else {
      await tx.revision.create({ data: { storyId: id, ...revision }, select: { id: true } });
      // A story keeps its newest MAX_REVISIONS_PER_STORY revisions (every revision has its own version,
      // so those are within the last that many versions): unbounded, a story saved thousands of times
      // made its history page and export ever larger, and its JSON export could not be imported again.
      if (nextVersion > MAX_REVISIONS_PER_STORY) await tx.revision.deleteMany({ where: { storyId: id, version: { lte: nextVersion - MAX_REVISIONS_PER_STORY } } });
    }
    return true;
  });
  if (!saved) {
    const latest = await db.story.findFirst({ where, include: withTags });
    if (!latest) throw new StoryNotFoundError();
    throw new StoryConflictError(toStoryDto(latest));
  }
  return toStoryDto({ ...current, ...content, ...grade, version: nextVersion, updatedAt, tags: content.tags.map((tag) => ({ tag })) });
}

type SkillRow = { kind: string; name: string; field: string; inAction: boolean };

const skillKey = (skill: SkillRow) => `${skill.kind}|${skill.name}|${skill.field}|${String(skill.inAction)}`;

function sameMembers(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((item) => set.has(item));
}

async function replaceSkills(tx: Prisma.TransactionClient, storyId: string, skills: ReturnType<typeof storedSkills>) {
  await tx.storySkill.deleteMany({ where: { storyId } });
  if (skills.length > 0) await tx.storySkill.createMany({ data: skills.map((skill) => ({ storyId, ...skill })) });
}

export async function removeStory(userId: string, id: string): Promise<void> {
  const { count } = await db.story.deleteMany({ where: { id, userId } });
  if (count === 0) throw new StoryNotFoundError();
}

/**
 * Grades again up to `limit` stories of the user stored by an older grader version, in one
 * transaction, and returns how many. Bounded so that listing a large bank after a grader upgrade
 * stays fast: the rest follow on the next calls (their stored scores stay valid meanwhile).
 */
export async function regradeStaleStories(userId: string, graderVersion: string, { limit = 200 }: { limit?: number } = {}): Promise<number> {
  const stale = await db.story.findMany({ where: { userId, graderVersion: { not: graderVersion } }, include: withTags, take: limit, orderBy: { id: "asc" } });
  if (stale.length === 0) return 0;
  const regraded = stale.map((story) => ({ story, ...gradedColumns({ ...story, tags: story.tags.map((t) => t.tag) }) }));
  await db.$transaction(async (tx) => {
    for (const { story, report, grade, skills, hardShare } of regraded) {
      // Only if no save came in since the read: that save stored the grade of its own, newer text.
      const summary = storedSummary(story, report, story.version);
      const { count } = await tx.story.updateMany({ where: { id: story.id, version: story.version }, data: { ...grade, hardShare, summary, updatedAt: story.updatedAt } });
      if (count > 0) await replaceSkills(tx, story.id, skills);
    }
  });
  return stale.length;
}
