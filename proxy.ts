// Runs before every request: refuses cross-site writes (lib/security/cross-site.ts) and sets the security
// headers (lib/security/headers.ts), with a per-response CSP nonce for pages.
import { NextResponse, type NextRequest } from "next/server";

import { checkSameSite } from "@/lib/security/cross-site";
import { env } from "@/lib/env";
import { isDecodablePath, malformedActionCall } from "@/lib/security/malformed";
import { isOwnOrigin } from "@/lib/security/public-url";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers";

/** Served over HTTPS: said by the request itself (a trusted proxy's X-Forwarded-Proto included) or by the public URL. */
function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || (env.BETTER_AUTH_URL?.startsWith("https:") ?? false);
}

function withStaticHeaders(response: NextResponse, request: NextRequest): NextResponse {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (isHttps(request)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

function refuse(request: NextRequest, status: number, error: string, extra: Record<string, string> = {}): NextResponse {
  return withStaticHeaders(NextResponse.json({ error, ...extra }, { status, headers: { "Content-Security-Policy": API_CONTENT_SECURITY_POLICY } }), request);
}

export function proxy(request: NextRequest): NextResponse | Promise<NextResponse> {
  const site = checkSameSite(request.method, request.headers, isOwnOrigin);
  if (!site.ok) return refuse(request, 403, "Cross-site requests cannot change anything here.", { reason: site.reason });
  if (!isDecodablePath(new URL(request.url).pathname)) return refuse(request, 400, "The address has malformed percent-encoding or a control character.");
  if (request.headers.has("next-action")) return malformedActionCall(request).then((problem) => (problem ? refuse(request, 400, problem) : withHeaders(request)));
  return withHeaders(request);
}

function withHeaders(request: NextRequest): NextResponse {

  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/static/")) {
    const response = withStaticHeaders(NextResponse.next(), request);
    if (pathname.startsWith("/api/")) {
      response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
      // Every API read is one user's data or a live state: no browser or shared cache keeps a copy. (A
      // header set here replaces the route's own, so writes keep theirs: a save's adds no-transform.)
      if (request.method === "GET" || request.method === "HEAD") response.headers.set("Cache-Control", "private, no-store");
    }
    return response;
  }

  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { https: isHttps(request) });
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the policy on the request and puts it on its own inline scripts.
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = withStaticHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: "/:path*",
};
