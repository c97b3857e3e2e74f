import { toNextJsHandler } from "better-auth/next-js";

import { auth } from "@/lib/auth";
import { clearFailedSignIns, recordFailedSignIn, signInLockedFor } from "@/lib/sign-in-guard";

const handlers = toNextJsHandler(auth);

export const GET = handlers.GET;

export async function POST(request: Request): Promise<Response> {
  if (!new URL(request.url).pathname.endsWith("/sign-in/email")) return handlers.POST(request);

  const email = await emailOf(request.clone());
  if (email) {
    const wait = await signInLockedFor(email);
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60_000);
      return Response.json(
        { code: "TOO_MANY_FAILED_SIGN_INS", message: `Too many wrong passwords for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` },
        { status: 429, headers: { "Retry-After": String(Math.ceil(wait / 1000)) } },
      );
    }
  }
  const response = await handlers.POST(request);
  if (email && response.status === 401) await recordFailedSignIn(email);
  if (email && response.ok) await clearFailedSignIns(email);
  return response;
}

async function emailOf(request: Request): Promise<string | null> {
  try {
    const body: unknown = await request.json();
    const email = typeof body === "object" && body !== null && "email" in body ? body.email : null;
    return typeof email === "string" && email.length <= 320 ? email : null;
  } catch {
    return null;
  }
}
