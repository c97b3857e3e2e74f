import "server-only";

import { db } from "@/lib/db/client";
import { giveBackSlot, takeSlot } from "@/lib/db/counters";
import { env } from "@/lib/env";

// How many imports and exports run at once: one of each per user, and IMPORTS_AT_ONCE / EXPORTS_AT_ONCE
// on the whole server. Each is paced or streamed, but without these limits one account sending sixteen
// imports at once held the server's CPU and memory for everyone (list p95 from 25 ms to 7 s, +680 MB), and
// ten parallel exports of a full bank held every other request for 90 s. The counts are the shared
// counters of lib/db/counters.ts (as the sign-in lockout's), so every instance over one database shares
// them. A lease not renewed for LEASE_MS (an instance that died mid-way) no longer counts.

export type LeaseKind = "import" | "export";

export const LEASE_MS = 10 * 60 * 1000;
/** A running import or export renews its lease this often, so a long one is never taken for one that died. */
const RENEW_MS = 60 * 1000;
/** What a refused import or export is told to wait before trying again, in seconds. */
export const RETRY_AFTER_SECONDS = 15;

const userKey = (kind: LeaseKind, userId: string) => `${kind}-running:${userId}`;
const serverKey = (kind: LeaseKind) => `${kind}-running:*`;
const serverLimit = (kind: LeaseKind) => (kind === "import" ? env.IMPORTS_AT_ONCE : env.EXPORTS_AT_ONCE);

const take = (key: string, limit: number, now: number) => takeSlot(key, limit, LEASE_MS, now);

/** Gives a slot back; never throws (a failed give-back only waits out the lease), so a finished import is never turned into an error. */
async function giveBack(key: string): Promise<void> {
  try {
    await giveBackSlot(key);
  } catch (error) {
    console.error(`lease: could not give back ${key}; it frees itself within ${LEASE_MS / 60_000} minutes`, error);
  }
}

/** Marks this user's running import or export (and the server's count) as alive now. */
export async function renewLease(kind: LeaseKind, userId: string, now = Date.now()): Promise<void> {
  try {
    await db.rateLimit.updateMany({ where: { key: { in: [userKey(kind, userId), serverKey(kind)] } }, data: { lastRequest: BigInt(now) } });
  } catch (error) {
    console.error(`${kind} lease: could not renew`, error);
  }
}

/**
 * A running import's or export's slots. `stepAside` gives back the server's slot while keeping the
 * user's (an export waiting on a slow reader does no work), and `stepIn` takes it again before the next
 * piece of work: false while every server slot is in use.
 */
export type Lease = { release: () => Promise<void>; stepAside: () => Promise<void>; stepIn: () => Promise<boolean> };

/** A slot for one import (or export) of this user's, or null when theirs or the server's are all in use. */
export async function acquireLease(kind: LeaseKind, userId: string, now = Date.now()): Promise<Lease | null> {
  const mine = userKey(kind, userId);
  const server = serverKey(kind);
  if (!(await take(mine, 1, now))) return null;
  let gotServer: boolean;
  try {
    gotServer = await take(server, serverLimit(kind), now);
  } catch (error) {
    await giveBack(mine);
    throw error;
  }
  if (!gotServer) {
    await giveBack(mine);
    return null;
  }
  // While the work runs, its lease stays fresh: only an instance that died stops renewing it.
  const timer = setInterval(() => void renewLease(kind, userId), RENEW_MS);
  timer.unref?.();
  let released = false;
  let holdsServer = true;
  return {
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(timer);
      if (holdsServer) await giveBack(server);
      holdsServer = false;
      await giveBack(mine);
    },
    stepAside: async () => {
      if (released || !holdsServer) return;
      holdsServer = false;
      await giveBack(server);
    },
    stepIn: async () => {
      if (released) return false;
      if (holdsServer) return true;
      holdsServer = await take(server, serverLimit(kind), Date.now());
      return holdsServer;
    },
  };
}
