"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getSessionUser } from "@/lib/auth/server";
import { formDataOrNull, NOT_A_FORM } from "@/lib/security/malformed";
import { safeWeaknessesFor, weaknessInputSchema } from "@/lib/planner";
import { savePlan } from "@/lib/planner-data/mutations";
import { loadPlannerState } from "@/lib/planner-data/queries";

export type WeaknessFormState = {
  fieldErrors?: Partial<Record<"skill" | "plan", string[]>>;
  message?: string;
  saved?: boolean;
  /** What was typed, returned with a refusal so the form shows it again instead of resetting it. */
  values?: { skill: string; plan: string };
};

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/** Accepts one of the proposed safe weaknesses, with its sample plan. */
export async function acceptWeakness(formData: FormData): Promise<void> {
  if (!formDataOrNull(formData)) return;
  const user = await getSessionUser();
  if (!user) return;
  // The field may be guessed from the bank, so the weaknesses on offer come from the planner's full state.
  const { ctx } = await loadPlannerState(user.id);
  const id = formData.get("weaknessId");
  const w = safeWeaknessesFor(ctx).find((x) => x.id === id);
  if (!w) return;
  await savePlan(user.id, { weakness: { skill: w.label, plan: w.plan, weaknessId: w.id } });
  revalidatePath("/plan");
  revalidatePath("/sheet");
}

/** The user's own weakness and plan; saved even with warnings, which the page then shows. */
export async function saveWeakness(_prev: WeaknessFormState, formData: FormData): Promise<WeaknessFormState> {
  if (!formDataOrNull(formData)) return { message: NOT_A_FORM };
  const values = { skill: text(formData.get("skill")), plan: text(formData.get("plan")) };
  const user = await getSessionUser();
  if (!user) return { message: "Your session has ended. Sign in again.", values };
  const parsed = weaknessInputSchema.safeParse({ skill: formData.get("skill"), plan: formData.get("plan") ?? "" });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, message: "Check the fields marked below.", values };
  const { ctx } = await loadPlannerState(user.id);
  // Typing a proposal's exact words counts as choosing it.
  const fromTable = safeWeaknessesFor(ctx).find((x) => x.label.toLowerCase() === parsed.data.skill.toLowerCase());
  await savePlan(user.id, { weakness: { ...parsed.data, ...(fromTable ? { weaknessId: fromTable.id } : {}) } });
  revalidatePath("/plan");
  revalidatePath("/sheet");
  return { saved: true, message: "Weakness saved; see the checks above." };
}
