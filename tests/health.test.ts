import { describe, expect, it } from "vitest";

// A database that cannot be opened: its folder is a file.
process.env.DATABASE_URL = "file:/dev/null/storybank.db";
const { GET } = await import("@/app/api/health/route");

describe("GET /api/health", () => {
  it("answers 503 with a reason when the database is unreachable", async () => {
    const response = await GET();
    expect(response.status).toBe(503);
    const body = (await response.json()) as { ok: boolean; db: string; reason: string };
    expect(body.ok).toBe(false);
    expect(body.db).toBe("unreachable");
    expect(body.reason.length).toBeGreaterThan(0);
  });
});
