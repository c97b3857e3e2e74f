import { describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
process.env.AUTH_SIGN_IN_LIMIT = "1000"; // isolate the lockout from the per-address limit
const { GET, POST } = await import("@/app/api/auth/[...all]/route");
const { ACCOUNT_FAILED_SIGN_IN_LIMIT, FAILED_SIGN_IN_LIMIT } = await import("@/lib/auth/sign-in-guard");

const ORIGIN = "http://localhost:3000";
const PASSWORD = "the right passphrase";
let nextAddress = 0;
const freshAddress = () => `198.51.${Math.floor(++nextAddress / 250)}.${(nextAddress % 250) + 1}`;

type Body = { type: string; body: string };
const json = (value: Record<string, string>): Body => ({ type: "application/json", body: JSON.stringify(value) });
const form = (value: Record<string, string>): Body => ({ type: "application/x-www-form-urlencoded", body: new URLSearchParams(value).toString() });
const jsonVariant = (value: Record<string, string>): Body => ({ type: "application/vnd.api+json; charset=utf-8", body: JSON.stringify(value) });

function call(path: string, { type, body }: Body, { address = freshAddress(), cookie }: { address?: string; cookie?: string } = {}): Promise<Response> {
  return POST(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": type, origin: ORIGIN, "x-forwarded-for": address, ...(cookie ? { cookie } : {}) },
      body,
    }),
  );
}

async function signUp(email: string): Promise<void> {
  expect((await call("/sign-up/email", json({ name: "Test", email, password: PASSWORD }))).status).toBe(200);
}

const wrong = (email: string, attempt: number | string) => ({ email, password: `guess ${attempt}` });

