// Which origins are this app's own. BETTER_AUTH_URL (the public URL) when set, plus ALLOWED_HOSTS;
// without either, localhost on any port only: origins, redirects and cookies are never derived from a
// Host header that nobody configured.
import { env } from "@/lib/env";

export const LOCAL_HOSTS = ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]", "[::1]:*"] as const;

/** Host patterns the app answers as (`*` matches any run of characters except a dot). */
export const ALLOWED_HOSTS: readonly string[] =
  env.ALLOWED_HOSTS.length > 0 ? env.ALLOWED_HOSTS : env.BETTER_AUTH_URL ? [new URL(env.BETTER_AUTH_URL).host] : LOCAL_HOSTS;

const PATTERNS = ALLOWED_HOSTS.map((pattern) => new RegExp(`^${pattern.toLowerCase().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^.]*")}$`));

export function isAllowedHost(host: string): boolean {
  const lower = host.toLowerCase();
  return PATTERNS.some((pattern) => pattern.test(lower));
}

/** Whether an Origin header names this app: exactly the public URL when only that is set, else http(s) on an allowed host. */
export function isOwnOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (env.BETTER_AUTH_URL && env.ALLOWED_HOSTS.length === 0) return url.origin === new URL(env.BETTER_AUTH_URL).origin;
  return (url.protocol === "http:" || url.protocol === "https:") && isAllowedHost(url.host);
}
