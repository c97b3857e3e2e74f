"use server";

import { revalidatePath } from "next/cache";

import { getSessionUser } from "@/lib/auth/server";
import { formDataOrNull } from "@/lib/security/malformed";
import { QUESTIONS } from "@/lib/planner";
import { savePlan } from "@/lib/planner-data/mutations";

/** The questions to print on the sheet, in the set's order. */
export async function chooseSheetQuestions(formData: FormData): Promise<void> {
  if (!formDataOrNull(formData)) return;
  const user = await getSessionUser();
  if (!user) return;
  const picked = new Set(formData.getAll("questionIds").filter((v): v is string => typeof v === "string"));
  await savePlan(user.id, { questionIds: QUESTIONS.map((q) => q.id as string).filter((id) => picked.has(id)) });
  revalidatePath("/sheet");
}
