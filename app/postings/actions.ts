"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getSessionUser } from "@/lib/auth/server";
import { formDataOrNull, NOT_A_FORM } from "@/lib/security/malformed";
import { postingInputSchema } from "@/lib/planner";
import { deletePosting, savePosting } from "@/lib/planner-data/mutations";
import { PostingsFullError } from "@/lib/planner-data/records";

export type PostingFormState = {
  fieldErrors?: Partial<Record<"text" | "title", string[]>>;
  message?: string;
  /** What was typed, returned with a refusal so the form shows it again instead of resetting it. */
  values?: { title: string; text: string };
};

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export async function createPosting(_prev: PostingFormState, formData: FormData): Promise<PostingFormState> {
  if (!formDataOrNull(formData)) return { message: NOT_A_FORM };
  const values = { title: text(formData.get("title")), text: text(formData.get("text")) };
  const user = await getSessionUser();
  if (!user) return { message: "Your session has ended. Sign in again.", values };
  const parsed = postingInputSchema.safeParse({ text: formData.get("text") ?? "", title: formData.get("title") ?? undefined });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, message: "Check the fields marked below.", values };
  let id: string;
  try {
    ({ id } = await savePosting(user.id, parsed.data));
  } catch (error) {
    if (error instanceof PostingsFullError) return { message: error.message, values };
    console.error("createPosting: save failed", error);
    return { message: "The posting could not be saved. Please try again.", values };
  }
  revalidatePath("/postings");
  redirect(`/postings/${id}`);
}

export async function removePosting(id: string): Promise<void> {
  const user = await getSessionUser();
  if (!user || typeof id !== "string" || id.length > 100) return;
  await deletePosting(user.id, id);
  revalidatePath("/postings");
  redirect("/postings");
}
