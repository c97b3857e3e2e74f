// Cross-site request forgery: a page on another site must not change anything here. Browsers label
// every request with Sec-Fetch-Site and (for writes) Origin; a write whose labels name another site is
// refused. A client that sends neither (curl, scripts) is no browser and cannot carry a victim's cookies
// without the victim's own consent, so it passes. Applied to every route and server action by proxy.ts.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type SiteCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a request may change state. `allowedOrigins` are the app's public origins (BETTER_AUTH_URL);
 * the request's own Host always counts as same-origin.
 */
export function checkSameSite(method: string, headers: Headers, allowedOrigins: readonly string[] = []): SiteCheck {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return { ok: false, reason: `Sec-Fetch-Site is ${site}` };
  const origin = headers.get("origin");
  if (origin === null) return { ok: true };
  let originHost: string;
  let originValue: string;
  try {
    const url = new URL(origin);
    originHost = url.host;
    originValue = url.origin;
  } catch {
    return { ok: false, reason: `Origin ${origin} is not a URL` };
  }
  if (allowedOrigins.includes(originValue)) return { ok: true };
  const host = headers.get("host");
  if (host && originHost.toLowerCase() === host.toLowerCase()) return { ok: true };
  return { ok: false, reason: `Origin ${origin} is not this site` };
}
