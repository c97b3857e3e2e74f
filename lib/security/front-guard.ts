// What the HTTP server (scripts/serve.ts) refuses before Next sees a request. proxy.ts runs before every
// route, so Next reads each request body in full for it (up to proxyClientMaxBodySize, 21 MB, sized for an
// import) before any route can look at a Content-Length or a session: without this, anyone could make the
// server hold 21 MB per request on any path. Here a body is judged by its declared length, per path, and a
// request that cannot be answered well (a method nothing serves) is refused with the usual headers.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./headers";

/** The methods some route serves; anything else (TRACE, CONNECT, PROPFIND) gets 405. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** An import: MAX_IMPORT_BYTES (20 MB) plus a multipart form's framing, as next.config.js's proxyClientMaxBodySize. */
export const IMPORT_BODY_LIMIT = 21 * 1024 * 1024;
/** Sign-in and sign-up: an email, a password and a name. */
export const AUTH_BODY_LIMIT = 16 * 1024;
/** Everything else: JSON routes take 1 MB (lib/http.ts); framing on top. */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
/** A server action call (a `Next-Action` header): Next's own limit, which it would answer with a 500. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

export type Refusal = { status: 405 | 411 | 413 | 401; error: string; headers?: Record<string, string> };

export function bodyLimitFor(pathname: string): number {
  if (pathname === "/api/import" || pathname.startsWith("/api/import/")) return IMPORT_BODY_LIMIT;
  if (pathname.startsWith("/api/auth/")) return AUTH_BODY_LIMIT;
  return DEFAULT_BODY_LIMIT;
}

const WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** better-auth's session cookie, plain or with the __Secure- prefix it uses over HTTPS. */
const hasSessionCookie = (cookie: string | undefined) => cookie !== undefined && /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/.test(cookie);

/** Why a request is refused before Next reads it, or null to let it through. */
export function frontRefusal(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): Refusal | null {
  const verb = (method ?? "GET").toUpperCase();
  if (!(ALLOWED_METHODS as readonly string[]).includes(verb)) {
    return { status: 405, error: `${verb.slice(0, 20)} is not served here.`, headers: { Allow: ALLOWED_METHODS.join(", ") } };
  }
  if (!WITH_BODY.has(verb)) return null;
  const pathname = (url ?? "/").split("?")[0] ?? "/";
  const declared = headers["content-length"];
  if (declared === undefined) {
    // A body streamed without a length could only be judged after it had been read.
    return headers["transfer-encoding"] !== undefined ? { status: 411, error: "Send the request body with a Content-Length." } : null;
  }
  const length = Number(declared);
  const limit = headers["next-action"] !== undefined ? Math.min(ACTION_BODY_LIMIT, bodyLimitFor(pathname)) : bodyLimitFor(pathname);
  if (!Number.isFinite(length) || length > limit) return { status: 413, error: "The request body is too large." };
  // An upload from someone who is not signed in is refused before its megabytes arrive (the route checks the session itself).
  if (bodyLimitFor(pathname) === IMPORT_BODY_LIMIT && length > DEFAULT_BODY_LIMIT && !hasSessionCookie(headers.cookie)) {
    return { status: 401, error: "Sign in to import stories." };
  }
  return null;
}

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Wraps the app's handler: refused requests get a JSON answer with the security headers, and the connection closes unread. */
export function withFrontGuard(handler: NodeHandler): NodeHandler {
  return (req, res) => {
    const refusal = frontRefusal(req.method, req.url, req.headers);
    if (!refusal) return handler(req, res);
    const body = JSON.stringify({ error: refusal.error });
    res.writeHead(refusal.status, {
      ...STATIC_SECURITY_HEADERS,
      ...refusal.headers,
      "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body),
      "Cache-Control": "no-store",
      // The body was not read: the connection cannot carry another request.
      Connection: "close",
    });
    res.end(body);
    return undefined;
  };
}
