import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import { db } from "@/lib/db/client";
import { giveBackSlot, isUniqueViolation, takeSlot } from "@/lib/db/counters";
import { env } from "@/lib/env";
import { addressGroup } from "@/lib/security/client-address";

// Wrong-password lockout, on top of better-auth's per-address limit. Two counters, both taken before
// the password is checked (so fifty concurrent guesses cannot all slip past a read-then-write check):
// - per address + account: AUTH_FAILED_SIGN_IN_LIMIT wrong passwords, then that pair waits out the window;
// - per account, counted only for addresses and browsers that never signed in to it: an attacker who
//   rotates addresses gets AUTH_ACCOUNT_FAILED_SIGN_IN_LIMIT guesses a window in all.
// The owner, from an address or a browser that signed in before, is not stopped by the second counter,
// so nobody can lock them out; the first only ever stops the address making the guesses.
// Counters live in the rateLimit table (shared by every instance), under keys of their own.

export const FAILED_SIGN_IN_LIMIT = env.AUTH_FAILED_SIGN_IN_LIMIT;
export const ACCOUNT_FAILED_SIGN_IN_LIMIT = env.AUTH_ACCOUNT_FAILED_SIGN_IN_LIMIT;
export const FAILED_SIGN_IN_WINDOW_MS = env.AUTH_FAILED_SIGN_IN_WINDOW_MINUTES * 60 * 1000;
/** How long an address stays known for an account after a right password. */
const KNOWN_FOR_MS = 90 * 24 * 60 * 60 * 1000;
export const DEVICE_COOKIE = "storybank.known-device";

const normalise = (email: string) => email.trim().toLowerCase();
// Failures count an IPv6 address by its /64 network (a device may take any address in it at will); a
// known address stays exact, so a network shared by many (a host's /64) is not known for all of them.
const pairKey = (email: string, address: string) => `sign-in-failures:${normalise(email)}|${addressGroup(address)}`;
const accountKey = (email: string) => `sign-in-failures:${normalise(email)}`;
const knownKey = (email: string, address: string) => `sign-in-known:${normalise(email)}|${address}`;

const take = (key: string, limit: number, now: number) => takeSlot(key, limit, FAILED_SIGN_IN_WINDOW_MS, now);

async function waitFor(key: string, now: number): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  return row ? Math.max(1000, Number(row.lastRequest) + FAILED_SIGN_IN_WINDOW_MS - now) : FAILED_SIGN_IN_WINDOW_MS;
}

/** The value of the known-browser cookie for an account: an HMAC, so it cannot be made up. */
export function deviceToken(secret: string, email: string): string {
  return createHmac("sha256", secret).update(`known-device:${normalise(email)}`).digest("base64url");
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Whether the browser holds this account's known-browser cookie (it has signed in to the account before). */
export function knownBrowser(secret: string, email: string, cookie: string | undefined): boolean {
  return cookie !== undefined && sameToken(cookie, deviceToken(secret, email));
}

export type SignInAttempt = { email: string; address: string; deviceToken?: string };
export type Ticket = { keys: string[]; attempt: SignInAttempt };

async function isKnown(attempt: SignInAttempt, secret: string, now: number): Promise<boolean> {
  if (knownBrowser(secret, attempt.email, attempt.deviceToken)) return true;
  const row = await db.rateLimit.findUnique({ where: { key: knownKey(attempt.email, attempt.address) } });
  return row !== null && now - Number(row.lastRequest) < KNOWN_FOR_MS;
}

/** Reserves one password check for this attempt, or says how long to wait (ms). */
export async function reserveSignIn(attempt: SignInAttempt, { secret, now = Date.now() }: { secret: string; now?: number }): Promise<{ ticket: Ticket } | { retryAfterMs: number }> {
  const pair = pairKey(attempt.email, attempt.address);
  if (!(await take(pair, FAILED_SIGN_IN_LIMIT, now))) return { retryAfterMs: await waitFor(pair, now) };
  if (await isKnown(attempt, secret, now)) return { ticket: { keys: [pair], attempt } };
  const account = accountKey(attempt.email);
  if (!(await take(account, ACCOUNT_FAILED_SIGN_IN_LIMIT, now))) {
    await giveBackSlot(pair);
    return { retryAfterMs: await waitFor(account, now) };
  }
  return { ticket: { keys: [pair, account], attempt } };
}

/**
 * Settles a reserved check: a wrong password keeps its count; a right one clears the counters and
 * makes the address known; anything else (a malformed body, the per-address limit) gives it back.
 */
export async function settleSignIn(ticket: Ticket, outcome: "wrong-password" | "signed-in" | "not-checked", now = Date.now()): Promise<void> {
  if (outcome === "wrong-password") return;
  if (outcome === "not-checked") {
    for (const key of ticket.keys) await giveBackSlot(key);
    return;
  }
  const { email, address } = ticket.attempt;
  await db.rateLimit.deleteMany({ where: { key: { in: [pairKey(email, address), accountKey(email)] } } });
  const key = knownKey(email, address);
  try {
    await db.rateLimit.upsert({ where: { key }, create: { id: key, key, count: 1, lastRequest: BigInt(now) }, update: { lastRequest: BigInt(now) } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
