"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";

import { authClient } from "@/lib/auth/client";
import { NAME_MAX_LENGTH, PASSWORD_ERROR_CODES, PASSWORD_MISMATCH, passwordConfirmationProblem } from "@/lib/auth/rules";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { PasswordField } from "@/app/_components/password-field";
import { useHydrated } from "@/app/_components/use-hydrated";

type Mode = "sign-in" | "sign-up";

const COPY: Record<Mode, { title: string; submit: string; busy: string; switchText: string; switchLink: string; switchHref: string }> = {
  "sign-in": {
    title: "Sign in",
    submit: "Sign in",
    busy: "Signing in…",
    switchText: "New to StoryBank?",
    switchLink: "Create an account",
    switchHref: "/sign-up",
  },
  "sign-up": {
    title: "Create your account",
    submit: "Create account",
    busy: "Creating your account…",
    switchText: "Already have an account?",
    switchLink: "Sign in",
    switchHref: "/sign-in",
  },
};

type AuthError = { status?: number; message?: string; code?: string };

function messageFor({ status, message }: AuthError, mode: Mode): string {
  if (status === 429) return message ?? "Too many attempts. Wait a minute, then try again.";
  if (mode === "sign-in" && (status === 401 || status === 400)) return "That email and password do not match an account.";
  return message ?? "Something went wrong. Please try again.";
}

const isPasswordError = (error: AuthError) => (PASSWORD_ERROR_CODES as readonly (string | undefined)[]).includes(error.code);

// A sign-up answers the same whether the email is taken; only signing in tells, as it always could.
const SIGN_IN_AFTER_SIGN_UP_FAILED = "Your account could not be signed in with this password. If this email already has an account, sign in with its password.";

export function AuthForm({ mode, minPasswordLength }: { mode: Mode; minPasswordLength: number }) {
  const router = useRouter();
  const next = safeNextPath(useSearchParams().get("next"));
  const copy = COPY[mode];
  const [error, setError] = useState<string | null>(null);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Until React takes over, the button stays disabled: a native submit would put the password in a URL.
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const elements = event.currentTarget.elements;
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    const email = field("email").trim();
    const password = field("password");
    const confirmPassword = field("confirmPassword");
    const showConfirmError = (message: string) => {
      setConfirmError(message);
      (elements.namedItem("confirmPassword") as HTMLInputElement | null)?.focus();
    };
    setError(null);
    setPasswordError(null);
    setConfirmError(null);
    if (mode === "sign-up") {
      const mismatch = passwordConfirmationProblem(password, confirmPassword);
      if (mismatch) {
        showConfirmError(mismatch.message);
        return;
      }
    }
    setBusy(true);
    if (mode === "sign-up") {
      // confirmPassword is StoryBank's own field (checked by the sign-up hook in lib/auth/server.ts), which
      // better-auth's type does not list; its client sends every field it is given.
      const body = { email, password, confirmPassword, name: field("name").trim() || email.split("@")[0] || email };
      const created = await authClient.signUp.email(body);
      if (created.error) {
        setBusy(false);
        if (created.error.code === PASSWORD_MISMATCH.code) showConfirmError(messageFor(created.error, mode));
        else if (isPasswordError(created.error)) setPasswordError(messageFor(created.error, mode));
        else setError(messageFor(created.error, mode));
        return;
      }
    }
    const result = await authClient.signIn.email({ email, password });
    if (result.error) {
      setBusy(false);
      setError(mode === "sign-up" && result.error.status === 401 ? SIGN_IN_AFTER_SIGN_UP_FAILED : messageFor(result.error, mode));
      return;
    }
    router.push(next);
    router.refresh();
  }

  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{copy.title}</h1>
      <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4">
        {mode === "sign-up" && (
          <div>
            <label htmlFor="name" className="block text-sm font-medium">
              Name
            </label>
            <input id="name" name="name" autoComplete="name" maxLength={NAME_MAX_LENGTH} className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
          </div>
        )}
        <div>
          <label htmlFor="email" className="block text-sm font-medium">
            Email
          </label>
          <input id="email" name="email" type="email" required autoComplete="email" className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            Password
          </label>
          <PasswordField
            id="password"
            name="password"
            required
            minLength={mode === "sign-up" ? minPasswordLength : undefined}
            autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
            aria-describedby={[mode === "sign-up" ? "password-hint" : "", passwordError ? "password-error" : ""].join(" ").trim() || undefined}
            aria-invalid={passwordError ? true : undefined}
          />
          {passwordError && (
            <p id="password-error" className="mt-1 text-sm text-red-700">
              {passwordError}
            </p>
          )}
          {mode === "sign-up" && (
            <p id="password-hint" className="mt-1 text-xs text-muted">
              At least {minPasswordLength} characters, and not one of the common passwords.
            </p>
          )}
        </div>
        {mode === "sign-up" && (
          <div>
            <label htmlFor="confirmPassword" className="block text-sm font-medium">
              Confirm password
            </label>
            <PasswordField
              id="confirmPassword"
              name="confirmPassword"
              reveals="password confirmation"
              required
              autoComplete="new-password"
              aria-describedby={confirmError ? "confirm-password-error" : undefined}
              aria-invalid={confirmError ? true : undefined}
            />
            {confirmError && (
              <p id="confirm-password-error" className="mt-1 text-sm text-red-700">
                {confirmError}
              </p>
            )}
          </div>
        )}
        <p role="alert" aria-live="assertive" className="min-h-5 text-sm text-red-700">
          {error}
        </p>
        <button type="submit" disabled={busy || !hydrated} className="w-full rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60">
          {busy ? copy.busy : copy.submit}
        </button>
      </form>
      <p className="mt-6 text-sm text-muted">
        {copy.switchText}{" "}
        <Link href={`${copy.switchHref}${next !== "/stories" ? `?next=${encodeURIComponent(next)}` : ""}`} className="font-medium text-brand underline">
          {copy.switchLink}
        </Link>
      </p>
    </div>
  );
}
