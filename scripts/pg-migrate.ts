// `npm run db:pg-migrate -- --name <change>`: after a change to prisma/schema.prisma (and its SQLite
// migration from `npm run db:migrate`), regenerates prisma/postgres/schema.prisma and writes the
// PostgreSQL migration for the change, diffed on a throwaway PostgreSQL server.
//   --check   exit 1 when the PostgreSQL schema or its migrations drift from prisma/schema.prisma
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { isPostgresUrl, resolveDatabaseUrl } from "../lib/db/url";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from "../lib/db/schemas";
import { databaseUrlOn } from "../tests/support/postgres";
import { startThrowawayPostgres } from "./throwaway-postgres";

const { values } = parseArgs({ options: { name: { type: "string" }, check: { type: "boolean", default: false } } });
if (!values.check && !/^[a-z0-9_]+$/.test(values.name ?? "")) {
  console.error("Name the change: npm run db:pg-migrate -- --name add_something (lower case, digits, underscores)");
  process.exit(2);
}

const schema = postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8"));
if (values.check) {
  if (readFileSync(POSTGRES_SCHEMA, "utf8") !== schema) {
    console.error(`${POSTGRES_SCHEMA} drifted from ${SQLITE_SCHEMA}: run npm run db:pg-migrate -- --name <change>`);
    process.exit(1);
  }
} else {
  writeFileSync(POSTGRES_SCHEMA, schema);
}

/** The SQL that takes a database with every committed migration to the schema; "" when none is needed. */
function pendingSql(adminUrl: string): string {
  const diff = ["migrate", "diff", "--from-migrations", POSTGRES_MIGRATIONS, "--to-schema-datamodel", POSTGRES_SCHEMA, "--script"];
  // The shadow database is made (and dropped) on the server named by DATABASE_URL.
  const output = execFileSync("node_modules/.bin/prisma", diff, { env: { ...process.env, DATABASE_URL: adminUrl }, encoding: "utf8" });
  return output.includes("This is an empty migration.") ? "" : output;
}

// A PostgreSQL DATABASE_URL lends its server (for a scratch shadow database); otherwise start a throwaway one.
const configured = resolveDatabaseUrl();
const server = isPostgresUrl(configured) ? null : await startThrowawayPostgres();
try {
  const sql = pendingSql(server ? server.url : databaseUrlOn(configured, "postgres"));
  if (values.check) {
    if (sql) {
      console.error(`${POSTGRES_MIGRATIONS} lacks a migration for the schema:\n${sql}\nRun npm run db:pg-migrate -- --name <change>`);
      process.exitCode = 1;
    } else {
      console.log(`${POSTGRES_SCHEMA} and ${POSTGRES_MIGRATIONS} match ${SQLITE_SCHEMA}.`);
    }
  } else if (!sql) {
    console.log("The PostgreSQL migrations already match the schema: nothing to add.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = join(POSTGRES_MIGRATIONS, `${stamp}_${values.name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "migration.sql"), sql);
    console.log(`wrote ${join(dir, "migration.sql")}`);
  }
} finally {
  server?.stop();
}
