"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";

import { passwordConfirmationProblem } from "@/lib/auth/rules";
import { PasswordField } from "@/app/_components/password-field";
import { useHydrated } from "@/app/_components/use-hydrated";
import { RelativeTime } from "@/app/stories/_components/relative-time";

import { changePasswordAction, endSessionsAction, type AccountFormState } from "./actions";

const button = "rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60";

function Outcome({ state, id }: { state: AccountFormState; id: string }) {
  const outcome = state.outcome;
  return (
    <p id={id} role="status" aria-live="polite" className={`text-sm ${outcome?.ok ? "text-emerald-800" : "text-red-700"}`}>
      {outcome?.message}
    </p>
  );
}

/**
 * A password form's wiring. It submits through onSubmit rather than the form's action, because React
 * clears a form after its action runs, and a refused change should keep what was typed so the user can
 * fix one field; it clears the fields only once a change went through. Until React takes over, the
 * submit buttons stay disabled: nothing is sent without it. `check` may stop a submission in the browser.
 */
function usePasswordForm(action: (data: FormData) => void, state: AccountFormState, check: (form: HTMLFormElement) => boolean = () => true) {
  const form = useRef<HTMLFormElement>(null);
  const ready = useHydrated();
  useEffect(() => {
    if (state.outcome?.ok) form.current?.reset();
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!check(event.currentTarget)) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter ?? undefined);
    startTransition(() => action(data));
  };
  return { form, ready, onSubmit };
}

export function ChangePasswordForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, action, pending] = useActionState<AccountFormState, FormData>(changePasswordAction, {});
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const { form, ready, onSubmit } = usePasswordForm(action, state, (element) => {
    const data = new FormData(element);
    const mismatch = passwordConfirmationProblem(data.get("newPassword"), data.get("confirmNewPassword"));
    setConfirmError(mismatch?.message ?? null);
    if (mismatch) (element.elements.namedItem("confirmNewPassword") as HTMLInputElement | null)?.focus();
    return !mismatch;
  });
  const field = state.outcome && !state.outcome.ok ? state.outcome.field : undefined;
  const confirmMessage = confirmError ?? (field === "confirmNewPassword" ? state.outcome?.message : undefined);
  return (
    <form ref={form} method="post" onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <div>
        <label htmlFor="currentPassword" className="block text-sm font-semibold">
          Current password
        </label>
        <PasswordField
          id="currentPassword"
          name="currentPassword"
          reveals="current password"
          autoComplete="current-password"
          required
          aria-invalid={field === "currentPassword" ? true : undefined}
          aria-describedby={field === "currentPassword" ? "password-outcome" : undefined}
          className="max-w-sm"
        />
      </div>
      <div>
        <label htmlFor="newPassword" className="block text-sm font-semibold">
          New password
        </label>
        <PasswordField
          id="newPassword"
          name="newPassword"
          reveals="new password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          aria-invalid={field === "newPassword" ? true : undefined}
          aria-describedby={field === "newPassword" ? "new-password-hint password-outcome" : "new-password-hint"}
          className="max-w-sm"
        />
        <p id="new-password-hint" className="mt-1 text-sm text-muted">
          At least {minPasswordLength} characters, and not one of the common passwords.
        </p>
      </div>
      <div>
        <label htmlFor="confirmNewPassword" className="block text-sm font-semibold">
          Confirm new password
        </label>
        <PasswordField
          id="confirmNewPassword"
          name="confirmNewPassword"
          reveals="new password confirmation"
          autoComplete="new-password"
          required
          aria-invalid={confirmMessage ? true : undefined}
          aria-describedby={confirmMessage ? "confirm-new-password-error" : undefined}
          className="max-w-sm"
        />
        {confirmMessage && (
          <p id="confirm-new-password-error" className="mt-1 text-sm text-red-700">
            {confirmMessage}
          </p>
        )}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="signOutOthers" defaultChecked className="h-4 w-4" />
        Sign out every other device
      </label>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending || !ready} className={button}>
          {pending ? "Changing…" : "Change password"}
        </button>
        <Outcome state={state} id="password-outcome" />
      </div>
    </form>
  );
}

export type SessionView = { id: string; device: string; address: string | null; current: boolean; createdAt: string; expiresAt: string };

export function SessionsForm({ sessions }: { sessions: SessionView[] }) {
  const [state, action, pending] = useActionState<AccountFormState, FormData>(endSessionsAction, {});
  const { form, ready, onSubmit } = usePasswordForm(action, state);
  const others = sessions.filter((s) => !s.current).length;
  const invalid = state.outcome && !state.outcome.ok && state.outcome.field === "password";
  return (
    <form ref={form} method="post" onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      {others === 0 ? (
        <p className="text-sm text-muted">You are signed in on this device only.</p>
      ) : (
        <>
          <div>
            <label htmlFor="sessions-password" className="block text-sm font-semibold">
              Your password
            </label>
            <PasswordField
              id="sessions-password"
              name="password"
              autoComplete="current-password"
              required
              aria-invalid={invalid ? true : undefined}
              aria-describedby="sessions-password-hint"
              className="max-w-sm"
            />
            <p id="sessions-password-hint" className="mt-1 text-sm text-muted">
              Needed to sign out another device, so that someone using an open session of yours cannot lock you out. Then sign out all the others, or one of them in the list.
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <button type="submit" name="target" value="others" disabled={pending || !ready} className={button}>
              {pending ? "Signing out…" : `Sign out ${others === 1 ? "the other device" : `all ${others} other devices`}`}
            </button>
          </div>
        </>
      )}
      <Outcome state={state} id="sessions-outcome" />
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-label="Sessions">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3" data-testid="session-row">
            <div className="text-sm">
              <p className="font-medium">
                {s.device}
                {s.current && <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">This device</span>}
              </p>
              <p className="text-muted">
                {s.address ? `From ${s.address}, signed` : "Signed"} in <RelativeTime iso={s.createdAt} />; ends <RelativeTime iso={s.expiresAt} />
              </p>
            </div>
            {!s.current && (
              <button
                type="submit"
                name="target"
                value={s.id}
                disabled={pending || !ready}
                className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
                aria-label={`Sign out ${s.device}`}
              >
                Sign out
              </button>
            )}
          </li>
        ))}
      </ul>
    </form>
  );
}
