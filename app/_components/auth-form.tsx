"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";

import { authClient } from "@/lib/auth-client";
import { safeNextPath } from "@/lib/safe-redirect";

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

function messageFor(status: number | undefined, message: string | undefined, mode: Mode): string {
  if (status === 429) return message ?? "Too many attempts. Wait a minute, then try again.";
  if (mode === "sign-in" && (status === 401 || status === 400)) return "That email and password do not match an account.";
  if (mode === "sign-up" && status === 422) return "An account with that email already exists. Sign in instead.";
  return message ?? "Something went wrong. Please try again.";
}

const subscribeNothing = () => () => {};

export function AuthForm({ mode, minPasswordLength }: { mode: Mode; minPasswordLength: number }) {
  const router = useRouter();
  const next = safeNextPath(useSearchParams().get("next"));
  const copy = COPY[mode];
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Until React takes over, the button stays disabled: a native submit would put the password in a URL.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    const email = field("email").trim();
    const password = field("password");
    setBusy(true);
    setError(null);
    const result =
      mode === "sign-up"
        ? await authClient.signUp.email({ email, password, name: field("name").trim() || email.split("@")[0] || email })
        : await authClient.signIn.email({ email, password });
    if (result.error) {
      setBusy(false);
      setError(messageFor(result.error.status, result.error.message, mode));
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
            <input id="name" name="name" autoComplete="name" className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
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
          <input
            id="password"
            name="password"
            type="password"
            required
            minLength={mode === "sign-up" ? minPasswordLength : undefined}
            autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
            aria-describedby={mode === "sign-up" ? "password-hint" : undefined}
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
          />
          {mode === "sign-up" && (
            <p id="password-hint" className="mt-1 text-xs text-muted">
              At least {minPasswordLength} characters.
            </p>
          )}
        </div>
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
