"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";

import { changePassword, endSessions, type AccountOutcome, type Asker } from "@/lib/auth/account";
import { getSessionUser } from "@/lib/auth/server";
import { DEVICE_COOKIE } from "@/lib/auth/sign-in-guard";
import { clientAddressIn } from "@/lib/security/client-address";
import { formDataOrNull, NOT_A_FORM } from "@/lib/security/malformed";

export type AccountFormState = { outcome?: AccountOutcome };

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");
const failed = (message: string): AccountFormState => ({ outcome: { ok: false, message } });

async function asker(): Promise<Asker | null> {
  const user = await getSessionUser();
  if (!user) return null;
  const requestHeaders = new Headers(await headers());
  const deviceToken = (await cookies()).get(DEVICE_COOKIE)?.value;
  return { userId: user.id, email: user.email, sessionId: user.sessionId, headers: requestHeaders, address: clientAddressIn(requestHeaders), deviceToken };
}

export async function changePasswordAction(_prev: AccountFormState, formData: FormData): Promise<AccountFormState> {
  if (!formDataOrNull(formData)) return failed(NOT_A_FORM);
  const who = await asker();
  if (!who) return failed("Your session has ended. Sign in again to change your password.");
  try {
    const outcome = await changePassword(who, {
      currentPassword: text(formData.get("currentPassword")),
      newPassword: text(formData.get("newPassword")),
      confirmNewPassword: text(formData.get("confirmNewPassword")),
      signOutOthers: formData.get("signOutOthers") === "on",
    });
    if (outcome.ok) revalidatePath("/account");
    return { outcome };
  } catch (error) {
    console.error("changePasswordAction failed", error);
    return failed("The password could not be changed. Please try again.");
  }
}

export async function endSessionsAction(_prev: AccountFormState, formData: FormData): Promise<AccountFormState> {
  if (!formDataOrNull(formData)) return failed(NOT_A_FORM);
  const who = await asker();
  if (!who) return failed("Your session has ended. Sign in again.");
  const target = text(formData.get("target"));
  if (target === "" || target.length > 100) return failed("Choose a session to sign out.");
  try {
    const outcome = await endSessions(who, { password: text(formData.get("password")), target });
    if (outcome.ok) revalidatePath("/account");
    return { outcome };
  } catch (error) {
    console.error("endSessionsAction failed", error);
    return failed("The sessions could not be signed out. Please try again.");
  }
}
