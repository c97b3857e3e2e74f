import "server-only";

import { db } from "@/lib/db/client";
import { giveBackSlot, takeSlot } from "@/lib/db/counters";
import { env } from "@/lib/env";

// How many imports run at once: one per user, and IMPORTS_AT_ONCE on the whole server. Each import is
// paced (lib/stories/pace.ts), but without these limits one account sending sixteen at once held the
// server's CPU and memory for everyone (list p95 from 25 ms to 7 s, +680 MB). The counts are the shared
// counters of lib/db/counters.ts (as the sign-in lockout's), so every instance over one database shares
// them. A lease not renewed for LEASE_MS (an instance that died mid-import) no longer counts.

export const LEASE_MS = 10 * 60 * 1000;
/** A running import renews its lease this often, so a long one is never taken for one that died. */
const RENEW_MS = 60 * 1000;
/** What a refused import is told to wait before trying again, in seconds. */
export const RETRY_AFTER_SECONDS = 15;

const userKey = (userId: string) => `import-running:${userId}`;
const SERVER_KEY = "import-running:*";

const take = (key: string, limit: number, now: number) => takeSlot(key, limit, LEASE_MS, now);

/** Gives a slot back; never throws (a failed give-back only waits out the lease), so a finished import is never turned into an error. */
async function giveBack(key: string): Promise<void> {
  try {
    await giveBackSlot(key);
  } catch (error) {
    console.error(`import lease: could not give back ${key}; it frees itself within ${LEASE_MS / 60_000} minutes`, error);
  }
}

/** Marks this user's running import (and the server's count) as alive now. */
export async function renewImportLease(userId: string, now = Date.now()): Promise<void> {
  try {
    await db.rateLimit.updateMany({ where: { key: { in: [userKey(userId), SERVER_KEY] } }, data: { lastRequest: BigInt(now) } });
  } catch (error) {
    console.error("import lease: could not renew", error);
  }
}

export type ImportLease = { release: () => Promise<void> };

/** A slot for one import of this user's, or null when theirs or the server's are all in use. */
export async function acquireImportLease(userId: string, now = Date.now()): Promise<ImportLease | null> {
  const mine = userKey(userId);
  if (!(await take(mine, 1, now))) return null;
  let server: boolean;
  try {
    server = await take(SERVER_KEY, env.IMPORTS_AT_ONCE, now);
  } catch (error) {
    await giveBack(mine);
    throw error;
  }
  if (!server) {
    await giveBack(mine);
    return null;
  }
  // While the import runs, its lease stays fresh: only an instance that died stops renewing it.
  const timer = setInterval(() => void renewImportLease(userId), RENEW_MS);
  timer.unref?.();
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(timer);
      await giveBack(SERVER_KEY);
      await giveBack(mine);
    },
  };
}
