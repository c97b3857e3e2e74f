import "server-only";

import { describeDevice } from "@/lib/auth/device";
import { db } from "@/lib/db/client";

// Account activity (ASVS 2.2.3): StoryBank sends no email, so the owner is told in the app when the way
// into the account changes. A password change and a sign-in from a browser that has not signed in to the
// account before are kept with the device and address they came from; the account page lists them, and
// every other browser signed in at the time shows the newest one until it is dismissed there.

/** Events kept per account: the newest ones; older ones are deleted as new ones come. */
export const ACTIVITY_KEPT = 20;

export type ActivityKind = "password-changed" | "signed-in-new-browser";

/** Where an event came from: the session it was made in, and the request's browser and address. */
export type ActivitySource = { sessionId: string; userAgent: string | null; address: string };

export type ActivityRow = { id: string; kind: ActivityKind; createdAt: Date; device: string; address: string | null; thisSession: boolean };

const KINDS: ReadonlySet<string> = new Set<ActivityKind>(["password-changed", "signed-in-new-browser"]);

/** What each kind says, to the owner. */
export const ACTIVITY_WORDS: Readonly<Record<ActivityKind, string>> = {
  "password-changed": "Password changed",
  "signed-in-new-browser": "Signed in from a new browser",
};

/** Records one event and drops the account's events beyond the newest ACTIVITY_KEPT. */
export async function recordActivity(userId: string, kind: ActivityKind, source: ActivitySource, now = new Date()): Promise<void> {
  await db.securityEvent.create({
    data: { userId, kind, sessionId: source.sessionId, device: describeDevice(source.userAgent).slice(0, 100), address: source.address.slice(0, 64), createdAt: now },
  });
  const older = await db.securityEvent.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: ACTIVITY_KEPT,
    take: 100,
    select: { id: true },
  });
  if (older.length > 0) await db.securityEvent.deleteMany({ where: { id: { in: older.map((e) => e.id) } } });
}

function toRow(e: { id: string; kind: string; createdAt: Date; device: string; address: string; sessionId: string }, currentSessionId: string): ActivityRow | null {
  if (!KINDS.has(e.kind)) return null;
  return { id: e.id, kind: e.kind as ActivityKind, createdAt: e.createdAt, device: e.device, address: e.address || null, thisSession: e.sessionId !== "" && e.sessionId === currentSessionId };
}

/** The account's events, newest first. */
export async function listActivity(userId: string, currentSessionId: string): Promise<ActivityRow[]> {
  const rows = await db.securityEvent.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: ACTIVITY_KEPT });
  return rows.map((e) => toRow(e, currentSessionId)).filter((e): e is ActivityRow => e !== null);
}

/**
 * The event this browser should be told of, or null: the newest one made from another session after this
 * one signed in, and after the time this browser last dismissed a notice (`seenUpTo`).
 */
export async function activityNotice(userId: string, session: { id: string; startedAt: Date }, seenUpTo: Date | null): Promise<ActivityRow | null> {
  const after = seenUpTo !== null && seenUpTo > session.startedAt ? seenUpTo : session.startedAt;
  const event = await db.securityEvent.findFirst({
    where: { userId, createdAt: { gt: after }, sessionId: { not: session.id } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return event ? toRow(event, session.id) : null;
}

/** The cookie that keeps, per browser, the time of the newest notice dismissed. Only hides a notice: no secret in it. */
export const ACTIVITY_SEEN_COOKIE = "storybank.activity-seen";

/** The time in the cookie, or null when it is missing or not a time. */
export function seenUpToFrom(value: string | undefined): Date | null {
  if (value === undefined || value.length > 40) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** What "It was me" may set the cookie to: the time of the notice shown, never later than now (a later event always shows). */
export function dismissalUpTo(value: string | undefined, now = new Date()): Date | null {
  const at = seenUpToFrom(value);
  if (at === null) return null;
  return at.getTime() > now.getTime() ? now : at;
}
