// Where the database lives. Shared by the app (lib/db/client.ts), the Prisma CLI (prisma.config.ts)
// and the scripts, so that all three always open the same file.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

import { DEFAULT_DATABASE_URL, setting, type EnvSource } from "../env";

export { DEFAULT_DATABASE_URL };

/** DATABASE_URL, read when called (scripts point it at a scratch database before they use it). */
export function resolveDatabaseUrl(source: EnvSource = process.env): string {
  return setting("DATABASE_URL", source);
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The file behind a `file:` URL, resolved against the working directory; null for other URLs. */
export function sqliteFilePath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  const path = url.slice("file:".length).replace(/^\/\/(?=\/)/, "").split("?")[0] ?? "";
  return path === "" || path === ":memory:" ? null : resolve(/*turbopackIgnore: true*/ path);
}

/** SQLite will not create missing folders: make the database's folder exist. */
export function ensureDatabaseDir(url: string): void {
  const file = sqliteFilePath(url);
  if (file) mkdirSync(/*turbopackIgnore: true*/ dirname(file), { recursive: true });
}
