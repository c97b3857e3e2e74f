/** Only same-site paths are followed after signing in: never an open redirect. */
export function safeNextPath(next: string | null | undefined, fallback = "/stories"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
