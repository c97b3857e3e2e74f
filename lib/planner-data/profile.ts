import "server-only";

import { z } from "zod";

import { db } from "@/lib/db/client";
import { plannerContext, ROLE_TYPES, type PlannerContext, type Profile } from "@/lib/planner";

/** What the user chose on /plan and /sheet, stored as JSON in Profile.plan. */
export const storedPlanSchema = z.object({
  weakness: z
    .object({
      skill: z.string().max(200),
      plan: z.string().max(2000),
      weaknessId: z.string().max(100).optional(),
    })
    .optional(),
  questionIds: z.array(z.string().max(100)).max(60).optional(),
});
export type StoredPlan = z.infer<typeof storedPlanSchema>;

/** The profile a user gets before they set one: a balanced role, mid-career. */
export const DEFAULT_PROFILE: Profile = { roleType: "balanced", years: 5 };

export type ProfileRecord = { profile: Profile; plan: StoredPlan; saved: boolean; ctx: PlannerContext };

/** Bad or old JSON reads as an empty plan rather than breaking the pages. */
export function parseStoredPlan(json: string): StoredPlan {
  try {
    const parsed = storedPlanSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function toProfile(row: { roleType: string; years: number; targetTitle: string }): Profile {
  const roleType = (ROLE_TYPES as readonly string[]).includes(row.roleType) ? (row.roleType as Profile["roleType"]) : DEFAULT_PROFILE.roleType;
  return { roleType, years: row.years, ...(row.targetTitle ? { targetTitle: row.targetTitle } : {}) };
}

/** The user's profile and plan; the defaults (saved: false) when they have not set one. */
export async function getProfile(userId: string): Promise<ProfileRecord> {
  const row = await db.profile.findUnique({ where: { userId } });
  const profile = row ? toProfile(row) : DEFAULT_PROFILE;
  return { profile, plan: row ? parseStoredPlan(row.plan) : {}, saved: row !== null, ctx: plannerContext(profile) };
}

export async function upsertProfile(userId: string, profile: Profile): Promise<void> {
  // The schema stores whole years; the planner's stage boundaries are whole years too.
  const data = { roleType: profile.roleType, years: Math.round(profile.years), targetTitle: profile.targetTitle ?? "" };
  await db.profile.upsert({ where: { userId }, create: { userId, ...data }, update: data, select: { userId: true } });
}

/** Merges `patch` into the stored plan; creates the profile with its defaults when missing. */
export async function savePlan(userId: string, patch: StoredPlan): Promise<StoredPlan> {
  const current = await db.profile.findUnique({ where: { userId }, select: { plan: true } });
  const next = storedPlanSchema.parse({ ...(current ? parseStoredPlan(current.plan) : {}), ...patch });
  const plan = JSON.stringify(next);
  await db.profile.upsert({
    where: { userId },
    create: { userId, roleType: DEFAULT_PROFILE.roleType, years: DEFAULT_PROFILE.years, plan },
    update: { plan },
    select: { userId: true },
  });
  return next;
}
