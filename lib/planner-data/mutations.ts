// Every write of the planner's data: the profile, the plan and the saved postings. Reads are in queries.ts.
import "server-only";

import { db } from "@/lib/db/client";
import type { Profile } from "@/lib/planner";

import { DEFAULT_PROFILE, MAX_POSTINGS_PER_USER, parseStoredPlan, postingTitle, PostingsFullError, storedPlanSchema, type PostingRecord, type StoredPlan } from "./records";

export async function upsertProfile(userId: string, profile: Profile): Promise<void> {
  // The schema stores whole years; the planner's stage boundaries are whole years too.
  const data = {
    roleType: profile.roleType,
    years: Math.round(profile.years),
    targetTitle: profile.targetTitle ?? "",
    stage: profile.stage ?? "",
    field: profile.field ?? "",
    includeExamples: profile.includeExamples ?? false,
    profileSaved: true,
  };
  await db.profile.upsert({ where: { userId }, create: { userId, ...data }, update: data, select: { userId: true } });
}

/**
 * Merges `patch` into the stored plan. With no profile yet, the row is created to hold the plan, its
 * fields the defaults and marked unsaved, so the planner keeps saying that it assumes them.
 */
export async function savePlan(userId: string, patch: StoredPlan): Promise<StoredPlan> {
  const current = await db.profile.findUnique({ where: { userId }, select: { plan: true } });
  const next = storedPlanSchema.parse({ ...(current ? parseStoredPlan(current.plan) : {}), ...patch });
  const plan = JSON.stringify(next);
  await db.profile.upsert({
    where: { userId },
    create: { userId, roleType: DEFAULT_PROFILE.roleType, years: DEFAULT_PROFILE.years, plan, profileSaved: false },
    update: { plan },
    select: { userId: true },
  });
  return next;
}

/**
 * Saves a posting, or throws PostingsFullError when the account keeps MAX_POSTINGS_PER_USER already. A
 * check, not a lock (as the bank's limit): the few saves one account has in flight at once may pass it.
 */
export async function savePosting(userId: string, input: { title?: string; text: string }): Promise<PostingRecord> {
  if ((await db.posting.count({ where: { userId } })) >= MAX_POSTINGS_PER_USER) throw new PostingsFullError();
  const row = await db.posting.create({
    data: { userId, title: postingTitle(input.title, input.text), text: input.text },
    select: { id: true, title: true, text: true, createdAt: true },
  });
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** true when the user's posting existed and is gone. */
export async function deletePosting(userId: string, id: string): Promise<boolean> {
  const { count } = await db.posting.deleteMany({ where: { id, userId } });
  return count > 0;
}
