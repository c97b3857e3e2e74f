import { describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
process.env.AUTH_SIGN_IN_LIMIT = "1000"; // isolate from the per-address limit
const { POST } = await import("@/app/api/auth/[...all]/route");
const { changePassword } = await import("@/lib/auth/account");
const { ACTIVITY_KEPT, activityNotice, dismissalUpTo, listActivity, recordActivity, seenUpToFrom } = await import("@/lib/auth/activity");
const { DEVICE_COOKIE, deviceToken } = await import("@/lib/auth/sign-in-guard");
const { authSecret } = await import("@/lib/auth/server");
const { db } = await import("@/lib/db/client");

const ORIGIN = "http://localhost:3000";
const PASSWORD = "the first passphrase";
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
let nextAddress = 0;
const freshAddress = () => `198.51.100.${++nextAddress}`;

function post(path: string, body: Record<string, string>, { userAgent = CHROME, cookie = "", address = freshAddress() } = {}): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": address, "user-agent": userAgent };
  if (cookie) headers.cookie = cookie;
  return POST(new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

type Browser = { cookie: string; sessionId: string; startedAt: Date; address: string };

async function signIn(email: string, { userAgent = CHROME, known = false } = {}): Promise<Browser> {
  const address = freshAddress();
  const response = await post("/sign-in/email", { email, password: PASSWORD }, { userAgent, address, cookie: known ? `${DEVICE_COOKIE}=${deviceToken(authSecret, email)}` : "" });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get("set-cookie") ?? "").split(/,(?=\s*[\w.-]+=)/).map((c) => c.split(";")[0]!.trim()).find((c) => c.includes("session_token="))!;
  const token = decodeURIComponent(cookie.split("=")[1]!).split(".")[0]!;
  const row = await db.session.findUniqueOrThrow({ where: { token } });
  return { cookie, sessionId: row.id, startedAt: row.createdAt, address };
}

async function newAccount(email: string): Promise<string> {
  expect((await post("/sign-up/email", { name: "Test", email, password: PASSWORD })).status).toBe(200);
  return (await db.user.findUniqueOrThrow({ where: { email } })).id;
}

const notice = (userId: string, b: Browser, seen: Date | null = null) => activityNotice(userId, { id: b.sessionId, startedAt: b.startedAt }, seen);
const tick = () => new Promise((r) => setTimeout(r, 5));

describe("account activity (ASVS 2.2.3: the owner is told in the app)", () => {
  it("records a sign-in from a browser new to the account, not one that holds the account's known-browser cookie", async () => {
    const email = "activity-sign-in@example.com";
    const userId = await newAccount(email);
    const first = await signIn(email, { userAgent: FIREFOX });
    await signIn(email, { known: true });
    const rows = await listActivity(userId, first.sessionId);
    expect(rows.map((r) => [r.kind, r.device, r.address, r.thisSession])).toEqual([["signed-in-new-browser", "Firefox on Windows", first.address, true]]);
  });

  it("tells every other browser signed in at the time, not the one it came from, until that browser dismisses it", async () => {
    const email = "activity-notice@example.com";
    const userId = await newAccount(email);
    const laptop = await signIn(email, { known: true });
    await tick();
    const stranger = await signIn(email, { userAgent: FIREFOX });
    const told = await notice(userId, laptop);
    expect(told).toMatchObject({ kind: "signed-in-new-browser", device: "Firefox on Windows", address: stranger.address, thisSession: false });
    expect(await notice(userId, stranger)).toBeNull();
    expect(await notice(userId, laptop, told!.createdAt)).toBeNull();
    // A browser that signs in later is not told of what came before it.
    await tick();
    expect(await notice(userId, await signIn(email, { known: true }))).toBeNull();
  });

  it("records a password change, told to the other browsers that stay signed in and not to the one that changed it", async () => {
    const email = "activity-password@example.com";
    const userId = await newAccount(email);
    const phone = await signIn(email, { known: true });
    await tick();
    const laptop = await signIn(email, { known: true });
    await tick();
    const headers = new Headers({ cookie: laptop.cookie, origin: ORIGIN, "x-forwarded-for": laptop.address, "user-agent": CHROME });
    const outcome = await changePassword(
      { userId, email, sessionId: laptop.sessionId, headers, address: laptop.address },
      { currentPassword: PASSWORD, newPassword: "a second passphrase", confirmNewPassword: "a second passphrase", signOutOthers: false },
    );
    expect(outcome.ok).toBe(true);
    expect(await notice(userId, phone)).toMatchObject({ kind: "password-changed", device: "Chrome on Linux", address: laptop.address });
    expect(await notice(userId, laptop)).toBeNull();
    expect((await listActivity(userId, laptop.sessionId))[0]).toMatchObject({ kind: "password-changed", thisSession: true });
  });

  it("credits a password change that signs the others out to the new session it gives this browser", async () => {
    const email = "activity-sign-out@example.com";
    const userId = await newAccount(email);
    const laptop = await signIn(email, { known: true });
    await tick();
    const headers = new Headers({ cookie: laptop.cookie, origin: ORIGIN, "x-forwarded-for": laptop.address, "user-agent": CHROME });
    const outcome = await changePassword(
      { userId, email, sessionId: laptop.sessionId, headers, address: laptop.address },
      { currentPassword: PASSWORD, newPassword: "a second passphrase", confirmNewPassword: "a second passphrase", signOutOthers: true },
    );
    expect(outcome.ok).toBe(true);
    const sessions = await db.session.findMany({ where: { userId } });
    expect(sessions).toHaveLength(1);
    const event = await db.securityEvent.findFirstOrThrow({ where: { userId, kind: "password-changed" } });
    expect(event.sessionId).toBe(sessions[0]!.id);
    expect(await notice(userId, { cookie: "", sessionId: sessions[0]!.id, startedAt: sessions[0]!.createdAt, address: "" })).toBeNull();
  });

  it(`keeps the newest ${ACTIVITY_KEPT} events of an account and leaves other accounts' alone`, async () => {
    const userId = await newAccount("activity-bounded@example.com");
    const other = await newAccount("activity-bounded-other@example.com");
    await recordActivity(other, "password-changed", { sessionId: "", userAgent: null, address: "" });
    const start = Date.now();
    for (let i = 0; i < ACTIVITY_KEPT + 5; i++) await recordActivity(userId, "password-changed", { sessionId: "", userAgent: null, address: `10.0.0.${i}` }, new Date(start + i * 1000));
    const rows = await listActivity(userId, "");
    expect(rows).toHaveLength(ACTIVITY_KEPT);
    expect(rows[0]!.address).toBe(`10.0.0.${ACTIVITY_KEPT + 4}`);
    expect(rows.at(-1)!.address).toBe("10.0.0.5");
    expect(await db.securityEvent.count({ where: { userId: other } })).toBe(1);
    expect(rows[0]!.device).toBe("Unknown browser");
  });

  it("reads the dismissal cookie only as a time", () => {
    expect(seenUpToFrom("2026-12-07T10:00:00.000Z")?.toISOString()).toBe("2026-12-07T10:00:00.000Z");
    expect(seenUpToFrom("not a time")).toBeNull();
    expect(seenUpToFrom(undefined)).toBeNull();
    expect(seenUpToFrom("2".repeat(41))).toBeNull();
  });

  it("lets 'It was me' hide a notice up to the time it showed, never past now", () => {
    const now = new Date("2026-12-07T12:00:00.000Z");
    expect(dismissalUpTo("2026-12-07T11:00:00.000Z", now)?.toISOString()).toBe("2026-12-07T11:00:00.000Z");
    expect(dismissalUpTo("2099-01-01T00:00:00.000Z", now)?.toISOString()).toBe(now.toISOString());
    expect(dismissalUpTo("soon", now)).toBeNull();
  });
});