// Each case signs up and signs in several times (scrypt hashing, CPU-bound): on a loaded 2-core machine the
// whole file takes 40 s and one case up to 20 s, so the cases get a longer timeout than the suite default.
describe("sign-in lockout per address and account", { timeout: 60_000 }, () => {
  it("stops an address after repeated wrong passwords", async () => {
    await signUp("vic@example.com");
    const address = freshAddress();
    for (let attempt = 0; attempt < FAILED_SIGN_IN_LIMIT; attempt += 1) {
      expect((await call("/sign-in/email", json(wrong("vic@example.com", attempt)), { address })).status).toBe(401);
    }
    const locked = await call("/sign-in/email", json({ email: "VIC@example.com", password: PASSWORD }), { address });
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("counts wrong passwords sent form-encoded", async () => {
    const email = "form@example.com";
    await signUp(email);
    const address = freshAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < FAILED_SIGN_IN_LIMIT; attempt += 1) statuses.push((await call("/sign-in/email", form(wrong(email, attempt)), { address })).status);
    expect(statuses.every((status) => status === 401)).toBe(true);
    expect((await call("/sign-in/email", json({ email, password: PASSWORD }), { address })).status).toBe(429);
  });

  it("checks the password of the very email it counted: a repeated field is refused, never read two ways", async () => {
    const email = "twice@example.com";
    await signUp(email);
    const address = freshAddress();
    for (let attempt = 0; attempt < FAILED_SIGN_IN_LIMIT; attempt += 1) {
      expect((await call("/sign-in/email", json(wrong(email, attempt)), { address })).status).toBe(401);
    }
    expect((await call("/sign-in/email", json({ email, password: PASSWORD }), { address })).status).toBe(429);
    // A form repeating "email" (a decoy first, the victim last) must not reach the password check.
    const repeated = (password: string) => ({ type: "application/x-www-form-urlencoded", body: `email=decoy%40example.com&email=${encodeURIComponent(email)}&password=${encodeURIComponent(password)}` });
    const guess = await call("/sign-in/email", repeated("another guess"), { address });
    expect(guess.status).toBe(400);
    const right = await call("/sign-in/email", repeated(PASSWORD), { address });
    expect(right.status).toBe(400);
    expect(right.headers.get("set-cookie")).toBeNull();
    // The same with "password" repeated, and in JSON with a repeated key.
    const twoPasswords = await call("/sign-in/email", { type: "application/x-www-form-urlencoded", body: `email=${encodeURIComponent(email)}&password=a&password=b` }, { address: freshAddress() });
    expect(twoPasswords.status).toBe(400);
    const jsonTwice = await call("/sign-in/email", { type: "application/json", body: `{"email":"decoy@example.com","email":"${email}","password":"${PASSWORD}"}` }, { address });
    expect(jsonTwice.status).toBe(429);
  });

  it("counts an IPv6 network as one address: rotating addresses inside a /64 earns no fresh guesses", async () => {
    const email = "six@example.com";
    await signUp(email);
    for (let attempt = 0; attempt < FAILED_SIGN_IN_LIMIT; attempt += 1) {
      expect((await call("/sign-in/email", json(wrong(email, attempt)), { address: `2001:db8:6:6::${(attempt + 1).toString(16)}` })).status).toBe(401);
    }
    expect((await call("/sign-in/email", json({ email, password: PASSWORD }), { address: "2001:db8:6:6:abcd::99" })).status).toBe(429);
    // Another network is another address.
    expect((await call("/sign-in/email", json({ email, password: PASSWORD }), { address: "2001:db8:6:7::1" })).status).toBe(200);
  });

  it("never checks a password sent as text/plain, multipart or a JSON variant", async () => {
    await signUp("plain@example.com");
    const plain = await call("/sign-in/email", { type: "text/plain", body: JSON.stringify({ email: "plain@example.com", password: PASSWORD }) });
    expect(plain.status).toBe(415);
    expect(plain.headers.get("set-cookie")).toBeNull();
    const multipart = await call("/sign-in/email", { type: "multipart/form-data; boundary=x", body: `--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nplain@example.com\r\n--x--\r\n` });
    expect(multipart.status).toBe(415);
    expect((await call("/sign-in/email", jsonVariant({ email: "plain@example.com", password: PASSWORD }))).status).toBe(415);
  });

  it("lets exactly the limit through when 50 wrong passwords arrive at once from one address", async () => {
    await signUp("burst@example.com");
    const address = freshAddress();
    const statuses = await Promise.all(Array.from({ length: 50 }, (_, attempt) => call("/sign-in/email", json(wrong("burst@example.com", attempt)), { address }).then((r) => r.status)));
    expect(statuses.filter((status) => status === 401)).toHaveLength(FAILED_SIGN_IN_LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(50 - FAILED_SIGN_IN_LIMIT);
  });

  it("lets exactly the account limit through when 50 wrong passwords arrive at once from 50 addresses", async () => {
    await signUp("spray@example.com");
    const statuses = await Promise.all(Array.from({ length: 50 }, (_, attempt) => call("/sign-in/email", json(wrong("spray@example.com", attempt))).then((r) => r.status)));
    expect(statuses.filter((status) => status === 401)).toHaveLength(ACCOUNT_FAILED_SIGN_IN_LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(50 - ACCOUNT_FAILED_SIGN_IN_LIMIT);
  });

  it("lets the owner in from an address they signed in from while an attacker has locked the account", async () => {
    await signUp("owner@example.com");
    const home = freshAddress();
    expect((await call("/sign-in/email", json({ email: "owner@example.com", password: PASSWORD }), { address: home })).status).toBe(200);
    for (let attempt = 0; attempt < ACCOUNT_FAILED_SIGN_IN_LIMIT + 5; attempt += 1) await call("/sign-in/email", json(wrong("owner@example.com", attempt)));
    expect((await call("/sign-in/email", json({ email: "owner@example.com", password: PASSWORD }))).status).toBe(429);
    expect((await call("/sign-in/email", json({ email: "owner@example.com", password: PASSWORD }), { address: home })).status).toBe(200);
  });

  it("lets the owner in from a new address with a browser that signed in before", async () => {
    await signUp("travel@example.com");
    const first = await call("/sign-in/email", json({ email: "travel@example.com", password: PASSWORD }));
    const device = /storybank\.known-device=[^;]+/.exec(first.headers.get("set-cookie") ?? "")?.[0];
    expect(device).toBeTruthy();
    for (let attempt = 0; attempt < ACCOUNT_FAILED_SIGN_IN_LIMIT + 5; attempt += 1) await call("/sign-in/email", json(wrong("travel@example.com", attempt)));
    expect((await call("/sign-in/email", json({ email: "travel@example.com", password: PASSWORD }), { cookie: device })).status).toBe(200);
    // The cookie is bound to its account.
    await signUp("other@example.com");
    for (let attempt = 0; attempt < ACCOUNT_FAILED_SIGN_IN_LIMIT; attempt += 1) await call("/sign-in/email", json(wrong("other@example.com", attempt)));
    expect((await call("/sign-in/email", json({ email: "other@example.com", password: PASSWORD }), { cookie: device })).status).toBe(429);
  });

  it("does not count a malformed body against the account", async () => {
    await signUp("typo@example.com");
    const address = freshAddress();
    for (let attempt = 0; attempt < FAILED_SIGN_IN_LIMIT + 2; attempt += 1) {
      expect((await call("/sign-in/email", json({ email: "typo@example.com" }), { address })).status).toBe(400);
    }
    expect((await call("/sign-in/email", json({ email: "typo@example.com", password: PASSWORD }), { address })).status).toBe(200);
  });

  it("clears an address's failures when the right password arrives", async () => {
    await signUp("wu@example.com");
    const address = freshAddress();
    for (let attempt = 0; attempt < FAILED_SIGN_IN_LIMIT - 1; attempt += 1) await call("/sign-in/email", json(wrong("wu@example.com", attempt)), { address });
    expect((await call("/sign-in/email", json({ email: "wu@example.com", password: PASSWORD }), { address })).status).toBe(200);
    expect((await call("/sign-in/email", json(wrong("wu@example.com", "again")), { address })).status).toBe(401);
    expect((await call("/sign-in/email", json({ email: "wu@example.com", password: PASSWORD }), { address })).status).toBe(200);
  });
});

describe("the auth endpoints on offer", { timeout: 60_000 }, () => {
  it("answers 404 for every better-auth endpoint StoryBank does not use, before any password is checked", async () => {
    await signUp("only@example.com");
    const signedIn = await call("/sign-in/email", json({ email: "only@example.com", password: PASSWORD }));
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    for (const path of ["/verify-password", "/change-password", "/update-user", "/change-email", "/delete-user", "/revoke-sessions"]) {
      const response = await call(path, json({ password: PASSWORD, currentPassword: PASSWORD, newPassword: "a new long passphrase", name: "x" }), { cookie });
      expect(response.status, path).toBe(404);
    }
    const get = (path: string) => GET(new Request(`${ORIGIN}/api/auth${path}`, { headers: { origin: ORIGIN, cookie } }));
    expect((await get("/list-sessions")).status).toBe(404);
    expect((await get("/get-session")).status).toBe(200);
    // The sign-in still works with the password that no other endpoint could change.
    expect((await call("/sign-in/email", json({ email: "only@example.com", password: PASSWORD }))).status).toBe(200);
  });

  it("refuses a sign-up body over 16 KB, a name too long or on two lines, and an email on the reserved .invalid domain", async () => {
    const huge = await call("/sign-up/email", json({ name: "N".repeat(17_000), email: "huge@example.com", password: PASSWORD }));
    expect(huge.status).toBe(413);
    const long = await call("/sign-up/email", json({ name: "N".repeat(101), email: "long@example.com", password: PASSWORD }));
    expect(long.status).toBe(400);
    expect(((await long.json()) as { code: string }).code).toBe("INVALID_NAME");
    expect((await call("/sign-up/email", json({ name: "Two\nlines", email: "lines@example.com", password: PASSWORD }))).status).toBe(400);
    expect((await call("/sign-up/email", json({ name: "Holder", email: "victim@undo.invalid", password: PASSWORD }))).status).toBe(400);
    expect((await call("/sign-up/email", json({ name: "Pic", email: "pic@example.com", password: PASSWORD, image: "javascript:alert(1)" }))).status).toBe(400);
    const { db } = await import("@/lib/db/client");
    expect(await db.user.count({ where: { email: { in: ["huge@example.com", "long@example.com", "lines@example.com", "victim@undo.invalid", "pic@example.com"] } } })).toBe(0);
    expect((await call("/sign-up/email", json({ name: "N".repeat(100), email: "fine@example.com", password: PASSWORD }))).status).toBe(200);
  });
});
