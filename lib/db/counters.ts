import "server-only";

import { db } from "@/lib/db/client";

// Windowed counters in the rateLimit table, shared by every instance over one database: the sign-in
// lockout counts wrong passwords with them, the leases count imports and exports running, and the
// public grading endpoint counts requests per address. Each slot is
// taken and given back in single conditional statements, so many requests at once get exactly the limit.

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/**
 * Takes one slot from the counter under `key`; false when all `limit` are in use. A counter not taken
 * for `windowMs` starts again from this slot, whatever its count says.
 */
export async function takeSlot(key: string, limit: number, windowMs: number, now: number): Promise<boolean> {
  try {
    await db.rateLimit.create({ data: { id: key, key, count: 0, lastRequest: 0n } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const windowStart = BigInt(now - windowMs);
  const restarted = await db.rateLimit.updateMany({ where: { key, lastRequest: { lt: windowStart } }, data: { count: 1, lastRequest: BigInt(now) } });
  if (restarted.count === 1) return true;
  const taken = await db.rateLimit.updateMany({
    where: { key, count: { lt: limit }, lastRequest: { gte: windowStart } },
    data: { count: { increment: 1 }, lastRequest: BigInt(now) },
  });
  return taken.count === 1;
}

/** Gives one slot back (never below zero). */
export async function giveBackSlot(key: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/**
 * Counts one request in a fixed window of `windowMs` that opens with its first request; false once
 * `limit` have been counted in it. Unlike takeSlot, a request refused does not push the window on.
 */
export async function countRequest(key: string, limit: number, windowMs: number, now: number): Promise<boolean> {
  try {
    await db.rateLimit.create({ data: { id: key, key, count: 0, lastRequest: 0n } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // lastRequest holds the window's opening here.
  const windowStart = BigInt(now - windowMs);
  const opened = await db.rateLimit.updateMany({ where: { key, lastRequest: { lt: windowStart } }, data: { count: 1, lastRequest: BigInt(now) } });
  if (opened.count === 1) return true;
  const counted = await db.rateLimit.updateMany({ where: { key, count: { lt: limit }, lastRequest: { gte: windowStart } }, data: { count: { increment: 1 } } });
  return counted.count === 1;
}
