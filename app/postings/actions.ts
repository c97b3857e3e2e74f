"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getSessionUser } from "@/lib/auth/server";
import { formDataOrNull, NOT_A_FORM } from "@/lib/security/malformed";
import { postingInputSchema } from "@/lib/planner";
import { deletePosting, savePosting } from "@/lib/planner-data/mutations";

export type PostingFormState = { fieldErrors?: Partial<Record<"text" | "title", string[]>>; message?: string };

export async function createPosting(_prev: PostingFormState, formData: FormData): Promise<PostingFormState> {
  if (!formDataOrNull(formData)) return { message: NOT_A_FORM };
  const user = await getSessionUser();
  if (!user) return { message: "Your session has ended. Sign in again." };
  const parsed = postingInputSchema.safeParse({ text: formData.get("text") ?? "", title: formData.get("title") ?? undefined });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, message: "Check the fields marked below." };
  let id: string;
  try {
    ({ id } = await savePosting(user.id, parsed.data));
  } catch (error) {
    console.error("createPosting: save failed", error);
    return { message: "The posting could not be saved. Please try again." };
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
