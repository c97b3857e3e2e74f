import "server-only";

import { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureDatabaseDir, resolveDatabaseUrl } from "@/lib/database-url";
import { StoryBankLibSQL } from "@/lib/sqlite-adapter";

export type Db = PrismaClient;

function createDb(): Db {
  const url = resolveDatabaseUrl();
  try {
    ensureDatabaseDir(url);
  } catch (error) {
    // Not fatal here: the first query fails with the real reason, and /api/health reports it.
    console.error(`db: cannot create the folder for ${url}`, error);
  }
  return new PrismaClient({ adapter: new StoryBankLibSQL({ url }) });
}

// One client per process; `next dev` re-evaluates modules, so keep it on globalThis there.
const globalForDb = globalThis as unknown as { storybankDb?: Db };

export const db: Db = globalForDb.storybankDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.storybankDb = db;
