import { toNextJsHandler } from "better-auth/next-js";

import { auth, authSecret } from "@/lib/auth/server";
import { countRequest } from "@/lib/db/counters";
import { env } from "@/lib/env";
import { addressGroup, clientAddressOf } from "@/lib/security/client-address";
import { recordActivity } from "@/lib/auth/activity";
import { DEVICE_COOKIE, deviceToken, knownBrowser, reserveSignIn, settleSignIn, type Ticket } from "@/lib/auth/sign-in-guard";
import { db } from "@/lib/db/client";

const handlers = toNextJsHandler(auth);

/**
 * The auth endpoints StoryBank uses. better-auth serves many more (password change, password check,
 * profile update, session lists); unused, each is only something to attack (a password check outside the
 * sign-in lockout, an unbounded profile field), so every other path answers 404.
 */
const POST_PATHS: ReadonlySet<string> = new Set(["/sign-in/email", "/sign-up/email", "/sign-out"]);
const GET_PATHS: ReadonlySet<string> = new Set(["/get-session"]);

function authPath(request: Request): string {
  return new URL(request.url).pathname.replace(/^\/api\/auth/, "");
}

const notFound = () => refuse(404, "NOT_FOUND", "There is no such auth endpoint.");

export async function GET(request: Request): Promise<Response> {
  if (!GET_PATHS.has(authPath(request))) return notFound();
  return withoutSessionToken(await handlers.GET(request));
}

/**
 * get-session's answer without the session's token: the cookie that carries it is httpOnly so that a
 * script cannot read it, and the JSON would hand it to any script on the page.
 */
async function withoutSessionToken(response: Response): Promise<Response> {
  if (!(response.headers.get("content-type") ?? "").includes("application/json")) return response;
  const body: unknown = await response.json();
  if (typeof body === "object" && body !== null && "session" in body && typeof body.session === "object" && body.session !== null) {
    delete (body.session as Record<string, unknown>).token;
  }
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
}

/** Every auth body is small: an email, a password and a name. */
const MAX_AUTH_BODY = 16 * 1024;
const KNOWN_DEVICE_SECONDS = 400 * 24 * 60 * 60;

function refuse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ code, message }, { status, headers });
}

/**
 * A sign-in's fields, from the two media types better-auth accepts for it (JSON or a form), and its
 * email, or why not. Any other body is refused here and never reaches the password check. A form that
 * repeats a field is refused too: this guard and better-auth would read it two ways (the first value
 * and the last), so the guard could count one email while the password of another is checked.
 */
function fieldsOf(type: string, raw: string): { email: string; fields: Record<string, unknown> } | { response: Response } {
  const media = type.split(";")[0]!.trim().toLowerCase();
  let fields: Record<string, unknown>;
  if (media === "application/json") {
    try {
      const body: unknown = JSON.parse(raw);
      fields = typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    } catch {
      return { response: refuse(400, "BAD_REQUEST", "The request body is not valid JSON.") };
    }
  } else if (media === "application/x-www-form-urlencoded") {
    const params = new URLSearchParams(raw);
    fields = {};
    for (const [key, value] of params) {
      if (Object.hasOwn(fields, key)) return { response: refuse(400, "REPEATED_FIELD", `Send "${key.slice(0, 40)}" once.`) };
      fields[key] = value;
    }
  } else {
    return { response: refuse(415, "UNSUPPORTED_MEDIA_TYPE", "Send the sign-in as application/json or application/x-www-form-urlencoded.") };
  }
  const email = fields.email;
  if (typeof email !== "string" || email.trim() === "" || email.length > 320) return { response: refuse(400, "INVALID_EMAIL", "Enter your email address.") };
  return { email, fields };
}

