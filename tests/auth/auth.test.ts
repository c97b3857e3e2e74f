import { describe, expect, it } from "vitest";

import { PASSWORD_MISMATCH } from "@/lib/auth/rules";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { auth } = await import("@/lib/auth/server");
const { db } = await import("@/lib/db/client");

const ORIGIN = "http://localhost:3000";

function post(path: string, body: unknown, ip: string): Promise<Response> {
  return auth.handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify(body),
    }),
  );
}

describe("email and password accounts", () => {
  it("signs up a user, hashes the password, and signing in sets an httpOnly session cookie", async () => {
    const response = await post("/sign-up/email", { name: "Ada", email: "ada@example.com", password: "a long passphrase" }, "203.0.113.1");
    expect(response.status).toBe(200);
    const signedIn = await post("/sign-in/email", { email: "ada@example.com", password: "a long passphrase" }, "203.0.113.1");
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const account = await db.account.findFirst({ where: { user: { email: "ada@example.com" } } });
    expect(account?.password).toBeTruthy();
    expect(account?.password).not.toContain("a long passphrase");
  });

  it("rejects a password shorter than twelve characters (ASVS 2.1.1)", async () => {
    const response = await post("/sign-up/email", { name: "Bo", email: "bo@example.com", password: "eleven char" }, "203.0.113.2");
    expect(response.status).toBe(400);
    expect(await db.user.count({ where: { email: "bo@example.com" } })).toBe(0);
  });

  it.each(["password", "12345678", "Password1", "iloveyou", "qwertyuiop", "  PASSWORD  "])("refuses the common password %j with its reason", async (password) => {
    const response = await post("/sign-up/email", { name: "Common", email: "common@example.com", password }, "203.0.113.6");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe("PASSWORD_TOO_COMMON");
    expect(await db.user.count({ where: { email: "common@example.com" } })).toBe(0);
  });

  it.each([["a long passphrse"], [""], [42], [null]])("refuses a sign-up whose confirmation %j differs from the password, and makes no account", async (confirmPassword) => {
    const response = await post("/sign-up/email", { name: "Typo", email: "typo@example.com", password: "a long passphrase", confirmPassword }, "203.0.113.30");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: PASSWORD_MISMATCH.code, message: PASSWORD_MISMATCH.message });
    expect(await db.user.count({ where: { email: "typo@example.com" } })).toBe(0);
  });

  it("accepts a sign-up whose confirmation repeats the password", async () => {
    const response = await post("/sign-up/email", { name: "Twice", email: "twice@example.com", password: "a long passphrase", confirmPassword: "a long passphrase" }, "203.0.113.31");
    expect(response.status).toBe(200);
    expect((await post("/sign-in/email", { email: "twice@example.com", password: "a long passphrase" }, "203.0.113.31")).status).toBe(200);
  });

  it("answers a sign-up for a taken email exactly as for a new one, without a session", async () => {
    const shape = async (response: Response) => {
      const body = (await response.json()) as { token: unknown; user: Record<string, unknown> };
      return { status: response.status, cookie: response.headers.get("set-cookie"), token: body.token, keys: Object.keys(body.user).sort(), email: body.user.email };
    };
    const fresh = await shape(await post("/sign-up/email", { name: "Dee", email: "dee@example.com", password: "another passphrase" }, "203.0.113.7"));
    const taken = await shape(await post("/sign-up/email", { name: "Dee", email: "ada@example.com", password: "another passphrase" }, "203.0.113.7"));
    expect(taken).toEqual({ ...fresh, email: "ada@example.com" });
    expect(fresh.cookie).toBeNull();
    // The taken account keeps its password.
    expect((await post("/sign-in/email", { email: "ada@example.com", password: "another passphrase" }, "203.0.113.8")).status).toBe(401);
  });

  it("refuses a wrong password", async () => {
    const response = await post("/sign-in/email", { email: "ada@example.com", password: "not the passphrase" }, "203.0.113.3");
    expect(response.status).toBe(401);
  });

  it("rate-limits repeated sign-ins from one address", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      statuses.push((await post("/sign-in/email", { email: "ada@example.com", password: "wrong guess" }, "203.0.113.4")).status);
    }
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // Another address is not affected.
    expect((await post("/sign-in/email", { email: "ada@example.com", password: "a long passphrase" }, "203.0.113.5")).status).toBe(200);
  });
});

describe("trusted origins", () => {
  it("accepts a sign-up from the host the app was reached on, whatever port", async () => {
    const response = await auth.handler(
      new Request("http://127.0.0.1:3456/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://127.0.0.1:3456", host: "127.0.0.1:3456", "x-forwarded-for": "203.0.113.10" },
        body: JSON.stringify({ name: "Cy", email: "cy@example.com", password: "a long passphrase" }),
      }),
    );
    expect(response.status).toBe(200);
  });
});

describe("sessions and the public URL", () => {
  const cookiesOf = (response: Response) =>
    response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0]!)
      .join("; ");

  it("ends a session at once on sign-out, even for a copy of its cookies", async () => {
    const signedIn = await post("/sign-in/email", { email: "ada@example.com", password: "a long passphrase" }, "203.0.113.20");
    expect(signedIn.status).toBe(200);
    const cookie = cookiesOf(signedIn);
    const headers = new Headers({ cookie, origin: ORIGIN, host: "localhost:3000" });
    expect(await auth.api.getSession({ headers })).not.toBeNull();
    const out = await auth.handler(new Request(`${ORIGIN}/api/auth/sign-out`, { method: "POST", headers }));
    expect(out.status).toBe(200);
    expect(await auth.api.getSession({ headers: new Headers({ cookie, host: "localhost:3000" }) })).toBeNull();
  });

  it("sets cookies without Secure over plain HTTP on localhost", async () => {
    const signedIn = await post("/sign-in/email", { email: "ada@example.com", password: "a long passphrase" }, "203.0.113.21");
    const cookie = signedIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/session_token=/);
    expect(cookie).not.toMatch(/Secure/i);
  });
});
