// Prisma CLI configuration (generate, migrate). Prisma 6.19.3's JavaScript schema engine over a driver
// adapter: the native engine would have to be downloaded, which these machines cannot do.
// DATABASE_URL chooses the database: postgres:// or postgresql:// runs on PostgreSQL with its generated
// schema and migrations (prisma/postgres); anything else is SQLite (prisma/schema.prisma, the source of truth).
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";

import { ensureDatabaseDir, isPostgresUrl, resolveDatabaseUrl } from "./lib/db/url";
import { PostgresMigrationAdapter } from "./lib/db/adapters/postgres";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, SQLITE_MIGRATIONS, SQLITE_SCHEMA } from "./lib/db/schemas";
import { StoryBankLibSQL } from "./lib/db/adapters/sqlite";

/**
 * `migrate dev` replays every migration file on a shadow database as a single statement, which
 * libsql rejects for multi-statement files: run argument-less statements as scripts there instead.
 */
class MigrationLibSQL extends StoryBankLibSQL {
  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const adapter = await super.connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    return adapter;
  }
}

/** The CLI leaves timers of 10 s and more that keep it alive that long after a PostgreSQL command finished. */
function unrefLongTimers(): void {
  const setTimeoutOriginal = globalThis.setTimeout;
  globalThis.setTimeout = ((handler: () => void, ms?: number, ...args: unknown[]) => {
    const timer = setTimeoutOriginal(handler, ms, ...args) as unknown as NodeJS.Timeout;
    if ((ms ?? 0) >= 10_000) timer.unref();
    return timer;
  }) as typeof setTimeout;
}

const url = resolveDatabaseUrl();
const postgres = isPostgresUrl(url);
if (postgres) unrefLongTimers();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? POSTGRES_SCHEMA : SQLITE_SCHEMA,
  migrations: { path: postgres ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS },
  // eslint-disable-next-line @typescript-eslint/require-await -- Prisma expects an async factory
  adapter: async () => {
    if (postgres) return new PostgresMigrationAdapter(url);
    ensureDatabaseDir(url);
    return new MigrationLibSQL({ url });
  },
});
