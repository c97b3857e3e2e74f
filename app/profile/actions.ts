"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getSessionUser } from "@/lib/auth/server";
import { formDataOrNull, NOT_A_FORM } from "@/lib/security/malformed";
import { profileSchema, type Profile } from "@/lib/planner";
import { upsertProfile } from "@/lib/planner-data/mutations";

export type ProfileFormState = {
  fieldErrors?: Partial<Record<keyof Profile, string[]>>;
  message?: string;
  saved?: boolean;
  /** What was typed, returned with field errors so the form shows it again instead of resetting it. */
  values?: { roleType: string; years: string; targetTitle: string; stage: string; field: string; includeExamples: boolean };
};

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export async function saveProfile(_prev: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  if (!formDataOrNull(formData)) return { message: NOT_A_FORM };
  const user = await getSessionUser();
  if (!user) return { message: "Your session has ended. Sign in again to save your profile." };
  const parsed = profileSchema.safeParse({
    roleType: formData.get("roleType"),
    years: formData.get("years"),
    targetTitle: formData.get("targetTitle") ?? undefined,
    stage: formData.get("stage") ?? "",
    field: formData.get("field") ?? "",
    includeExamples: formData.get("includeExamples") ?? false,
  });
  if (!parsed.success) {
    const values = {
      roleType: text(formData.get("roleType")),
      years: text(formData.get("years")),
      targetTitle: text(formData.get("targetTitle")),
      stage: text(formData.get("stage")),
      field: text(formData.get("field")),
      includeExamples: formData.get("includeExamples") === "on",
    };
    return { fieldErrors: z.flattenError(parsed.error).fieldErrors, message: "Check the fields marked below.", values };
  }
  try {
    await upsertProfile(user.id, parsed.data);
  } catch (error) {
    console.error("saveProfile: upsert failed", error);
    return { message: "The profile could not be saved. Please try again." };
  }
  for (const path of ["/profile", "/plan", "/balance", "/coverage", "/questions", "/sheet", "/postings"]) revalidatePath(path);
  return { saved: true, message: "Profile saved." };
}
