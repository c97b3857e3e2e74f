import type { Metadata } from "next";

import { RelativeTime } from "@/app/stories/_components/relative-time";
import { listSessions } from "@/lib/auth/account";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";

import { ChangePasswordForm, SessionsForm } from "./account-forms";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const sessions = await listSessions(user.id, user.sessionId);
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
    </div>
  );
}
