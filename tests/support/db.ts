// A throwaway, migrated SQLite database for one test file. Call before importing anything that
// imports lib/db: the client reads DATABASE_URL when it is created.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function createThrowawayDatabase(): string {
  const template = process.env.STORYBANK_TEMPLATE_DB;
  if (!template) throw new Error("tests/support/global-setup.ts did not run");
  const file = join(mkdtempSync(join(tmpdir(), "storybank-test-")), "test.db");
  copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
  return file;
}
