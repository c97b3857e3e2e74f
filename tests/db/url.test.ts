import { describe, expect, it } from "vitest";

import { DEFAULT_DATABASE_URL, isPostgresUrl, resolveDatabaseUrl, sqliteFilePath } from "@/lib/db/url";

describe("resolveDatabaseUrl", () => {
  it("defaults to the embedded SQLite file", () => {
    expect(resolveDatabaseUrl({})).toBe(DEFAULT_DATABASE_URL);
    expect(resolveDatabaseUrl({ DATABASE_URL: "  " })).toBe(DEFAULT_DATABASE_URL);
  });

  it("honours DATABASE_URL", () => {
    expect(resolveDatabaseUrl({ DATABASE_URL: "file:/tmp/x.db" })).toBe("file:/tmp/x.db");
  });
});

describe("sqliteFilePath", () => {
  it("resolves a relative file URL against the working directory", () => {
    expect(sqliteFilePath("file:./data/a.db")).toBe(`${process.cwd()}/data/a.db`);
  });

  it("has no file for memory or PostgreSQL URLs", () => {
    expect(sqliteFilePath("file::memory:")).toBeNull();
    expect(sqliteFilePath("postgresql://localhost/db")).toBeNull();
    expect(isPostgresUrl("postgresql://localhost/db")).toBe(true);
    expect(isPostgresUrl("file:./x.db")).toBe(false);
  });
});
