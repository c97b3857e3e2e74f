import { describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
process.env.AUTH_SIGN_IN_LIMIT = "1000"; // isolate the lockout from the per-address limit
const { GET, POST } = await import("@/app/api/auth/[...all]/route");
const { PASSWORD_MISMATCH, withinSessionLifetime } = await import("@/lib/auth/rules");
const { auth } = await import("@/lib/auth/server");
const { ACCOUNT_CHECKS_PER_MINUTE, changePassword, describeDevice, endSessions, listSessions, newPasswordProblem } = await import("@/lib/auth/account");
const { ACCOUNT_FAILED_SIGN_IN_LIMIT, FAILED_SIGN_IN_LIMIT, deviceToken } = await import("@/lib/auth/sign-in-guard");
const { authSecret } = await import("@/lib/auth/server");
const { db } = await import("@/lib/db/client");
const { env } = await import("@/lib/env");

const ORIGIN = "http://localhost:3000";
const PASSWORD = "the first passphrase";
const NEW_PASSWORD = "a second passphrase";
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
let nextAddress = 0;
const freshAddress = () => `192.0.2.${++nextAddress}`;

function post(path: string, body: Record<string, string>, { address = freshAddress(), userAgent = CHROME } = {}): Promise<Response> {
  return POST(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": address, "user-agent": userAgent },
      body: JSON.stringify(body),
    }),
  );
}

type Device = { cookie: string; sessionId: string; address: string };

/** Signs in and returns the session cookie and its row's id. */
async function signIn(email: string, password: string, userAgent = CHROME): Promise<Device> {
  const address = freshAddress();
  const response = await post("/sign-in/email", { email, password }, { address, userAgent });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get("set-cookie") ?? "").split(/,(?=\s*[\w.-]+=)/).map((c) => c.split(";")[0]!.trim()).find((c) => c.includes("session_token="));
  expect(cookie).toBeDefined();
  const token = decodeURIComponent(cookie!.split("=")[1]!).split(".")[0]!;
  const row = await db.session.findUniqueOrThrow({ where: { token } });
  return { cookie: cookie!, sessionId: row.id, address };
}

async function newAccount(email: string): Promise<{ userId: string }> {
  expect((await post("/sign-up/email", { name: "Test", email, password: PASSWORD })).status).toBe(200);
  return { userId: (await db.user.findUniqueOrThrow({ where: { email } })).id };
}

const askerFor = (email: string, userId: string, device: Device) => ({
  userId,
  email,
  sessionId: device.sessionId,
  headers: new Headers({ cookie: device.cookie, origin: ORIGIN, "x-forwarded-for": device.address }),
  address: device.address,
});

const signsIn = async (email: string, password: string) => (await post("/sign-in/email", { email, password })).status === 200;

describe("describeDevice", () => {
  it.each([
    [FIREFOX, "Firefox on Windows"],
    [CHROME, "Chrome on Linux"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari on iOS"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge on Windows"],
    ["curl/8.5.0", "curl"],
    ["", "Unknown browser"],
    [null, "Unknown browser"],
  ])("names %j as %j", (userAgent, expected) => {
    expect(describeDevice(userAgent)).toBe(expected);
  });
});

describe("newPasswordProblem", () => {
  it("refuses short, overlong and common passwords, and accepts a long uncommon one", () => {
    expect(newPasswordProblem("short a bit")).toMatch(/at least 12/);
    expect(newPasswordProblem("x".repeat(129))).toMatch(/at most 128/);
    expect(newPasswordProblem("password1")).toMatch(/common/);
    expect(newPasswordProblem(NEW_PASSWORD)).toBeNull();
  });
});

