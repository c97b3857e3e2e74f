// Applies pending migrations to a database (by default the configured one: DATABASE_URL, or the embedded default).
import { ensureDatabaseDir, resolveDatabaseUrl } from "../lib/db/url";
import { runBin } from "./run";

export function prepareDatabase(url = resolveDatabaseUrl()): void {
  ensureDatabaseDir(url);
  runBin("prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url } });
}

if (import.meta.url === `file://${process.argv[1]}`) prepareDatabase();
