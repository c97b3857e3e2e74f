import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { toStoryDto, type StoryDto } from "./dto";
import { StoryConflictError, StoryNotFoundError } from "./errors";
import { gradeStored, hardShare, storedGrade, storedSkills, type GradableStory } from "./grading";
import type { StoryInput, StoryPatch } from "./schema";

// Autosaves this close to the previous autosave update that revision instead of adding one,
// so that history shows edits rather than pauses in typing.
const AUTOSAVE_COALESCE_MS = 10 * 60 * 1000;

type StoryContent = GradableStory & { title: string; tags: string[] };

function gradedColumns(story: StoryContent) {
  const report = gradeStored(story);
  return { grade: storedGrade(report), skills: storedSkills(report), hardShare: hardShare(report) };
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

export async function insertStory(userId: string, input: StoryInput): Promise<StoryDto> {
  const content = contentOf(input);
  const { grade, skills, hardShare } = gradedColumns(content);
  const story = await db.story.create({
    data: {
      userId,
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

export async function patchStory(userId: string, id: string, patch: StoryPatch, options: { autosave?: boolean } = {}): Promise<StoryDto> {
  const current = await db.story.findFirst({ where: { id, userId }, include: { tags: true, skills: true } });
  if (!current) throw new StoryNotFoundError();
  if (current.version !== patch.version) throw new StoryConflictError(toStoryDto(current));

  const { version, parts, ...fields } = patch;
  const content: StoryContent = {
    ...current,
    tags: current.tags.map((t) => t.tag),
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
    ...(parts ?? {}),
  };
  const { grade, skills, hardShare } = gradedColumns(content);
  const nextVersion = version + 1;
  const updatedAt = new Date();
  const columns = { ...contentColumns(content), ...grade, hardShare, version: nextVersion, updatedAt };
  const tagsChanged = !sameMembers(current.tags.map((t) => t.tag), content.tags);
  const skillsChanged = !sameMembers(current.skills.map(skillKey), skills.map(skillKey));

  // Few statements, because a save holds SQLite's single write lock for its whole transaction.
  const saved = await db.$transaction(async (tx) => {
    // The version in the WHERE clause makes the check and the write one atomic step.
    const { count } = await tx.story.updateMany({ where: { id, userId, version }, data: columns });
    if (count === 0) return false;
    if (tagsChanged) {
      await tx.storyTag.deleteMany({ where: { storyId: id } });
      if (content.tags.length > 0) await tx.storyTag.createMany({ data: content.tags.map((tag) => ({ storyId: id, tag })) });
    }
    if (skillsChanged) await replaceSkills(tx, id, skills);
    await recordRevision(tx, id, revisionData(content, nextVersion, grade, options.autosave === true));
    return true;
  });
  if (!saved) {
    const latest = await db.story.findFirst({ where: { id, userId }, include: withTags });
    if (!latest) throw new StoryNotFoundError();
    throw new StoryConflictError(toStoryDto(latest));
  }
  return toStoryDto({ ...current, ...columns, tags: content.tags.map((tag) => ({ tag })) });
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

async function recordRevision(tx: Prisma.TransactionClient, storyId: string, data: ReturnType<typeof revisionData>) {
  if (data.autosave) {
    const last = await tx.revision.findFirst({ where: { storyId }, orderBy: { version: "desc" } });
    if (last?.autosave && Date.now() - last.updatedAt.getTime() < AUTOSAVE_COALESCE_MS) {
      await tx.revision.update({ where: { id: last.id }, data });
      return;
    }
  }
  await tx.revision.create({ data: { storyId, ...data } });
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
    for (const { story, grade, skills, hardShare } of regraded) {
      await tx.story.update({ where: { id: story.id }, data: { ...grade, hardShare, updatedAt: story.updatedAt }, select: { id: true } });
      await replaceSkills(tx, story.id, skills);
    }
  });
  return stale.length;
}
