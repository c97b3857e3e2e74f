import "server-only";

import { APIError } from "better-auth/api";

import { recordActivity } from "@/lib/auth/activity";
import { describeDevice } from "@/lib/auth/device";
import { auth, authSecret } from "@/lib/auth/server";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_TOO_COMMON_MESSAGE, passwordConfirmationProblem } from "@/lib/auth/rules";
import { reserveSignIn, settleSignIn } from "@/lib/auth/sign-in-guard";
import { db } from "@/lib/db/client";
import { countRequest } from "@/lib/db/counters";
import { addressGroup } from "@/lib/security/client-address";

export { describeDevice };

// The account page's work: change the password, see the sessions that are signed in, end them. Every
// check of a password here is a sign-in attempt to the lockout of lib/auth/sign-in-guard.ts, so a
// stolen session cannot be used to guess the password past it.

/**
 * Who asks: the signed-in user, the session they asked from, the request's headers and address, and the
 * known-browser cookie (lib/auth/sign-in-guard.ts) when the browser holds one.
 */
export type Asker = { userId: string; email: string; sessionId: string; headers: Headers; address: string; deviceToken?: string };

export type AccountOutcome =
  | { ok: true; message: string }
  | { ok: false; field?: "currentPassword" | "newPassword" | "confirmNewPassword" | "password"; message: string; retryAfterSeconds?: number };

/**
 * Password checks one session, and one address, may ask for from this page in a minute, right or wrong:
 * each costs two scrypt hashes, and a right password clears the lockout's count, so the lockout alone
 * bounds only guesses. Per session, not per account: someone holding a stolen session must not be able
 * to use up the owner's checks and so keep the owner from signing that session out.
 */
export const ACCOUNT_CHECKS_PER_MINUTE = 20;

/** The sessions one account may hold that the page lists (an account has one per sign-in). */
const MAX_LISTED = 50;

export type SessionRow = {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  device: string;
  address: string | null;
  current: boolean;
};

