import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "./support/db";

createThrowawayDatabase();
const { db } = await import("@/lib/db");

describe("lib/db", () => {
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

  it("runs SQLite in WAL mode with a busy timeout and NORMAL sync", async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [busy] = await db.$queryRawUnsafe<{ timeout: number }[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(busy?.timeout)).toBeGreaterThanOrEqual(1000);
    const [sync] = await db.$queryRawUnsafe<{ synchronous: number }[]>("PRAGMA synchronous");
    expect(Number(sync?.synchronous)).toBe(1); // NORMAL
  });
});
