// A throwaway, migrated database for one test file: a copy of the run's template (tests/support/global-setup.ts),
// on SQLite or PostgreSQL like the run. Call (and await) before importing anything that imports lib/db/client:
// the client reads DATABASE_URL when it is created.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { isPostgresUrl } from "../../lib/db/url";
import { databaseUrlOn, onPostgres } from "./postgres";

let copies = 0;

export async function createThrowawayDatabase(): Promise<string> {
  const template = process.env.STORYBANK_TEMPLATE_DB;
  if (!template) throw new Error("tests/support/global-setup.ts did not run");
  if (isPostgresUrl(template)) {
    const name = `${process.env.STORYBANK_TEST_DB_PREFIX}_${process.pid}_${++copies}`;
    const templateName = new URL(template).pathname.slice(1);
    await onPostgres(process.env.STORYBANK_TEST_ADMIN_DB ?? template, async (client) => {
      // Another test file's copy can hold the template for a moment: try again briefly.
      for (let attempt = 1; ; attempt++) {
        try {
          return await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
        } catch (error) {
          if (attempt >= 10 || !/being accessed by other users/.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
      }
    });
    process.env.DATABASE_URL = databaseUrlOn(template, name);
    return process.env.DATABASE_URL;
  }
  const file = join(mkdtempSync(join(tmpdir(), "storybank-test-")), "test.db");
  copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
  return process.env.DATABASE_URL;
}
