// Where each database's Prisma schema and migrations live, and how the PostgreSQL schema is derived
// from the SQLite one (the single source of truth for the data model). Used by prisma.config.ts,
// scripts/pg-migrate.ts and a test that fails when the committed PostgreSQL schema drifts.
import { join } from "node:path";

export const SQLITE_SCHEMA = join("prisma", "schema.prisma");
export const SQLITE_MIGRATIONS = join("prisma", "migrations");
export const POSTGRES_SCHEMA = join("prisma", "postgres", "schema.prisma");
export const POSTGRES_MIGRATIONS = join("prisma", "postgres", "migrations");

const HEADER = [
  "// GENERATED from prisma/schema.prisma by `npm run db:pg-migrate`: edit that file, not this one.",
  "// The PostgreSQL twin of the data model, with its own client (lib/generated/prisma-pg) and",
  "// migrations (prisma/postgres/migrations).",
  "",
].join("\n");

/** The PostgreSQL schema for a SQLite schema: same models, another provider, client and placeholder url. */
export function postgresSchemaFrom(sqlite: string): string {
  const replacements: [RegExp, string][] = [
    [/(generator client \{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-pg"'],
    [/(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"'],
    // A literal, never read: the app and the CLI connect through the driver adapter (see prisma.config.ts).
    [/(datasource db \{[^}]*?url\s*=\s*)"file:[^"]*"/, '$1"postgresql://localhost:5432/storybank"'],
  ];
  let schema = sqlite;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(schema)) throw new Error(`prisma/schema.prisma no longer matches ${String(pattern)}: update lib/db/schemas.ts`);
    schema = schema.replace(pattern, replacement);
  }
  return HEADER + schema;
}
