import { NextRequest, type NextResponse } from "next/server";
import { describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
process.env.BETTER_AUTH_URL = "https://stories.example.org";

/** The proxy answers synchronously unless it must read a server action's body. */
function settled(response: NextResponse | Promise<NextResponse>): NextResponse {
  if (response instanceof Promise) throw new Error("expected a synchronous answer");
  return response;
}

const { auth } = await import("@/lib/auth/server");
const { proxy } = await import("@/proxy");

const ORIGIN = "https://stories.example.org";

function post(path: string, body: unknown): Promise<Response> {
  return auth.handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, host: "stories.example.org", "x-forwarded-for": "203.0.113.30" },
      body: JSON.stringify(body),
    }),
  );
}

describe("BETTER_AUTH_URL", () => {
  it("makes session cookies Secure when the public URL is HTTPS", async () => {
    expect((await post("/sign-up/email", { name: "Sec", email: "sec@example.com", password: "a long passphrase" })).status).toBe(200);
    const signedIn = await post("/sign-in/email", { email: "sec@example.com", password: "a long passphrase" });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/__Secure-[^=]*session_token=/);
    expect(cookie).toMatch(/; Secure/i);
  });

  it("refuses a write whose Origin is not the public URL", () => {
    const write = (origin: string) => settled(proxy(new NextRequest(`${ORIGIN}/api/stories`, { method: "POST", headers: { origin, host: "stories.example.org" } })));
    expect(write("http://localhost:3000").status).toBe(403);
    expect(write("http://stories.example.org").status).toBe(403);
    expect(write(ORIGIN).headers.get("x-middleware-next")).toBe("1");
  });

  it("sends upgrade-insecure-requests in the CSP", () => {
    expect(settled(proxy(new NextRequest(`${ORIGIN}/stories`, { headers: { host: "stories.example.org" } }))).headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
