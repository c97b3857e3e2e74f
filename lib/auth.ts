import "server-only";

import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { headers } from "next/headers";
import { cache } from "react";

import { PASSWORD_MIN_LENGTH, PASSWORD_TOO_COMMON_MESSAGE } from "@/lib/auth-rules";
import { loadAuthSecret } from "@/lib/auth-secret";
import { isCommonPassword } from "@/lib/common-passwords";
import { resolveDatabaseUrl } from "@/lib/database-url";
import { db } from "@/lib/db";
import { dialect } from "@/lib/db-dialect";
import { env } from "@/lib/env";

/** The secret that signs sessions (and the known-browser cookie of lib/sign-in-guard.ts). */
export const authSecret = loadAuthSecret(resolveDatabaseUrl());

/** The origin the browser used to reach us: the Host header (as forwarded by a proxy), not the bind address. */
function requestOrigin(request: Request): string | undefined {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return undefined;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? new URL(request.url).protocol.replace(":", "");
  return `${proto}://${host}`;
}

export const auth = betterAuth({
  secret: authSecret,
  baseURL: process.env.BETTER_AUTH_URL,
  // The app answers on whatever host and port it was started with; the origin of the request itself
  // is trusted (plus BETTER_AUTH_URL), which still rejects cross-site form posts.
  trustedOrigins: (request) => [request ? requestOrigin(request) : undefined, process.env.BETTER_AUTH_URL],
  database: prismaAdapter(db, { provider: dialect }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: 128,
    // Off, so that a sign-up answers the same whether the email has an account (better-auth then
    // answers a taken email with a made-up user and no session); the form signs in next.
    autoSignIn: false,
  },
  hooks: {
    before: createAuthMiddleware((ctx) => {
      const password: unknown = (ctx.body as { password?: unknown } | undefined)?.password;
      if (ctx.path === "/sign-up/email" && typeof password === "string" && isCommonPassword(password)) {
        throw new APIError("BAD_REQUEST", { code: "PASSWORD_TOO_COMMON", message: PASSWORD_TOO_COMMON_MESSAGE });
      }
      return Promise.resolve();
    }),
  },
  session: {
    expiresIn: 60 * 60 * 24 * 30,
    updateAge: 60 * 60 * 24,
    // A signed copy of the session in a cookie spares a database read on most requests; a session
    // revoked elsewhere stops working within this minute at the latest.
    cookieCache: { enabled: true, maxAge: 60 },
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
  },
  plugins: [nextCookies()],
});

export type SessionUser = { id: string; email: string; name: string };

/** The signed-in user of the current request, or null. Looked up once per request (layout and page share it). */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
});
