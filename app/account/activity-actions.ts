"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";

import { ACTIVITY_SEEN_COOKIE, dismissalUpTo } from "@/lib/auth/activity";
import { getSessionUser } from "@/lib/auth/server";
import { env } from "@/lib/env";

/** Hides the account-activity notice on this browser up to the event it showed (a later event shows again). */
export async function dismissActivityNotice(formData: FormData): Promise<void> {
  const user = await getSessionUser();
  const raw = formData.get("upTo");
  const until = dismissalUpTo(typeof raw === "string" ? raw : undefined);
  if (!user || !until) return;
  const jar = await cookies();
  // Secure wherever the session cookie is (better-auth gives it the __Secure- prefix over HTTPS).
  jar.set(ACTIVITY_SEEN_COOKIE, until.toISOString(), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: env.SESSION_MAX_HOURS * 60 * 60,
    secure: jar.has("__Secure-better-auth.session_token"),
  });
  revalidatePath("/", "layout");
}
