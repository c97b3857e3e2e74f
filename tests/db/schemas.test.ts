import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from "@/lib/db/schemas";

describe("the PostgreSQL schema (prisma/postgres/schema.prisma)", () => {
  it("is exactly what prisma/schema.prisma generates: run `npm run db:pg-migrate -- --name <change>` when this fails", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("changes only the provider, the client's folder and the placeholder url", () => {
    const sqlite = readFileSync(SQLITE_SCHEMA, "utf8");
    const postgres = postgresSchemaFrom(sqlite);
    expect(postgres).toContain('provider = "postgresql"');
    expect(postgres).toContain('output     = "../../lib/generated/prisma-pg"');
    expect(postgres).not.toContain('"sqlite"');
    const models = (schema: string) => schema.slice(schema.indexOf("\nmodel "));
    expect(models(postgres)).toBe(models(sqlite));
  });

  it("refuses a schema whose datasource it no longer recognises, rather than emit a wrong one", () => {
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/update lib\/db\/schemas.ts/);
  });
});
