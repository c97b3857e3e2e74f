import { afterAll, describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { db } = await import("@/lib/db/client");
const { countRequest } = await import("@/lib/db/counters");

afterAll(async () => {
  await db.$disconnect();
});

describe("countRequest", () => {
  it("counts a fixed window from its first request: refusals do not push it on, and it opens again after the window", async () => {
    const start = 1_000_000;
    for (let i = 0; i < 3; i++) expect(await countRequest("t:fixed", 3, 60_000, start + i * 1000)).toBe(true);
    expect(await countRequest("t:fixed", 3, 60_000, start + 30_000)).toBe(false);
    expect(await countRequest("t:fixed", 3, 60_000, start + 59_000)).toBe(false);
    // 60 s after the window opened (not after the last refusal), it opens again.
    expect(await countRequest("t:fixed", 3, 60_000, start + 60_001)).toBe(true);
  });

  it("lets exactly the limit through when many arrive at once", async () => {
    const now = 5_000_000;
    const results = await Promise.all(Array.from({ length: 12 }, () => countRequest("t:burst", 5, 60_000, now)));
    expect(results.filter(Boolean)).toHaveLength(5);
  });
});