function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/** The body as text, or a 413 when it is over MAX_AUTH_BODY (by its declared length, then by what arrived). */
async function smallBody(request: Request): Promise<string | Response> {
  const tooLarge = () => refuse(413, "PAYLOAD_TOO_LARGE", "The request body is too large.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_AUTH_BODY) return tooLarge();
  const raw = await request.text();
  return raw.length > MAX_AUTH_BODY ? tooLarge() : raw;
}

async function signIn(request: Request): Promise<Response> {
  const raw = await smallBody(request);
  if (raw instanceof Response) return raw;
  const parsed = fieldsOf(request.headers.get("content-type") ?? "", raw);
  if ("response" in parsed) return parsed.response;

  // better-auth's per-address limit runs only inside handlers.POST, after the lockout below has written
  // its counters: counted first here, a flood of made-up emails is refused before it adds a row apiece.
  const address = clientAddressOf(request);
  if (!(await countRequest(`sign-in-rate:${addressGroup(address)}`, env.AUTH_SIGN_IN_LIMIT, 60_000, Date.now()))) {
    return refuse(429, "TOO_MANY_REQUESTS", "Too many sign-ins from this address. Wait a minute, then try again.", { "Retry-After": "60" });
  }
  const reserved = await reserveSignIn(
    { email: parsed.email, address, deviceToken: cookieValue(request, DEVICE_COOKIE) },
    { secret: authSecret },
  );
  if ("retryAfterMs" in reserved) {
    const minutes = Math.ceil(reserved.retryAfterMs / 60_000);
    return refuse(429, "TOO_MANY_FAILED_SIGN_INS", `Too many wrong passwords for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
      "Retry-After": String(Math.ceil(reserved.retryAfterMs / 1000)),
    });
  }
  let response: Response;
  try {
    // better-auth gets exactly the fields the guard read (one email, as JSON), never the raw body to parse its own way.
    const headers = new Headers(request.headers);
    headers.set("content-type", "application/json");
    headers.delete("content-length");
    // Only the email and the password: "rememberMe": false would make better-auth give the session a
    // lifetime of its own (a day), longer than SESSION_MAX_HOURS.
    const { email, password } = parsed.fields;
    response = await handlers.POST(new Request(request.url, { method: "POST", headers, body: JSON.stringify({ email, password }) }));
  } catch (error) {
    await settleSignIn(reserved.ticket, "not-checked");
    throw error;
  }
  await settle(reserved.ticket, response);
  if (response.ok && !knownBrowser(authSecret, parsed.email, cookieValue(request, DEVICE_COOKIE))) await recordNewBrowser(request, response, address);
  if (response.ok) {
    const secure = new URL(request.url).protocol === "https:" || response.headers.get("set-cookie")?.includes("__Secure-");
    response.headers.append(
      "Set-Cookie",
      `${DEVICE_COOKIE}=${deviceToken(authSecret, parsed.email)}; Path=/; Max-Age=${KNOWN_DEVICE_SECONDS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`,
    );
  }
  return response;
}

/** A sign-in from a browser without the account's known-browser cookie, for the account's activity (lib/auth/activity.ts). */
async function recordNewBrowser(request: Request, response: Response, address: string): Promise<void> {
  const body: unknown = await response.clone().json().catch(() => null);
  const token = typeof body === "object" && body !== null && "token" in body && typeof body.token === "string" ? body.token : null;
  if (token === null) return;
  // The sign-in has happened: a failure to note it is logged, never turned into a failed sign-in.
  try {
    const session = await db.session.findUnique({ where: { token }, select: { id: true, userId: true } });
    if (session) await recordActivity(session.userId, "signed-in-new-browser", { sessionId: session.id, userAgent: request.headers.get("user-agent"), address });
  } catch (error) {
    console.error("sign-in: the account activity could not be recorded", error);
  }
}

async function settle(ticket: Ticket, response: Response): Promise<void> {
  await settleSignIn(ticket, response.status === 401 ? "wrong-password" : response.ok ? "signed-in" : "not-checked");
}

export async function POST(request: Request): Promise<Response> {
  const path = authPath(request);
  if (!POST_PATHS.has(path)) return notFound();
  if (path === "/sign-in/email") return signIn(request);
  const raw = await smallBody(request);
  if (raw instanceof Response) return raw;
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return handlers.POST(new Request(request.url, { method: "POST", headers, body: raw === "" ? null : raw }));
}
