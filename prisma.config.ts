// Prisma CLI configuration (generate, migrate). Prisma 6.19.3's JavaScript schema engine over
// the libsql driver adapter: the native engine would have to be downloaded, which these machines cannot do.
import path from "node:path";

import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";

import { ensureDatabaseDir, resolveDatabaseUrl } from "./lib/database-url";
import { StoryBankLibSQL } from "./lib/sqlite-adapter";

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

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  // eslint-disable-next-line @typescript-eslint/require-await -- Prisma expects an async factory
  adapter: async () => {
    const url = resolveDatabaseUrl();
    ensureDatabaseDir(url);
    return new MigrationLibSQL({ url });
  },
});
