// A Prisma client for a database URL: PostgreSQL for postgres:// and postgresql:// URLs, SQLite
// (through libsql) for everything else. Shared by the app (lib/db/client.ts) and the scripts.
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { isPostgresUrl } from "@/lib/db/url";
import { createPostgresAdapter } from "@/lib/db/adapters/postgres";
import { StoryBankLibSQL } from "@/lib/db/adapters/sqlite";

/**
 * Both generated clients come from one data model, so their model APIs are the same: the app is
 * typed against the SQLite client. (Only PostgreSQL accepts `mode: "insensitive"`; see lib/db/dialect.ts.)
 */
export type Db = PrismaClient;

export function createPrismaClient(url: string): Db {
  if (isPostgresUrl(url)) return new PostgresPrismaClient({ adapter: createPostgresAdapter(url) }) as unknown as Db;
  return new PrismaClient({ adapter: new StoryBankLibSQL({ url }) });
}
