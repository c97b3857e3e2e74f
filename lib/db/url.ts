// Where the database lives. Shared by the app (lib/db/client.ts), the Prisma CLI (prisma.config.ts)
// and the scripts, so that all three always open the same file.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/storybank.db";

export function resolveDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
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
