// The Node options the production server runs with (`npm start`, and `npm run bench:transfer`, which
// measures what `npm start` serves).
//
// SERVER_MAX_HEAP_MB (default 512) caps V8's heap. Without a cap V8 sizes the heap from the machine's
// memory (4.3 GB on a 24 GB machine) and lets garbage pile up long before it collects: every database
// read leaves ~70 MB of dead rows per 1,000 stories × 20 revisions, so a 2,000-story JSON export grew the
// server by 200+ MB. With 512 MB V8 collects early; a maximal import needs far less than that live.
// 0 leaves V8's default. A --max-old-space-size already in NODE_OPTIONS wins.
import { setting, type EnvSource } from "../lib/env";

export function serverNodeOptions(source: EnvSource = process.env): string | undefined {
  const current = source.NODE_OPTIONS?.trim() ?? "";
  if (/--max-old-space-size(=|\s)/.test(current)) return current || undefined;
  const mb = setting("SERVER_MAX_HEAP_MB", source);
  if (mb === 0) return current || undefined;
  return `${current} --max-old-space-size=${mb}`.trim();
}
