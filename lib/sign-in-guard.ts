import "server-only";

import { db } from "@/lib/db";

// Per-account lockout, on top of better-auth's per-address limit: an attacker who rotates addresses
// (or forges X-Forwarded-For) still gets only this many wrong passwords per account per window.
export const FAILED_SIGN_IN_LIMIT = Number(process.env.AUTH_FAILED_SIGN_IN_LIMIT ?? 10);
export const FAILED_SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

const keyFor = (email: string) => `sign-in-failures:${email.trim().toLowerCase()}`;

/** Milliseconds until the account may try again, or 0 when it may try now. */
export async function signInLockedFor(email: string, now = Date.now()): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key: keyFor(email) } });
  if (!row) return 0;
  const since = now - Number(row.lastRequest);
  if (since >= FAILED_SIGN_IN_WINDOW_MS || row.count < FAILED_SIGN_IN_LIMIT) return 0;
  return FAILED_SIGN_IN_WINDOW_MS - since;
}

export async function recordFailedSignIn(email: string, now = Date.now()): Promise<void> {
  const key = keyFor(email);
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || now - Number(row.lastRequest) >= FAILED_SIGN_IN_WINDOW_MS) {
    await db.rateLimit.upsert({
      where: { key },
      create: { id: key, key, count: 1, lastRequest: BigInt(now) },
      update: { count: 1, lastRequest: BigInt(now) },
    });
    return;
  }
  await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 }, lastRequest: BigInt(now) } });
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: keyFor(email) } });
}
