import "server-only";

import { db } from "@/lib/db/client";

// Windowed counters in the rateLimit table, shared by every instance over one database: the sign-in
// lockout counts wrong passwords with them, the leases count imports and exports running, and the
// public grading endpoint counts requests per address. Each slot is
// taken and given back in single conditional statements, so many requests at once get exactly the limit.

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** The counter under `key`, made at zero when it is not there yet (another request may make it first). */
async function ensureCounter(key: string): Promise<void> {
  try {
    await db.rateLimit.create({ data: { id: key, key, count: 0, lastRequest: 0n } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

/**
 * Counts one under `key` unless `limit` are counted in the window: a window older than `windowMs` starts
 * again from this one. `slide`: each count moves the window's time on (a slot in use); otherwise the
 * window keeps the time it opened (a fixed window of requests).
 */
async function countOne(key: string, limit: number, windowMs: number, now: number, slide: boolean): Promise<boolean> {
  await ensureCounter(key);
  const windowStart = BigInt(now - windowMs);
  const restarted = await db.rateLimit.updateMany({ where: { key, lastRequest: { lt: windowStart } }, data: { count: 1, lastRequest: BigInt(now) } });
  if (restarted.count === 1) return true;
  const counted = await db.rateLimit.updateMany({
    where: { key, count: { lt: limit }, lastRequest: { gte: windowStart } },
    data: slide ? { count: { increment: 1 }, lastRequest: BigInt(now) } : { count: { increment: 1 } },
  });
  return counted.count === 1;
}

/**
 * Takes one slot from the counter under `key`; false when all `limit` are in use. A counter not taken
 * for `windowMs` starts again from this slot, whatever its count says.
 */
export function takeSlot(key: string, limit: number, windowMs: number, now: number): Promise<boolean> {
  return countOne(key, limit, windowMs, now, true);
}

/** Gives one slot back (never below zero). */
export async function giveBackSlot(key: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/**
 * Counts one request in a fixed window of `windowMs` that opens with its first request; false once
 * `limit` have been counted in it. Unlike takeSlot, a request refused does not push the window on.
 */
export function countRequest(key: string, limit: number, windowMs: number, now: number): Promise<boolean> {
  return countOne(key, limit, windowMs, now, false);
}