describe("session lifetime", { timeout: 30_000 }, () => {
  it("ends a session SESSION_MAX_HOURS after sign-in, and using it never extends it", async () => {
    await newAccount("life@example.com");
    const device = await signIn("life@example.com", PASSWORD);
    const row = await db.session.findUniqueOrThrow({ where: { id: device.sessionId } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(env.SESSION_MAX_HOURS * 3_600_000, -4);
    // An hour before its end, and signed in long ago: a sliding session would be pushed on here.
    const nearEnd = new Date(Date.now() + 3_600_000);
    await db.session.update({ where: { id: device.sessionId }, data: { expiresAt: nearEnd, createdAt: new Date(Date.now() - 11 * 3_600_000), updatedAt: new Date(Date.now() - 11 * 3_600_000) } });
    const session = await auth.api.getSession({ headers: new Headers({ cookie: device.cookie }) });
    expect(session?.session.id).toBe(device.sessionId);
    expect((await db.session.findUniqueOrThrow({ where: { id: device.sessionId } })).expiresAt.getTime()).toBe(nearEnd.getTime());
    // Past its end it is gone.
    await db.session.update({ where: { id: device.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await auth.api.getSession({ headers: new Headers({ cookie: device.cookie }) })).toBeNull();
  });
});

describe("session lifetime, whatever the sign-in asks", { timeout: 30_000 }, () => {
  it("ignores a sign-in's rememberMe: false, which would give the session a day", async () => {
    await newAccount("remember@example.com");
    const response = await post("/sign-in/email", { email: "remember@example.com", password: PASSWORD, rememberMe: false } as unknown as Record<string, string>);
    expect(response.status).toBe(200);
    const row = await db.session.findFirstOrThrow({ where: { user: { email: "remember@example.com" } } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(env.SESSION_MAX_HOURS * 3_600_000, -4);
  });

  it("counts a session's lifetime from its sign-in, so an older row with a later expiry still ends", () => {
    const now = Date.parse("2026-12-07T12:00:00Z");
    expect(withinSessionLifetime(new Date(now - 11 * 3_600_000), 12, now)).toBe(true);
    expect(withinSessionLifetime(new Date(now - 13 * 3_600_000), 12, now)).toBe(false);
    expect(withinSessionLifetime(new Date(now - 29 * 24 * 3_600_000), 12, now)).toBe(false);
  });

  it("answers get-session without the session's token, which the httpOnly cookie keeps from scripts", async () => {
    await newAccount("token@example.com");
    const device = await signIn("token@example.com", PASSWORD);
    const response = await GET(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie: device.cookie } }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { session: Record<string, unknown>; user: { email: string } };
    expect(body.user.email).toBe("token@example.com");
    expect(body.session.id).toBe(device.sessionId);
    expect(body.session).not.toHaveProperty("token");
  });
});

describe("changing the password", { timeout: 60_000 }, () => {
  it("needs the current password, then signs in with the new one only and signs every other device out", async () => {
    const email = "change@example.com";
    const { userId } = await newAccount(email);
    const laptop = await signIn(email, PASSWORD, CHROME);
    const phone = await signIn(email, PASSWORD, FIREFOX);
    expect(await changePassword(askerFor(email, userId, laptop), { currentPassword: "not it", newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD, signOutOthers: true })).toEqual({
      ok: false,
      field: "currentPassword",
      message: "That is not your current password.",
    });
    expect(await db.session.count({ where: { userId } })).toBe(2);

    const changed = await changePassword(askerFor(email, userId, laptop), { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD, signOutOthers: true });
    expect(changed.ok).toBe(true);
    expect(changed.message).toMatch(/other device is signed out/);
    expect(await db.session.findUnique({ where: { id: phone.sessionId } })).toBeNull();
    expect(await signsIn(email, PASSWORD)).toBe(false);
    expect(await signsIn(email, NEW_PASSWORD)).toBe(true);
  });

  it("keeps the other devices signed in when asked to", async () => {
    const email = "keep@example.com";
    const { userId } = await newAccount(email);
    const laptop = await signIn(email, PASSWORD);
    const phone = await signIn(email, PASSWORD, FIREFOX);
    expect(await changePassword(askerFor(email, userId, laptop), { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD, signOutOthers: false })).toMatchObject({ ok: true });
    expect(await db.session.findUnique({ where: { id: phone.sessionId } })).not.toBeNull();
    expect(await db.session.findUnique({ where: { id: laptop.sessionId } })).not.toBeNull();
  });

  it("refuses a weak or unchanged new password without checking the current one", async () => {
    const email = "weak@example.com";
    const { userId } = await newAccount(email);
    const laptop = await signIn(email, PASSWORD);
    const asker = askerFor(email, userId, laptop);
    const common = await changePassword(asker, { currentPassword: PASSWORD, newPassword: "password1", confirmNewPassword: "password1", signOutOthers: true });
    expect(common).toMatchObject({ ok: false, field: "newPassword" });
    expect(common.message).toMatch(/common/);
    expect(await changePassword(asker, { currentPassword: PASSWORD, newPassword: "short", confirmNewPassword: "short", signOutOthers: true })).toMatchObject({ ok: false, field: "newPassword" });
    const same = await changePassword(asker, { currentPassword: PASSWORD, newPassword: PASSWORD, confirmNewPassword: PASSWORD, signOutOthers: true });
    expect(same).toMatchObject({ ok: false, field: "newPassword" });
    expect(same.message).toMatch(/different/);
    expect(await changePassword(asker, { currentPassword: "", newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD, signOutOthers: true })).toMatchObject({ ok: false, field: "currentPassword" });
    expect(await signsIn(email, PASSWORD)).toBe(true);
  });

  it("refuses a new password typed differently twice, before checking the current one", async () => {
    const email = "typo@example.com";
    const { userId } = await newAccount(email);
    const asker = askerFor(email, userId, await signIn(email, PASSWORD));
    for (const confirmNewPassword of [`${NEW_PASSWORD}!`, "", NEW_PASSWORD.toUpperCase()]) {
      // A wrong current password too: the mismatch answers first, so no password check is spent on it.
      expect(await changePassword(asker, { currentPassword: "not it", newPassword: NEW_PASSWORD, confirmNewPassword, signOutOthers: true })).toEqual({
        ok: false,
        field: "confirmNewPassword",
        message: PASSWORD_MISMATCH.message,
      });
    }
    expect(await signsIn(email, PASSWORD)).toBe(true);
  });

  it("changes the password when the new one is typed the same twice", async () => {
    const email = "same-twice@example.com";
    const { userId } = await newAccount(email);
    const asker = askerFor(email, userId, await signIn(email, PASSWORD));
    expect(await changePassword(asker, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD, signOutOthers: false })).toMatchObject({ ok: true });
    expect(await signsIn(email, NEW_PASSWORD)).toBe(true);
  });

  it("allows a session ACCOUNT_CHECKS_PER_MINUTE password checks a minute, and a thief's session cannot use up the owner's", async () => {
    const email = "busy@example.com";
    const { userId } = await newAccount(email);
    const thief = await signIn(email, PASSWORD);
    const owner = await signIn(email, PASSWORD, FIREFOX);
    const asThief = askerFor(email, userId, thief);
    const passwords = [PASSWORD, NEW_PASSWORD];
    for (let i = 0; i < ACCOUNT_CHECKS_PER_MINUTE; i++) {
      const [from, to] = [passwords[i % 2]!, passwords[(i + 1) % 2]!];
      expect(await changePassword(asThief, { currentPassword: from, newPassword: to, confirmNewPassword: to, signOutOthers: false })).toMatchObject({ ok: true });
    }
    const current = passwords[ACCOUNT_CHECKS_PER_MINUTE % 2]!;
    const refused = await changePassword(asThief, { currentPassword: current, newPassword: "a third passphrase", confirmNewPassword: "a third passphrase", signOutOthers: false });
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/Too many password checks/);
    // The owner, in another session from another address, can still sign the thief out.
    expect(await endSessions(askerFor(email, userId, owner), { password: current, target: thief.sessionId })).toEqual({ ok: true, message: "1 other session signed out." });
  });

  it("sends the known-browser cookie to every path, so the account page can read it", async () => {
    await newAccount("cookie@example.com");
    const response = await post("/sign-in/email", { email: "cookie@example.com", password: PASSWORD });
    expect(response.headers.get("set-cookie")).toMatch(/storybank\.known-device=[^;]+; Path=\/;/);
  });

  it("lets the owner's known browser through while strangers' guesses hold the account, as sign-in does", async () => {
    const email = "known@example.com";
    const { userId } = await newAccount(email);
    const laptop = await signIn(email, PASSWORD);
    for (let i = 0; i < ACCOUNT_FAILED_SIGN_IN_LIMIT; i++) expect((await post("/sign-in/email", { email, password: `guess ${i}` })).status).toBe(401);
    const onNewNetwork = { ...askerFor(email, userId, laptop), address: freshAddress() };
    const refused = await changePassword(onNewNetwork, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD, signOutOthers: false });
    expect(refused.message).toMatch(/Too many wrong passwords/);
    const known = { ...onNewNetwork, deviceToken: deviceToken(authSecret, email) };
    expect(await changePassword(known, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD, signOutOthers: false })).toMatchObject({ ok: true });
  });

  it("counts wrong current passwords with wrong sign-ins, so a stolen session cannot guess past the lockout", async () => {
    const email = "guess@example.com";
    const { userId } = await newAccount(email);
    const laptop = await signIn(email, PASSWORD);
    const asker = askerFor(email, userId, laptop);
    for (let i = 0; i < FAILED_SIGN_IN_LIMIT; i++) {
      expect(await changePassword(asker, { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD, signOutOthers: true })).toMatchObject({ ok: false, field: "currentPassword" });
    }
    const locked = await changePassword(asker, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD, signOutOthers: true });
    expect(locked.ok).toBe(false);
    expect(locked.message).toMatch(/Too many wrong passwords/);
    expect(locked.ok === false && locked.retryAfterSeconds).toBeGreaterThan(0);
    // The right password was not even checked: the old one still works elsewhere.
    expect(await signsIn(email, PASSWORD)).toBe(true);
  });
});

