// Migrates one template database per vitest run; each test file gets its own copy (tests/support/db.ts).
// SQLite (the default): a template file that test files copy. PostgreSQL (DATABASE_URL=postgresql://…,
// as `npm run test:pg` sets it): a template database on that server that test files clone, all
// dropped at the end.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { isPostgresUrl } from "../../lib/db/url";
import { databaseUrlOn, dropDatabases, onPostgres } from "./postgres";

function migrate(url: string): void {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

export default async function setup(): Promise<() => Promise<void>> {
  const configured = process.env.DATABASE_URL ?? "";
  if (isPostgresUrl(configured)) {
    const prefix = `storybank_test_${process.pid}_${Date.now().toString(36)}`;
    const template = `${prefix}_template`;
    await onPostgres(configured, (client) => client.query(`CREATE DATABASE "${template}"`));
    const templateUrl = databaseUrlOn(configured, template);
    migrate(templateUrl);
    process.env.STORYBANK_TEMPLATE_DB = templateUrl;
    process.env.STORYBANK_TEST_DB_PREFIX = prefix;
    // Copies are made from a connection to the server's own database: PostgreSQL refuses to copy a
    // template that any session (even the copier's) is connected to.
    process.env.STORYBANK_TEST_ADMIN_DB = configured;
    return () => dropDatabases(configured, prefix);
  }
  const dir = mkdtempSync(join(tmpdir(), "storybank-vitest-"));
  const template = join(dir, "template.db");
  migrate(`file:${template}`);
  process.env.STORYBANK_TEMPLATE_DB = template;
  // eslint-disable-next-line @typescript-eslint/require-await -- the teardown signature is async for PostgreSQL
  return async () => rmSync(dir, { recursive: true, force: true });
}
