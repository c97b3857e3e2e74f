// The planner's stored records: the profile and plan, the saved postings, and what every planner page
// starts from. Shapes and pure helpers only; queries.ts reads them, mutations.ts writes them.
import { z } from "zod";

import type { PlannerContext, Profile, StorySummary } from "@/lib/planner";

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

/** The profile a user gets before they set one: a balanced role, mid-career from its years, the field guessed, no examples. */
export const DEFAULT_PROFILE: Profile = { roleType: "balanced", years: 5, stage: "", field: "", includeExamples: false };

export type ProfileRecord = { profile: Profile; plan: StoredPlan; saved: boolean; ctx: PlannerContext };

/** `examplesLeftOut`: the built-in example stories in the bank that the planner does not count (0 when the profile includes them). */
export type PlannerState = ProfileRecord & { bank: readonly StorySummary[]; examplesLeftOut: number };

/** Bad or old JSON reads as an empty plan rather than breaking the pages. */
export function parseStoredPlan(json: string): StoredPlan {
  try {
    const parsed = storedPlanSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * Saved postings one account may keep: the postings page lists them all. Unbounded, one account could
 * save 20,000-character postings without end (about ten a second), and those past the list were hidden.
 */
export const MAX_POSTINGS_PER_USER = 100;

export class PostingsFullError extends Error {
  constructor() {
    super(`You have ${MAX_POSTINGS_PER_USER} saved postings, the most you can keep. Delete one you no longer need, then save this one.`);
    this.name = "PostingsFullError";
  }
}

export type PostingListItem = { id: string; title: string; createdAt: string };
export type PostingRecord = PostingListItem & { text: string };

/** A title from the posting's first line when the user gave none. */
export function postingTitle(title: string | undefined, text: string): string {
  const given = title?.trim();
  if (given) return given;
  const first = text.trim().split(/\r?\n/)[0]?.trim() ?? "";
  return first.length <= 80 ? first || "Untitled posting" : `${first.slice(0, 79).replace(/\s\S*$/, "")}…`;
}
