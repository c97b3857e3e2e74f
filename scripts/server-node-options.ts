// The Node options the production server runs with (`npm start`, and `npm run bench:transfer`, which
// measures what `npm start` serves).
//
// SERVER_MAX_HEAP_MB (default 512) caps V8's heap. Without a cap V8 sizes the heap from the machine's
// memory (4.3 GB on a 24 GB machine) and lets garbage pile up long before it collects: every database
// read leaves ~70 MB of dead rows per 1,000 stories × 20 revisions, so a 2,000-story JSON export grew the
// server by 200+ MB. With 512 MB V8 collects early; a maximal import needs far less than that live.
// 0 leaves V8's default. A --max-old-space-size already in NODE_OPTIONS wins.
export const DEFAULT_SERVER_MAX_HEAP_MB = 512;

export function serverNodeOptions(env: Record<string, string | undefined> = process.env): string | undefined {
  const current = env.NODE_OPTIONS?.trim() ?? "";
  if (/--max-old-space-size(=|\s)/.test(current)) return current || undefined;
  const raw = env.SERVER_MAX_HEAP_MB?.trim();
  const mb = raw ? Number(raw) : DEFAULT_SERVER_MAX_HEAP_MB;
  if (!Number.isInteger(mb) || (mb !== 0 && mb < 128)) throw new Error(`SERVER_MAX_HEAP_MB must be 0 (V8's default) or a whole number of MB from 128 up, got "${raw}"`);
  if (mb === 0) return current || undefined;
  return `${current} --max-old-space-size=${mb}`.trim();
}
