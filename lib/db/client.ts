import "server-only";

import { ensureDatabaseDir, resolveDatabaseUrl } from "@/lib/db/url";
import { createPrismaClient, type Db } from "@/lib/db/create-client";

export type { Db };

function createDb(): Db {
  const url = resolveDatabaseUrl();
  try {
    ensureDatabaseDir(url);
  } catch (error) {
    // Not fatal here: the first query fails with the real reason, and /api/health reports it.
    console.error(`db: cannot create the folder for ${url}`, error);
  }
  return createPrismaClient(url);
}

// One client per process; `next dev` re-evaluates modules, so keep it on globalThis there.
const globalForDb = globalThis as unknown as { storybankDb?: Db };

export const db: Db = globalForDb.storybankDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.storybankDb = db;
