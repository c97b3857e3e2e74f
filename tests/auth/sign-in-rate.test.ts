import { describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
process.env.AUTH_SIGN_IN_LIMIT = "3";
const { POST } = await import("@/app/api/auth/[...all]/route");
const { db } = await import("@/lib/db/client");

const ORIGIN = "http://localhost:3000";

function signIn(email: string, address: string): Promise<Response> {
  return POST(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": address },
      body: JSON.stringify({ email, password: "some long guess" }),
    }),
  );
}

describe("the per-address sign-in limit (AUTH_SIGN_IN_LIMIT)", { timeout: 60_000 }, () => {
  it("refuses an address over the limit before the lockout writes a row: a flood of made-up emails cannot grow the database", async () => {
    const address = "192.0.2.77";
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await signIn(`guess${i}@example.com`, address)).status);
    expect(statuses).toEqual([401, 401, 401]);
    const rows = await db.rateLimit.count();

    for (let i = 3; i < 40; i++) {
      const refused = await signIn(`guess${i}@example.com`, address);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    }
    expect(await db.rateLimit.count()).toBe(rows);
    expect(await db.rateLimit.count({ where: { key: { contains: "guess39@" } } })).toBe(0);
    // Another address is not held up by this one.
    expect((await signIn("guess0@example.com", "192.0.2.78")).status).toBe(401);
  });

  it("counts an IPv6 /64 as one address", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i++) statuses.push((await signIn(`six${i}@example.com`, `2001:db8:7:7::${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});
