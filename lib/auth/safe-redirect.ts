// Where to go after signing in: only a path on this site, never an open redirect. The URL parser is
// the judge, because browsers drop tabs and newlines and read "\" as "/" ("/\t/evil.example" is
// "//evil.example" to them); a check of the raw string's first characters misses those.
const BASE = "https://storybank.invalid";

export function safeNextPath(next: string | null | undefined, fallback = "/stories"): string {
  if (!next || !next.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  // "/..//evil.example" parses as the path "//evil.example", which a browser would again read as a host.
  if (url.origin !== BASE || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