describe("signing out other sessions", { timeout: 60_000 }, () => {
  it("lists the account's live sessions, this one first, with no tokens", async () => {
    const email = "list@example.com";
    const { userId } = await newAccount(email);
    const laptop = await signIn(email, PASSWORD, CHROME);
    await signIn(email, PASSWORD, FIREFOX);
    const ended = await signIn(email, PASSWORD);
    await db.session.update({ where: { id: ended.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const sessions = await listSessions(userId, laptop.sessionId);
    expect(sessions.map((s) => [s.device, s.current])).toEqual([
      ["Chrome on Linux", true],
      ["Firefox on Windows", false],
    ]);
    expect(JSON.stringify(sessions)).not.toMatch(/token/i);
  });

  it("needs the password again, ends exactly the one chosen, and never another account's", async () => {
    const email = "end@example.com";
    const { userId } = await newAccount(email);
    const laptop = await signIn(email, PASSWORD);
    const phone = await signIn(email, PASSWORD, FIREFOX);
    const tablet = await signIn(email, PASSWORD);
    await newAccount("other@example.com");
    const stranger = await signIn("other@example.com", PASSWORD);
    const asker = askerFor(email, userId, laptop);

    expect(await endSessions(asker, { password: "wrong one", target: phone.sessionId })).toMatchObject({ ok: false, field: "password" });
    expect(await endSessions(asker, { password: "", target: "others" })).toMatchObject({ ok: false, field: "password" });
    expect(await db.session.count({ where: { userId } })).toBe(3);

    expect(await endSessions(asker, { password: PASSWORD, target: phone.sessionId })).toEqual({ ok: true, message: "1 other session signed out." });
    expect(await db.session.findUnique({ where: { id: phone.sessionId } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: tablet.sessionId } })).not.toBeNull();

    expect(await endSessions(asker, { password: PASSWORD, target: stranger.sessionId })).toEqual({ ok: true, message: "That session had already ended." });
    expect(await db.session.findUnique({ where: { id: stranger.sessionId } })).not.toBeNull();

    const self = await endSessions(asker, { password: PASSWORD, target: laptop.sessionId });
    expect(self.ok).toBe(false);
    expect(self.message).toMatch(/Sign out at the top/);

    await signIn(email, PASSWORD);
    expect(await endSessions(asker, { password: PASSWORD, target: "others" })).toEqual({ ok: true, message: "2 other sessions signed out." });
    expect((await db.session.findMany({ where: { userId } })).map((s) => s.id)).toEqual([laptop.sessionId]);
    // The ended sessions no longer sign anyone in.
    expect(await auth.api.getSession({ headers: new Headers({ cookie: tablet.cookie }) })).toBeNull();
    expect((await auth.api.getSession({ headers: new Headers({ cookie: laptop.cookie }) }))?.session.id).toBe(laptop.sessionId);
  });
});
