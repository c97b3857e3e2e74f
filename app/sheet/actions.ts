"use server";

import { revalidatePath } from "next/cache";

import { getSessionUser } from "@/lib/auth/server";
import { formDataOrNull } from "@/lib/security/malformed";
import { FIELD_FAMILIES, QUESTIONS } from "@/lib/planner";
import { savePlan } from "@/lib/planner-data/mutations";

/** Every question a sheet can hold: each field's own, then the common set. */
const ALL_QUESTION_IDS: readonly string[] = [...FIELD_FAMILIES.flatMap((f) => f.questions.map((q) => q.id as string)), ...QUESTIONS.map((q) => q.id as string)];
/** The stored plan keeps at most this many (lib/planner-data/records storedPlanSchema). */
const MAX_SHEET_QUESTIONS = 60;

/** The questions to print on the sheet, in the set's order; unknown ids are dropped. */
export async function chooseSheetQuestions(formData: FormData): Promise<void> {
  if (!formDataOrNull(formData)) return;
  const user = await getSessionUser();
  if (!user) return;
  const picked = new Set(formData.getAll("questionIds").filter((v): v is string => typeof v === "string"));
  await savePlan(user.id, { questionIds: ALL_QUESTION_IDS.filter((id) => picked.has(id)).slice(0, MAX_SHEET_QUESTIONS) });
  revalidatePath("/sheet");
}