/** The account's sessions that have not ended, this one first, then the newest. Tokens never leave the server. */
export async function listSessions(userId: string, currentId: string, now = new Date()): Promise<SessionRow[]> {
  const rows = await db.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, expiresAt: true, userAgent: true, ipAddress: true },
    orderBy: { createdAt: "desc" },
    take: MAX_LISTED,
  });
  return rows
    .map((row) => ({ id: row.id, createdAt: row.createdAt, expiresAt: row.expiresAt, device: describeDevice(row.userAgent), address: row.ipAddress || null, current: row.id === currentId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Why a new password is refused, or null. */
export function newPasswordProblem(password: string): string | null {
  if (isCommonPassword(password)) return PASSWORD_TOO_COMMON_MESSAGE;
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  return null;
}

const waitMessage = (ms: number) => {
  const minutes = Math.ceil(ms / 60_000);
  return `Too many wrong passwords for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
};

/**
 * Runs `check` (which throws better-auth's INVALID_PASSWORD for a wrong password) as one sign-in attempt
 * of the lockout: a wrong password counts, a right one clears the count.
 */
async function asSignInAttempt(asker: Asker, field: "currentPassword" | "password", check: () => Promise<void>): Promise<AccountOutcome | null> {
  // The lockout first: a refused attempt costs nothing and takes none of the minute's checks.
  const reserved = await reserveSignIn({ email: asker.email, address: asker.address, deviceToken: asker.deviceToken }, { secret: authSecret });
  if ("retryAfterMs" in reserved) return { ok: false, field, message: waitMessage(reserved.retryAfterMs), retryAfterSeconds: Math.ceil(reserved.retryAfterMs / 1000) };
  const now = Date.now();
  const withinMinute =
    (await countRequest(`account-checks:session:${asker.sessionId}`, ACCOUNT_CHECKS_PER_MINUTE, 60_000, now)) &&
    (await countRequest(`account-checks:address:${addressGroup(asker.address)}`, ACCOUNT_CHECKS_PER_MINUTE, 60_000, now));
  if (!withinMinute) {
    await settleSignIn(reserved.ticket, "not-checked");
    return { ok: false, field, message: "Too many password checks in a minute. Wait a minute, then try again.", retryAfterSeconds: 60 };
  }
  try {
    await check();
  } catch (error) {
    if (error instanceof APIError && error.body?.code === "INVALID_PASSWORD") {
      await settleSignIn(reserved.ticket, "wrong-password");
      return { ok: false, field, message: "That is not your current password." };
    }
    await settleSignIn(reserved.ticket, "not-checked");
    throw error;
  }
  await settleSignIn(reserved.ticket, "signed-in");
  return null;
}

/**
 * Changes the password after checking the current one, once the new one is typed the same twice. With
 * `signOutOthers` every other session ends and this browser gets a new one (better-auth sets its cookie).
 */
export async function changePassword(
  asker: Asker,
  input: { currentPassword: string; newPassword: string; confirmNewPassword: string; signOutOthers: boolean },
): Promise<AccountOutcome> {
  if (input.currentPassword === "") return { ok: false, field: "currentPassword", message: "Enter your current password." };
  if (input.currentPassword.length > PASSWORD_MAX_LENGTH) return { ok: false, field: "currentPassword", message: "That is not your current password." };
  const problem = newPasswordProblem(input.newPassword);
  if (problem) return { ok: false, field: "newPassword", message: problem };
  const mismatch = passwordConfirmationProblem(input.newPassword, input.confirmNewPassword);
  if (mismatch) return { ok: false, field: "confirmNewPassword", message: mismatch.message };
  if (input.newPassword === input.currentPassword) return { ok: false, field: "newPassword", message: "Choose a password different from the current one." };
  let newToken: string | null = null;
  const refused = await asSignInAttempt(asker, "currentPassword", async () => {
    const changed = await auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: input.signOutOthers },
      headers: asker.headers,
    });
    newToken = changed.token ?? null;
  });
  if (refused) return refused;
  // Signing the others out gives this browser a new session: the event is its, so its own notice leaves it out.
  // The password has changed by now: a failure to note it is logged, never reported as a failed change.
  try {
    const madeIn = newToken === null ? asker.sessionId : ((await db.session.findUnique({ where: { token: newToken }, select: { id: true } }))?.id ?? asker.sessionId);
    await recordActivity(asker.userId, "password-changed", { sessionId: madeIn, userAgent: asker.headers.get("user-agent"), address: asker.address });
  } catch (error) {
    console.error("changePassword: the account activity could not be recorded", error);
  }
  return {
    ok: true,
    message: input.signOutOthers ? "Password changed. Every other device is signed out." : "Password changed. Your other devices stay signed in until their sessions end.",
  };
}

/** Ends one other session of the account (by id), or all of them but this one, after the password is given again. */
export async function endSessions(asker: Asker, input: { password: string; target: string }): Promise<AccountOutcome> {
  if (input.password === "") return { ok: false, field: "password", message: "Enter your password to sign out other devices." };
  if (input.password.length > PASSWORD_MAX_LENGTH) return { ok: false, field: "password", message: "That is not your current password." };
  if (input.target === asker.sessionId) return { ok: false, message: "To end this session, use Sign out at the top of the page." };
  const refused = await asSignInAttempt(asker, "password", async () => {
    await auth.api.verifyPassword({ body: { password: input.password }, headers: asker.headers });
  });
  if (refused) return refused;
  const others = { userId: asker.userId, id: input.target === "others" ? { not: asker.sessionId } : input.target };
  // No cookie cache (lib/auth/server.ts): a deleted row ends that session on its next request.
  const { count } = await db.session.deleteMany({ where: others });
  if (input.target !== "others" && count === 0) return { ok: true, message: "That session had already ended." };
  return { ok: true, message: count === 1 ? "1 other session signed out." : `${count} other sessions signed out.` };
}
