import { describe, expect, it } from "vitest";

// A database that cannot be opened: its folder is a file.
process.env.DATABASE_URL = "file:/dev/null/storybank.db";
const { GET } = await import("@/app/api/health/route");

describe("GET /api/health", () => {
  it("answers 503 when the database is unreachable, with no internals (path, driver message) for the caller", async () => {
    const logged: unknown[][] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const raw = await response.text();
      const body = JSON.parse(raw) as { ok: boolean; db: string; reason: string };
      expect(body).toEqual({ ok: false, db: "unreachable", reason: "The database could not be reached; the server log has the details." });
      expect(raw).not.toContain("/dev/null");
      // ... while the server log keeps what went wrong.
      expect(String(logged.flat().join(" "))).toMatch(/health: database query failed/);
    } finally {
      console.error = log;
    }
  });
});
