import Link from "next/link";
import { cookies } from "next/headers";

import { dismissActivityNotice } from "@/app/account/activity-actions";
import { ACTIVITY_SEEN_COOKIE, activityNotice, seenUpToFrom } from "@/lib/auth/activity";
import type { SessionUser } from "@/lib/auth/server";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const HEADLINE = {
  "password-changed": "Your password was changed",
  "signed-in-new-browser": "Someone signed in to your account from a new browser",
} as const;

/**
 * Tells a signed-in browser what changed the way into the account since it signed in, from another
 * session: a password change or a sign-in from a new browser (lib/auth/activity.ts). Shown on every page
 * until dismissed here; the account page keeps the full list.
 */
export async function ActivityNotice({ user }: { user: SessionUser }) {
  const seen = seenUpToFrom((await cookies()).get(ACTIVITY_SEEN_COOKIE)?.value);
  const event = await activityNotice(user.id, { id: user.sessionId, startedAt: user.sessionStartedAt }, seen);
  if (!event) return null;
  return (
    <div role="status" data-testid="activity-notice" className="border-b border-amber-300 bg-amber-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm">
        <p className="min-w-0 flex-1">
          <span className="font-semibold">{HEADLINE[event.kind]}</span> on {WHEN.format(event.createdAt)} UTC, from {event.device}
          {event.address ? ` (${event.address})` : ""}. If this was not you, change your password and sign out the other devices on your{" "}
          <Link href="/account#activity-heading" className="font-medium underline">
            account page
          </Link>
          .
        </p>
        <form action={dismissActivityNotice}>
          <input type="hidden" name="upTo" value={event.createdAt.toISOString()} />
          <button type="submit" className="rounded border border-amber-400 bg-white px-3 py-1 font-medium hover:bg-amber-100">
            It was me
          </button>
        </form>
      </div>
    </div>
  );
}
