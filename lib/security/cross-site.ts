// Cross-site request forgery: a page on another site must not change anything here. Browsers label
// every request with Sec-Fetch-Site and (for writes) Origin; a write whose labels name another site is
// refused, and so is an Origin on a host nobody configured (a DNS-rebound name). A client that sends neither (curl, scripts) is no browser and cannot carry a victim's cookies
// without the victim's own consent, so it passes. Applied to every route and server action by proxy.ts.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type SiteCheck = { ok: true } | { ok: false; reason: string };

/** Whether a request may change state; `isOwnOrigin` says which origins are the app's (lib/security/public-url.ts). */
export function checkSameSite(method: string, headers: Headers, isOwnOrigin: (origin: string) => boolean): SiteCheck {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return { ok: false, reason: `Sec-Fetch-Site is ${site}` };
  const origin = headers.get("origin");
  if (origin === null) return { ok: true };
  return isOwnOrigin(origin) ? { ok: true } : { ok: false, reason: `Origin ${origin} is not this site` };
}
