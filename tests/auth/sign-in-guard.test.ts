import { describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
process.env.AUTH_SIGN_IN_LIMIT = "1000"; // isolate the per-account lockout from the per-address limit
const { POST } = await import("@/app/api/auth/[...all]/route");
const { FAILED_SIGN_IN_LIMIT } = await import("@/lib/sign-in-guard");

const ORIGIN = "http://localhost:3000";
let address = 0;

function call(path: string, body: unknown): Promise<Response> {
  address += 1; // a new address every time: the attacker rotates them
  return POST(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": `198.51.100.${address}` },
      body: JSON.stringify(body),
    }),
  );
}

describe("per-account sign-in lockout", () => {
  it("locks an account after repeated wrong passwords, even from changing addresses", async () => {
    expect((await call("/sign-up/email", { name: "Vic", email: "vic@example.com", password: "the right passphrase" })).status).toBe(200);
    for (let attempt = 0; attempt < FAILED_SIGN_IN_LIMIT; attempt += 1) {
      expect((await call("/sign-in/email", { email: "vic@example.com", password: `guess ${attempt}` })).status).toBe(401);
    }
    const locked = await call("/sign-in/email", { email: "VIC@example.com", password: "the right passphrase" });
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("does not lock other accounts, and a right password clears earlier failures", async () => {
    expect((await call("/sign-up/email", { name: "Wu", email: "wu@example.com", password: "the right passphrase" })).status).toBe(200);
    for (let attempt = 0; attempt < FAILED_SIGN_IN_LIMIT - 1; attempt += 1) {
      await call("/sign-in/email", { email: "wu@example.com", password: "wrong" });
    }
    expect((await call("/sign-in/email", { email: "wu@example.com", password: "the right passphrase" })).status).toBe(200);
    expect((await call("/sign-in/email", { email: "wu@example.com", password: "wrong again" })).status).toBe(401);
    expect((await call("/sign-in/email", { email: "wu@example.com", password: "the right passphrase" })).status).toBe(200);
  });
});
