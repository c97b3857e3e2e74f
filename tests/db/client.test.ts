import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { containsInsensitive } from "@/lib/db/dialect";
import { poolSize } from "@/lib/db/adapters/postgres";
import { createPrismaClient } from "@/lib/db/create-client";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { db } = await import("@/lib/db/client");

describe("lib/db/client (on the database this run uses)", () => {
  beforeAll(async () => {
    await db.user.create({ data: { id: "u1", name: "Ada", email: "ada@example.com" } });
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("writes and reads a row through Prisma", async () => {
    const user = await db.user.findUnique({ where: { email: "ada@example.com" } });
    expect(user?.name).toBe("Ada");
  });

  it("enforces unique emails", async () => {
    await expect(db.user.create({ data: { id: "u2", name: "Twin", email: "ada@example.com" } })).rejects.toThrow();
  });
});

describe("the SQLite adapter (lib/db/adapters/sqlite.ts)", () => {
  const dir = mkdtempSync(join(tmpdir(), "storybank-sqlite-"));
  const sqlite = createPrismaClient(`file:${join(dir, "pragmas.db")}`);
  afterAll(async () => {
    await sqlite.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs SQLite in WAL mode with a busy timeout and NORMAL sync", async () => {
    const [journal] = await sqlite.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [busy] = await sqlite.$queryRawUnsafe<{ timeout: number }[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(busy?.timeout)).toBeGreaterThanOrEqual(1000);
    const [sync] = await sqlite.$queryRawUnsafe<{ synchronous: number }[]>("PRAGMA synchronous");
    expect(Number(sync?.synchronous)).toBe(1); // NORMAL
  });
});

describe("dialect differences (lib/db/dialect.ts, lib/db/adapters/postgres.ts)", () => {
  it("asks PostgreSQL, and only PostgreSQL, for an insensitive match", () => {
    expect(containsInsensitive("Zebra", "postgresql")).toEqual({ contains: "Zebra", mode: "insensitive" });
    expect(containsInsensitive("Zebra", "sqlite")).toEqual({ contains: "Zebra" });
  });

  it("sizes the PostgreSQL pool from DATABASE_POOL_SIZE, falling back to 10 for nonsense", () => {
    expect(poolSize({})).toBe(10);
    expect(poolSize({ DATABASE_POOL_SIZE: "4" })).toBe(4);
    // A value out of range or not a number stops the app at start, naming the variable.
    expect(() => poolSize({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE="0"/);
    expect(() => poolSize({ DATABASE_POOL_SIZE: "many" })).toThrow(/DATABASE_POOL_SIZE="many"/);
  });
});
