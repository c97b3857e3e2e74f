import "server-only";

import type { StorySummary } from "@/lib/planner";

import { loadBank } from "./bank";
import { getProfile, type ProfileRecord } from "./profile";

export type PlannerState = ProfileRecord & { bank: readonly StorySummary[] };

/** What every planner page starts from: the profile (or its defaults), the plan and the bank's summaries. */
export async function loadPlannerState(userId: string): Promise<PlannerState> {
  const [record, bank] = await Promise.all([getProfile(userId), loadBank(userId)]);
  return { ...record, bank };
}
