import type { Metadata } from "next";

import { RelativeTime } from "@/app/stories/_components/relative-time";
import { listSessions } from "@/lib/auth/account";
import { ACTIVITY_WORDS, listActivity } from "@/lib/auth/activity";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";

import { ChangePasswordForm, SessionsForm } from "./account-forms";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const [sessions, activity] = await Promise.all([listSessions(user.id, user.sessionId), listActivity(user.id, user.sessionId)]);
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Account</h1>
        <p className="mt-1 text-muted">
          Signed in as <span className="font-medium text-ink">{user.email}</span>. A sign-in lasts {env.SESSION_MAX_HOURS} hours whatever you do, then you sign in again; this
          one ends <RelativeTime iso={user.sessionEndsAt.toISOString()} />. Drafts you are typing when it ends stay on this device.
        </p>
      </div>
      <section aria-labelledby="password-heading" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change your password
        </h2>
        <ChangePasswordForm minPasswordLength={PASSWORD_MIN_LENGTH} />
      </section>
      <section aria-labelledby="sessions-heading" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Where you are signed in
        </h2>
        <p className="mt-1 text-sm text-muted">
          Each sign-in is listed until it ends. If you see one you do not know, sign it out and change your password.
        </p>
        <SessionsForm
          sessions={sessions.map((s) => ({
            id: s.id,
            device: s.device,
            address: s.address,
            current: s.current,
            createdAt: s.createdAt.toISOString(),
            expiresAt: s.expiresAt.toISOString(),
          }))}
        />
      </section>
      <section aria-labelledby="activity-heading" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="activity-heading" className="text-lg font-semibold">
          Recent activity
        </h2>
        <p className="mt-1 text-sm text-muted">
          Password changes and sign-ins from a browser new to your account, newest first (the last 20). StoryBank sends no email: other browsers you are signed in on show
          the newest one at the top of every page.
        </p>
        {activity.length === 0 ? (
          <p className="mt-3 text-sm text-muted">Nothing yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 text-sm" data-testid="activity-list">
            {activity.map((e) => (
              <li key={e.id} className="flex flex-wrap justify-between gap-x-4 py-2">
                <span>
                  <span className="font-medium">{ACTIVITY_WORDS[e.kind]}</span> from {e.device}
                  {e.address ? ` (${e.address})` : ""}
                  {e.thisSession ? " · this browser" : ""}
                </span>
                <RelativeTime iso={e.createdAt.toISOString()} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
