import "server-only";

import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { cookies, headers } from "next/headers";
import { cache } from "react";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_TOO_COMMON_MESSAGE, passwordConfirmationProblem, signUpProblem, withinSessionLifetime } from "@/lib/auth/rules";
import { loadAuthSecret } from "@/lib/auth/secret";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { db } from "@/lib/db/client";
import { dialect } from "@/lib/db/dialect";
import { env } from "@/lib/env";
import { ALLOWED_HOSTS } from "@/lib/security/public-url";

/** The secret that signs sessions (and the known-browser cookie of lib/auth/sign-in-guard.ts). */
export const authSecret = loadAuthSecret(resolveDatabaseUrl());

// The public URL, or the allowed hosts (lib/security/public-url.ts): a Host nobody configured gets the fallback
// URL, so its requests fail the origin check.
const baseURL = env.BETTER_AUTH_URL ?? {
  allowedHosts: [...ALLOWED_HOSTS],
  // http for loopback, https otherwise, unless a trusted proxy says which (X-Forwarded-Proto).
  protocol: "auto" as const,
  fallback: "http://localhost:3000",
};

export const auth = betterAuth({
  secret: authSecret,
  baseURL,
  database: prismaAdapter(db, { provider: dialect }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: PASSWORD_MAX_LENGTH,
    // Off, so that a sign-up answers the same whether the email has an account (better-auth then
    // answers a taken email with a made-up user and no session); the form signs in next.
    autoSignIn: false,
  },
  hooks: {
    before: createAuthMiddleware((ctx) => {
      if (ctx.path === "/change-password") {
        const { newPassword } = (ctx.body ?? {}) as { newPassword?: unknown };
        if (typeof newPassword === "string" && isCommonPassword(newPassword)) {
          throw new APIError("BAD_REQUEST", { code: "PASSWORD_TOO_COMMON", message: PASSWORD_TOO_COMMON_MESSAGE });
        }
        return Promise.resolve();
      }
      if (ctx.path !== "/sign-up/email") return Promise.resolve();
      const body = (ctx.body ?? {}) as { password?: unknown; confirmPassword?: unknown; name?: unknown; email?: unknown; image?: unknown };
      // The sign-up form always sends the confirmation; a client of the JSON API may leave it out.
      if (body.confirmPassword !== undefined) {
        const mismatch = passwordConfirmationProblem(body.password, body.confirmPassword);
        if (mismatch) throw new APIError("BAD_REQUEST", mismatch);
      }
      if (typeof body.password === "string" && isCommonPassword(body.password)) {
        throw new APIError("BAD_REQUEST", { code: "PASSWORD_TOO_COMMON", message: PASSWORD_TOO_COMMON_MESSAGE });
      }
      const problem = signUpProblem(body);
      if (problem) throw new APIError("BAD_REQUEST", problem);
      return Promise.resolve();
    }),
  },
  session: {
    // An absolute lifetime (ASVS 3.3.2, level 2: sign in again at least every 12 hours): a session is
    // never extended by use, so a stolen cookie stops working by SESSION_MAX_HOURS after the sign-in.
    expiresIn: env.SESSION_MAX_HOURS * 60 * 60,
    disableSessionRefresh: true,
    // No signed copy of the session in a cookie: it would keep a signed-out or revoked session alive
    // until it expired. Every request reads the session row (an indexed lookup).
    cookieCache: { enabled: false },
  },
  rateLimit: {
    enabled: true,
    // In the database, so that every app instance counts the same attempts.
    storage: "database",
    window: 60,
    max: 300,
    customRules: {
      "/sign-in/email": { window: 60, max: env.AUTH_SIGN_IN_LIMIT },
      "/sign-up/email": { window: 60, max: env.AUTH_SIGN_UP_LIMIT },
    },
  },
  advanced: {
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    // X-Forwarded-Host/-Proto count only behind a trusted proxy (scripts/serve.ts drops them otherwise).
    trustedProxyHeaders: env.TRUSTED_PROXY.length > 0,
  },
  plugins: [nextCookies()],
});

export type SessionUser = { id: string; email: string; name: string; sessionId: string; sessionStartedAt: Date; sessionEndsAt: Date };

/** The signed-in user of the current request, or null. Looked up once per request (layout and page share it). */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // The cookies as this request now holds them: a server action that changed them (a password change
  // starts a new session) re-renders the page with the new ones, while headers() keeps the old.
  const requestHeaders = new Headers(await headers());
  requestHeaders.set("cookie", (await cookies()).toString());
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  // However its row was made (before this limit, or by a path that set its own expiry), no session
  // outlives SESSION_MAX_HOURS from its sign-in.
  if (!withinSessionLifetime(session.session.createdAt, env.SESSION_MAX_HOURS)) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name, sessionId: session.session.id, sessionStartedAt: session.session.createdAt, sessionEndsAt: session.session.expiresAt };
});
